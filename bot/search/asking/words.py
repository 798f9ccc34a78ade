"""The words questions are asked in, shared by the rules that read them: what a question
calls a document, its parts and its writer, the verbs and auxiliaries that frame it, the
months that date a piece; and which words may name a subject at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

# What a question calls a document or its writer.
DOCUMENT_NOUNS = (
    r"texts?|articles?|pieces?|authors?|writers?|documents?|op[-\s]?eds?|essays?|papers?|editorials?|"
    r"commentar(?:y|ies)|opinions?|columns?|sources?|passages?|reports?|stor(?:y|ies)|readings?|"
    # … as a newsletter or a newsroom calls a piece: "the 2016 write-up", "the GT viewpoint".
    r"write-?ups?|viewpoints?|"
    # … or by where it was published: "which outlet cites X". (Not "newspaper", as often
    # what is asked about: "which newspapers published the leaks"; nor "publication",
    # whose stem is "public".)
    r"outlets?|"
    # … and its writer, informally: "the Global Times guy", "the Guangming bloke".
    r"guys?|blokes?|fellas?|chaps?|dudes?"
)
# What a question calls a piece's saying something, in a briefing's or a reader's words:
# "the reference to X", "the document's position regarding X", "the passage on X".
SAYING_NOUNS = (
    r"(?:passage|reference|mention|statement|position|stand|stance|view|description|characteri[sz]ation|assessment|"
    r"formulation|account|treatment|discussion|portrayal|depiction|wording|phrasing|remark|comment|verdict|evaluation|"
    r"explanation|summary|gist|opinion|attitude|take|line|quote|quotation|sentence|paragraph|section|part|bit)s?"
)
# A part of a piece, before the piece: "section 2 of", "the first part of".
SECTION_NOUNS = r"(?:section|part|paragraph|chapter)s?(?:\s+\d+)?"
PART_OF = (
    r"(?:(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+)?"
    rf"{SECTION_NOUNS}\s+(?:of|in)\s+)?"
)
# Whom a byline names by what they do.
PERSON_NOUNS = r"(?:researchers?|scholars?|professors?|experts?|analysts?|fellows?|scientists?|academics?|directors?)"
PRONOUNS = r"they|it|he|she|we|you|people"
# The pronouns that point back to a thing or person already named ("… what does it run?",
# "how old is he").
POINTING_PRONOUNS = r"he|she|him|her|it|they|them"
# Verbs of two words that frame as "mention" and "say" do ("why does zhang bring up …",
# "what does zhi point out about …"); their words alone ("point", "bring") may name a
# subject, so they are no framing words (reading.FRAMING_WORDS) one by one.
# Saying something where in the piece: "ends by saying", "opens by arguing". Their first
# words alone ("open", "end") ask for a part of the piece, so they are no asking words.
SAID_WHERE = (
    r"(?:(?:end|close|conclude|open|begin|start)(?:s|ed)?|began)\s+by\s+(?:saying|arguing|noting|stating|claiming|warning)"
)
# How an asker says they believe what they then check: "pretty sure …", "I think …", "I
# remember …" (asker._CLAIM_CHECKED reads the claim; documents.checks_piece the piece guessed).
BELIEF_OPENING = (
    r"(?:i['’]?m|im|i\s+am)\s+(?:(?:pretty|fairly|quite|almost|kinda)\s+)?sure|(?:pretty|fairly|quite|almost|kinda)\s+sure"
    r"|(?:i|we)\s+(?:(?:vaguely|kind\s+of|kinda|sort\s+of|definitely|distinctly|faintly|half)\s+)?(?:think|thought|believe|reckon|(?:seem\s+to\s+)?(?:remember|recall))"
)
PHRASAL_VERBS = (
    r"bring\s+up|brings\s+up|brought\s+up|bringing\s+up|point\s+out|points\s+out|pointed\s+out|pointing\s+out"
    # ... "how does guangming sum up the world situation".
    r"|sum\s+up|sums\s+up|summed\s+up|summing\s+up"
    # ... "does the piece refer to the 2030 Agenda", "the essay refers to X, right?".
    r"|refer\s+to|refers\s+to|referred\s+to|referring\s+to"
    # ... and where the piece says it: "Zhang ends by saying X, right?" claims it says X.
    rf"|{SAID_WHERE}"
)
VERBS = (
    r"say|says|said|saying|tell|tells|told|telling|mention|mentions|mentioned|mentioning|write|writes|wrote|"
    r"written|writing|think|thinks|thought|argue|argues|argued|claim|claims|claimed|state|states|stated|"
    r"suggest|suggests|suggested|report|reports|reported|discuss|discusses|discussed|note|notes|noted|"
    r"believe|believes|believed|talk|talks|talked|talking|speak|speaks|speaking|explain|explains|explained|explaining|describe|describes|described|describing|"
    r"discussing|arguing|claiming|suggesting|"
    r"see|sees|view|views|viewed|characteri[sz]e|characteri[sz]es|propose|proposes|proposed|"
    r"have to say|has to say|had to say|make of|feel|feels|felt|cover|covers|covered|teach|teaches|taught|"
    r"know|knows|knew|warn|warns|warned|insist|insists|insisted|emphasise|emphasises|emphasised|emphasize|emphasizes|emphasized|"
    r"highlight|highlights|highlighted|stress|stresses|stressed|touch|touches|touched|"
    r"admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded|"
    # How a writer weighs or pictures what they write of: "how does zhi judge / compare /
    # portray X" asks what they write of X.
    r"judge|judges|judged|assess|assesses|assessed|evaluate|evaluates|evaluated|compare|compares|compared|"
    r"portray|portrays|portrayed|depict|depicts|depicted|frame|frames|framed|"
    # How a translator asks after the English of it: "how does zhi word / phrase / render X".
    r"worded|phrase|phrased|render|renders|rendered|translate|translates|translated|"
    rf"{PHRASAL_VERBS}"
)
AUXILIARIES = r"do|does|did|would|will|can|could|might|should"
# The words that ask for a thing rather than a yes or no, wherever a question or a
# message's sentence asks with them ("what …", "…, and who …").
QUESTION_WORDS = r"what|which|who|whom|whose|when|where|why|how"
# The forms of "be" and "have" a question is put with ("is it …", "has it …").
BE_FORMS = r"is|are|was|were"
HAVE_FORMS = r"has|have|had"
# The auxiliaries that open a yes/no question or follow a question word ("does it say …",
# "what could they …"). Not "might", which AUXILIARIES holds for a frame's verb ("what
# might they say about …"): the rules that read a question's opening were measured
# without it.
QUESTION_AUXILIARIES = rf"do|does|did|{BE_FORMS}|{HAVE_FORMS}|can|could|would|will|should"
# ... negated too ("what don't the texts say", "what does the text not mention"): the
# frame is the same, the subject what it is.
NEGATED_AUXILIARIES = rf"(?:{AUXILIARIES})(?:n['’]t)?|won['’]t|can['’]t"
NOT = r"(?:not|never)\s+"
# What a frame's verb may be hedged with: "what do they actually say about …".
HEDGE = r"(?:actually|really|even|exactly|specifically|ever)\s+"
# What a frame's verb says its subject is: "what do they say about / on / regarding …".
ABOUT = r"about|on|of|regarding|concerning|re|in regards? to|with regards? to|with respect to|as to"
# The months a piece is dated in, by which a question may name it ("the August 2022 editorial").
# A test a statement is put to: "true or false", "T/F", with a reading test's third answer
# ("true, false or not given", "T / F / NG").
STATEMENT_TEST = (
    r"(?:true\s*(?:,|or|/)\s*false(?:\s*(?:,\s*or|,|or|/)\s*not\s+given)?|t\s*(?:/|or)\s*f(?:\s*(?:/|or)\s*ng)?"
    r"|correct\s+or\s+(?:not|incorrect)|right\s+or\s+wrong|fact\s+or\s+fiction)"
)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# The months shortened: "Aug.", "Sept".
MONTH_ABBREVIATIONS = (*(m[:3] for m in MONTHS), "sept")
# A month, perhaps shortened, perhaps with a day: "August", "Aug.", "Sept 9,".
MONTH = rf"\b(?:{'|'.join(MONTHS)}|{'|'.join(MONTH_ABBREVIATIONS)})\.?(?:\s+\d{{1,2}},?)?"


def words_of(text: str) -> list[str]:
    """The text's words, lower-cased: its runs of letters and digits."""
    return re.findall(r"[a-z0-9]+", text.lower())


# Words that say nothing of a subject on their own.
EMPTY_WORDS = frozenset(
    """what which who whom whose when where why how does do did is are was were be been the a an
    of in on to about by for from with and or s say says said it its this that these those very""".split()
)
_DOCUMENT_NOUN = re.compile(rf"(?:{DOCUMENT_NOUNS})$")
# A newsroom's words checking a claim or an attribution, which name nothing asked of the
# texts ("Confirm.", "Original?", "Real or made up?", "Source graf?", "on background", "TK figure").
NEWSROOM_WORDS = frozenset(
    """confirm confirmed verify verified check checked accurate accuracy original source sourced
    graf grafs attrib attribution tk framing phrasing real fake made background record""".split()
)


def content_words(text: str) -> list[str]:
    """The text's words that may name a subject ("the piece" has none), lower-cased."""
    return list(_content_words(text))


def has_content(text: str) -> bool:
    """Whether the text has a word that may name a subject ("the piece" has none)."""
    return next(_content_words(text), None) is not None


def _content_words(text: str) -> Iterator[str]:
    # Hyphenated words whole, and "op ed" typed apart: a document noun, not "op" and "ed".
    return (w for w in re.findall(r"op\s+eds?\b|[a-z0-9]+(?:-[a-z0-9]+)*", text.lower()) if w not in EMPTY_WORDS and not _DOCUMENT_NOUN.match(w))


def may_hold(text: str, words: tuple[str, ...] | dict[str, str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower case; case aside): surely not
    when it is ASCII and its lower case holds none (on ASCII text, ignoring case is
    lowering it). A pattern every match of which holds one of them need not be run
    when not: the patterns read on every question, tried at every word, cost more
    than this look."""
    if not text.isascii():
        return True
    lowered = text.lower()
    for word in words:  # a loop, not any(): guarded patterns ask this some 40 times a question
        if word in lowered:
            return True
    return False

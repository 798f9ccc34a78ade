"""Question framing: the words that frame a question ("what do the texts say about",
"according to the 2022 article") apart from its subject, and the documents it names.

Framing words count neither for nor against a passage: the search looks for the
subject. A document named by outlet, author, surname, title or year ("the Daily Post
piece", "Smith's article", "the 2022 article") narrows the search to it, and its name
leaves the subject: "What does Smith conclude?" is about what Smith's piece says, not
about Smith.

Some questions ask by their structure rather than their words (``Asks``): who wrote a
piece or where its author works, what it concludes, the second or the other item of a
series, what it lists, what someone should do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from ..texts.corpus import Document
from ..texts.passages import segment
from ..texts.structure import ORDINAL_WORDS, SECTION_WORDS, layout

# What a question calls a document or its writer.
DOCUMENT_NOUNS = (
    r"texts?|articles?|pieces?|authors?|writers?|documents?|op-?eds?|essays?|papers?|editorials?|"
    r"commentar(?:y|ies)|opinions?|columns?|sources?|passages?|reports?|stor(?:y|ies)|readings?"
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
VERBS = (
    r"say|says|said|saying|tell|tells|told|telling|mention|mentions|mentioned|mentioning|write|writes|wrote|"
    r"written|writing|think|thinks|thought|argue|argues|argued|claim|claims|claimed|state|states|stated|"
    r"suggest|suggests|suggested|report|reports|reported|discuss|discusses|discussed|note|notes|noted|"
    r"believe|believes|believed|talk|talks|talked|explain|explains|explained|describe|describes|described|"
    r"see|sees|view|views|viewed|characteri[sz]e|characteri[sz]es|propose|proposes|proposed|"
    r"have to say|has to say|had to say|make of|feel|feels|felt|cover|covers|covered|teach|teaches|taught|"
    r"know|knows|knew"
)
AUXILIARIES = r"do|does|did|would|will|can|could|might|should"
# ... negated too ("what don't the texts say", "what does the text not mention"): the
# frame is the same, the subject what it is.
NEGATED_AUXILIARIES = rf"(?:{AUXILIARIES})(?:n['’]t)?|won['’]t|can['’]t"
NOT = r"(?:not|never)\s+"
# What a frame's verb may be hedged with: "what do they actually say about …".
HEDGE = r"(?:actually|really|even|exactly|specifically|ever)\s+"
# A negation a question's frame held: it asks what the texts leave unsaid (Asks.unsaid).
_NEGATION = re.compile(r"n['’]t\b|\b(?:not|never)\b", re.IGNORECASE)
_WH_QUESTION = re.compile(r"^\W*(?:what|which|how|why|where|when|who)\b", re.IGNORECASE)
# The asker speaking of themselves before the question ("sorry if this is a dumb
# question but …", "we have to cite our sources in class …, do we know …", "my
# teacher mentioned something about X, how many …"): a preamble that opens with the
# asker (or an apology, a greeting) and ends where a clause opens as a question.
_ASKER = re.compile(
    r"^\W*(?:i|i['’]m|i['’]ve|i['’]d|we|we['’]re|we['’]ve|my|our|sorry|apologies|hey|hi|hello|thanks|thank\s+you|"
    r"(?:can|could)\s+you\s+help|for\s+(?:my|our)|(?:a\s+)?(?:quick|dumb|silly|stupid|simple|random)\s+(?:question|q|qn))\b",
    re.IGNORECASE,
)
# … or with the piece it asks about ("in that CASS article from December 2015, do …"):
# a preamble that names a document and nothing else the question could lean on.
_IN_THE_PIECE = re.compile(
    rf"^\W*(?:in|from|by)\s+{PART_OF}(?:the|this|that|these|those|their|his|her)\s+(?=[^,;:?]*\b(?:{DOCUMENT_NOUNS})\b)",
    re.IGNORECASE,
)
# … and ends at a comma, colon, dash, "but" or a sentence's end.
_PREAMBLE_END = re.compile(r"\s*(?:[,;:]|[.?!](?=\s)|\s[-–—]\s|\bbut\b)\s*", re.IGNORECASE)
_QUESTION_OPENING = re.compile(
    r"(?:what|which|who|whom|whose|when|where|why|how)\b"
    r"|(?:do|does|did|would|will|can|could|should|is|are|was|were|has|have|had)\s+(?!\W*$)",
    re.IGNORECASE,
)
# What the preamble says the asker was told or read about: part of the subject ("my
# teacher mentioned something about Chinese police …, how many countries was it?").
_TOLD_ABOUT = re.compile(
    r"\b(?:said|says|say|mentioned|mentions|told\s+(?:me|us)|talked|talks|talking|wrote|writes|read|heard|learned|learnt|saw|explained"
    r"|reading|studying|learning|writing|working\s+on|doing)"
    r"\s+(?:(?:somewhere|online|once|recently)\s+)?(?:(?:something|anything|a\s+bit)\s+)?(?:(?:an?|my|our)\s+(?:essay|report|paper|project|presentation|assignment)\s+)?"
    r"(?:(?:about|that|of|on)\s+)?(?P<rest>.*\w.*)$",
    re.IGNORECASE,
)
# The asker saying they want to know ("I need to know", "I was wondering if"): the
# question follows, perhaps asked indirectly ("what the texts say about …").
_WANTS_TO_KNOW = re.compile(
    r"^\W*(?:i|we)(?:\s+|(?=['’]))(?:(?:really\s+)?(?:need|want|would\s+like|['’]d\s+like)\s+to\s+(?:know|find\s+out|understand)"
    r"|(?:was|am|['’]m|were|are|['’]re)\s+(?:wondering|curious|confused|unsure|not\s+sure)|wonder(?:ed)?"
    r"|(?:(?:was|am|['’]m|were|are|['’]re)\s+)?(?:trying|struggling)\s+to\s+(?:understand|figure\s+out|find\s+out|work\s+out|get)"
    r"|need\s+(?=(?:the|a|an|some|all)\s)"
    r"|(?:do\s+not|don['’]t|didn['’]t|did\s+not)\s+(?:really\s+)?(?:understand|get|know))\b(?:\s+(?:about|if|whether))?\s*",
    re.IGNORECASE,
)
# What the asker asks for ("for my essay", "for class").
_PURPOSE = (
    r"for\s+(?:my|our|a|an|the)\s+(?:class|course|essay|homework|assignment|exam|test|quiz|project|presentation|paper|report"
    r"|seminar|school|lecture|teacher|professor)"
)
# Words a question may open with before it says anything ("so", "ok", "and also", a
# filler "like"), not as part of a word ("like-minded", "so-called", "well-being").
_LEAD = re.compile(
    r"^(?:(?:so|and|but|ok|okay|hey|please|um|hmm|oh|well|then|now|also|wait|basically|yeah|btw|like)\b(?![-’'])[,\s]*"
    rf"|{_PURPOSE}\s*,?\s*)+",
    re.IGNORECASE,
)
# Words a question may close with that ask nothing ("at all", "exactly", "in simple
# words", "lol", "asking for an assignment").
_TRAILER = re.compile(
    r"(?:[\s,]*\b(?:at\s+all|exactly|please|pls|lol|haha|thanks(?:\s+(?:so\s+much|a\s+lot))?|thank\s+you|thx|briefly"
    rf"|in\s+(?:simple|plain)\s+(?:words|terms|english)|to\s+me|like\s+i['’]?m\s+(?:five|5)|asking\s+for\s+(?:a|an|my)\s+\w+|{_PURPOSE})\b)+\W*$",
    re.IGNORECASE,
)
# The asker speaking of themselves after the question ("…, I'm trying to understand the
# main argument for my essay", "…? need it for class", "… thanks!"): a clause or sentence
# that closes the question, opens with the asker, their need or their class, and asks
# nothing itself.
_ASKER_AFTER = re.compile(
    r"^\W*(?:i|i['’]m|i['’]ve|i['’]d|im|ive|we|we['’]re|we['’]ve|my|our|me|sorry|thanks|thank\s+you|thx|ty|pls|please|asap|lol"
    r"|need(?:ed|s)?\s+(?:it|this|that|to)|(?:it|this)(?:['’]s|\s+is)\s+for"
    rf"|{_PURPOSE})\b",
    re.IGNORECASE,
)
# Where a question's sentences end and its clauses open.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# "Besides governments, who else …?", "What has it brought besides benefits?": what the
# question sets aside is not what it asks about; a passage saying it gains nothing. Inside
# a question only a short phrase that closes it or a clause is set aside: "who else
# besides governments should take part in …" asks about taking part.
_SET_ASIDE_WORDS = r"(?:besides|apart from|aside from|other than|except(?: for)?)"
SET_ASIDE_MAX_WORDS = 4
_SET_ASIDE = re.compile(
    rf"^{_SET_ASIDE_WORDS}\s+[^,?]+,"
    rf"|\s{_SET_ASIDE_WORDS}\s+(?:[^\s,?]+\s+){{0,{SET_ASIDE_MAX_WORDS - 1}}}[^\s,?]+(?=\s*(?:[,?!.]|$))",
    re.IGNORECASE,
)
# "What role does X play (in Y)?" asks what X does (in Y): the idiom frames it.
_ROLE = re.compile(
    rf"^what\s+(?:role|part)s?\s+(?:{AUXILIARIES}|has|have|had)\s+(?P<actor>.+?)\s+(?:play|played|playing)\b",
    re.IGNORECASE,
)
ABOUT = r"about|on|of|regarding|concerning|re|in regards? to|with regards? to|with respect to|as to"
# A question that names a year names a document only when it says so: "the 2022 article".
YEAR_NEAR_NOUN_WORDS = 3
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# A month, perhaps shortened, perhaps with a day: "August", "Aug.", "Sept 9,".
MONTH = rf"\b(?:{'|'.join(MONTHS)}|{'|'.join(m[:3] for m in MONTHS)}|sept)\.?(?:\s+\d{{1,2}},?)?"
# An outlet of two words or more may be named by its initials.
MIN_INITIALS = 2
# A title is named when the question contains it nearly word for word.
TITLE_MATCH = 90
MIN_TITLE_CHARS = 20


# Asked about the author rather than the text: "who wrote …", "where does … work".
_WHO_WROTE = re.compile(
    r"\bwho\s+(?:wrote|writes|has\s+written|authored|penned|(?:is|was)\s+behind)\b"
    r"|\b(?:who|what)(?:\s+is|\s+are|['’]s|\s+was|\s+were)\s+(?:the\s+)?(?:names?\s+of\s+the\s+)?(?:author|writer)s?(?:['’]s?\s+names?)?\b"
    r"|\b(?:author|writer)(?:['’]s)?\s+(?:name|job|affiliation|position|background|employer|institution)\b",
    re.IGNORECASE,
)
# … or about a named author's work and place: "where does Smith work", "Smith's affiliation".
_WHERE_FROM = re.compile(
    r"\bwhere\s+(?:does|do|did|is|was|are)\b.*\b(?:work|works|worked|teach|teaches|based|from|employed|come\s+from)\b"
    r"|\b(?:job|affiliation|employer|institution|background)\b",
    re.IGNORECASE,
)
# What is left of an author question once its cue is gone ("Where does … work?").
_AUTHOR_CUES = re.compile(
    r"\b(?:where|work|works|worked|working|teach|teaches|based|from|employed|come|comes|job|affiliation|employer|"
    r"institution|background|author|writer)s?\b",
    re.IGNORECASE,
)
# An author question that asks for the name ("Who wrote …?", "the author's name").
_WRITER = re.compile(
    r"^\W*who\b|\b(?:author|writer)s?(?:['’]s?)?\s+names?\b|\bnames?\s+of\s+the\s+(?:author|writer)", re.IGNORECASE
)
_WHO_IS = re.compile(r"^\W*who(?:\s+is|['’]s|\s+was)\b", re.IGNORECASE)
_AUTHOR_NOUN = re.compile(r"\b(?:author|writer)s?\b", re.IGNORECASE)
# Asked for what a piece concludes or its main point.
_CONCLUSION = re.compile(
    r"\b(?:conclu(?:de|des|ded|ding|sion|sions)|sum(?:s|med|ming)?\s+(?:it\s+)?up|summ?ar(?:y|ies|i[sz]es?|i[sz]ed)"
    r"|(?:main|central|key|overall)\s+(?:point|argument|idea|message|claim|thesis|conclusion|takeaway)s?"
    r"|bottom\s+line|gist|takeaways?|in\s+short|final\s+(?:point|thought|word|message)s?)\b",
    re.IGNORECASE,
)
# Asked what a piece (or the texts) is about, naming nothing else: "What is the 2020
# article about?", "what topics do the texts cover?". Its title says it and its
# conclusion is the quote.
_TOPIC = re.compile(
    r"\b(?:about|topics?|themes?|cover(?:s|ed)?|discuss(?:es|ed)?|deals?\s+with|(?:do|can)\s+you\s+(?:have|know|quote))\b", re.IGNORECASE
)
_TOPIC_WORDS = re.compile(
    r"\b(?:topics?|themes?|subjects?|cover(?:s|ed)?|discuss(?:es|ed)?|deals?\s+with|main(?:ly)?|generally|overall"
    r"|all|you|your|have|has|had|can|could|i|we|ask|me|us|tell)\b",
    re.IGNORECASE,
)
# Asked when or where a piece came out, naming nothing else: "when was the Global Times
# article published?", "which outlet published the Nov 2022 piece?". Its front matter says it.
_PUBLISHED = re.compile(
    r"\b(?:publish(?:ed|es|ing)?|dated|came\s+out|released|printed|appeared|outlets?|newspapers?|websites?|magazines?)\b",
    re.IGNORECASE,
)
# Asked who made a piece's poem, cartoon or photo: the editor's notes in its front
# matter may say ("Opens with a poem by …"); the body and the byline don't.
_CREDITED = re.compile(r"\b(?P<work>poem|cartoon|photo|photograph|picture|image|illustration|drawing)s?\b", re.IGNORECASE)
_ASKS_WHO = re.compile(r"^\W*(?:who|whose)\b|\bby\s+whom\b|\bcredit(?:s|ed)?\b", re.IGNORECASE)
# Asked what a section is headed: "What is the heading of section 2?", "what is part 3
# called?". A heading is never quoted alone; the reply names it in a line.
_HEADING_ASKED = re.compile(r"\b(?:heading|headings|headline|title|called)\b", re.IGNORECASE)
# Asked for what a piece lists.
_ENUMERATION = re.compile(r"\b(?:lists?|listed|listing|enumerat\w+)\b|\b(?:are|were|is|was)\s+named\b", re.IGNORECASE)
# Asked for a piece's poem ("what does the verse say about freedom?").
_VERSE = re.compile(r"\b(?:poems?|poetry|poets?|verses?|stanzas?|rhymes?)\b", re.IGNORECASE)
# Asked for an item of a series by its place: "the second problem", "the other challenge".
_ORDINAL = re.compile(
    rf"\b(?:(?:the|a|its|their)\s+)?(?P<marker>{'|'.join(w for w in ORDINAL_WORDS if w != 'other')}|the\s+other)\b"
    r"(?:\s+of\s+(?:the|its|their|these|those))?(?P<rest>(?:\s+[\w’'-]+){0,3})",  # "the first of the four communities"
    re.IGNORECASE,
)
# ... or by its number: "part 2", "section 3" (a document's numbered or n-th heading).
_NUMBERED_PART = re.compile(r"\b(?P<noun>part|section|chapter)\s+(?P<number>[1-9])\b", re.IGNORECASE)
# "What should no country do?" is answered by "No country should …": the one who should act, and how.
MODALS = {"should": "should", "must": "should", "ought": "should", "shall": "should", "need": "should",
          "can": "can", "could": "can", "may": "can", "will": "will", "would": "will"}
_ACTOR = re.compile(
    rf"^(?:what|which\s+[\w-]+|how)\s+(?P<modal>{'|'.join(MODALS)})(?P<neg>n['’]t)?\s+(?P<actor>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
    r"\s+(?P<verb>do|be|have|avoid|achieve|try|aim|seek|pursue|oppose|promote|not)\b",
    re.IGNORECASE,
)
# "What are countries not allowed to do?", "What mustn't countries do?", "What should
# countries not do?" ask what no country should do: "No country should …".
_NOT_ALLOWED = re.compile(
    r"^(?:what|which\s+[\w-]+)\s+(?:is|are)\s+(?P<actor>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+not\s+(?:allowed|permitted|supposed)\s+to\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Asks:
    """What a question asks for by its structure rather than its words."""

    author: bool = False  # who wrote a piece, where its author works: a byline answers
    conclusion: bool = False  # what a piece concludes, its main point
    enumeration: bool = False  # what a piece lists
    verse: bool = False  # what a piece's poem says
    ordinal: str | None = None  # the place asked for: "1", "2", …, "last", "other"
    ordinal_words: tuple[str, ...] = ()  # the words after the ordinal ("remaining problem")
    actor: tuple[str, ...] = ()  # "what should no country do": the words naming who acts
    modal: str | None = None  # and how: "should", "can" or "will"
    only: bool = False  # it asks for nothing else: "What does Smith conclude?", "Who wrote it?"
    writer: bool = False  # it asks who: the documents' metadata names the author
    unsaid: bool = False  # "what don't the texts say about …": a quote can only show what they say
    topic: bool = False  # what a piece is about: the metadata gives its title
    published: bool = False  # when or where a piece came out: the metadata gives its outlet and date
    credited: str | None = None  # who made its "poem", "cartoon", …: the front matter's notes may say
    heading: bool = False  # what the section asked for by its place is headed


NOTHING_ASKED = Asks()


def asks(question: str, *, names_document: bool) -> Asks:
    """What the question asks for by its structure; ``names_document``: it names a document."""
    author = bool(_WHO_WROTE.search(question)) or (
        (names_document or bool(_AUTHOR_NOUN.search(question))) and bool(_WHERE_FROM.search(question))
    )
    ordinal, part = _ORDINAL.search(question), _NUMBERED_PART.search(question)
    place, words = None, ()
    if ordinal:
        place, words = ORDINAL_WORDS[ordinal.group("marker").lower().split()[-1]], tuple(_words(ordinal.group("rest")))
    elif part:
        place, words = part.group("number"), (part.group("noun").lower(),)
    actor, modal, not_allowed = _ACTOR.search(question), None, _NOT_ALLOWED.search(question)
    who: tuple[str, ...] = ()
    negated = False
    if actor:
        who, modal = tuple(_words(actor.group("actor"))), MODALS[actor.group("modal").lower()]
        negated = bool(actor.group("neg")) or actor.group("verb").lower() == "not"
    elif not_allowed:
        who, modal, negated = tuple(_words(not_allowed.group("actor"))), "should", True
    if who and negated and who[0] != "no":
        who = ("no",) + tuple(w for w in who if w not in ("the", "a", "an"))
    return Asks(
        author=author,
        conclusion=bool(_CONCLUSION.search(question)),
        enumeration=bool(_ENUMERATION.search(question)),
        verse=bool(_VERSE.search(question)),
        ordinal=place,
        ordinal_words=words,
        actor=who,
        modal=modal,
    )


@dataclass(frozen=True)
class Framed:
    """A question taken apart: its subject, the documents it names, what was framing."""

    question: str
    subject: str
    documents: frozenset[str]  # empty: the question names no document
    asks: Asks = NOTHING_ASKED


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# Words that say nothing of a subject on their own.
_EMPTY = frozenset(
    """what which who whom whose when where why how does do did is are was were be been the a an
    of in on to about by for from with and or s say says said it its this that these those""".split()
)


# Words that ask, point or frame without naming anything.
_ASKING_WORDS = _EMPTY | frozenset(
    re.findall(r"[a-z]+", f"{PRONOUNS} {VERBS} {AUXILIARIES} {DOCUMENT_NOUNS}")
    + """i me my us our your explain explains mean means meant understand get help find give show any anything
    something ideas idea please so there here more much exactly really actually again then now exist exists""".split()
)
_DOCUMENT_NOUN = re.compile(rf"(?:{DOCUMENT_NOUNS})$")


def _content(text: str) -> bool:
    """Whether the text has a word that may name a subject ("the piece" has none)."""
    # Hyphenated words whole: "op-ed" is a document noun, not "op" and "ed".
    return any(w not in _EMPTY and not _DOCUMENT_NOUN.match(w) for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower()))


class Framer:
    """Knows the corpus's documents by name; takes questions apart."""

    def __init__(self, documents: dict[str, Document]):
        self._documents = documents
        bodies = {doc_id: set(_words(doc.body)) for doc_id, doc in documents.items()}
        # name pattern → documents, by kind ("name": outlet/author/title; "year"; "month" and year)
        self._names: list[tuple[_Lazy, str, str]] = []
        phrases: set[str] = set()  # whole names and titles, as patterns
        single: set[str] = set()  # single words of names (surnames)
        roles = _byline_words(documents)
        for doc_id, doc in documents.items():
            others = set().union(*(words for other, words in bodies.items() if other != doc_id))
            if roles[doc_id]:
                # "the Fudan University director says": the author described as the byline does.
                self._names.append((_described_author_pattern(sorted(roles[doc_id])), doc_id, "name"))
                self._names.append((_affiliation_pattern(sorted(roles[doc_id])), doc_id, "name"))
            for name in filter(None, [doc.outlet, doc.author, doc.title]):
                self._names.append((_phrase_pattern(name), doc_id, "name"))
                phrases.add(_phrase_source(name))
                for word in name.split() if name != doc.title else ():
                    # A single word of a name, when no other document uses it
                    # (a surname), and written as a name or beside "article".
                    if len(word) >= 3 and word.lower() not in others:
                        self._names.append((_single_name_pattern(word), doc_id, "name"))
                        single.add(word)
            outlet_initials = "".join(w[0] for w in (doc.outlet or "").split() if w[:1].isupper())
            if len(outlet_initials) >= MIN_INITIALS:
                # "the GT article": an outlet by its initials, beside a word for a document.
                self._names.append((_initials_pattern(outlet_initials), doc_id, "name"))
            self._names.append((_date_pattern(doc.date), doc_id, "year"))
            if re.match(r"\d{4}-\d{2}", doc.date):
                self._names.append((_date_pattern(doc.date, month=True), doc_id, "month"))
        # Longer names first, so "Daily Post Online" is taken whole, not as "Post"; single
        # words last, as one group: two words never match at the same place, so one group
        # reads a question as a list of them would, for a third of the pattern to compile.
        names = sorted(phrases, key=lambda p: (-p.count(r"\W+"), p))
        if single:
            names.append(_single_names_source(sorted(single)))
        name_alternatives = "|".join(names)
        role_words = sorted(set().union(*roles.values()))
        role_alternatives = "".join(f"|{w}" for w in role_words)
        # "the Fudan director", "the Academy of Social Sciences researcher": a byline's
        # words run on together, perhaps with small words between and a person after.
        more_roles = rf"(?:\s+(?:(?:of|for|at|on|the)\s+)*(?:[\w'’-]+\s+)?(?:{'|'.join(role_words)})\b)*" if role_words else ""
        more_roles += rf"(?:\s+{PERSON_NOUNS}\b)?"
        # "the article by the Institute of Law researcher".
        by_whom = rf"(?:\s+(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join([*role_words, PERSON_NOUNS])})\b{more_roles})?"
        who = (
            rf"{PART_OF}(?:(?:the|this|that|these|those|both|all|each|your|our)\s+)?(?:{MONTH}\s+)?(?:\d{{4}}\s+)?"
            rf"(?:(?:(?:{name_alternatives})(?:['’]s?)?(?:\s+(?:{DOCUMENT_NOUNS})\b)?)"
            rf"|(?:(?:{name_alternatives}|[\w'’-]+)\s+){{0,4}}?(?:{DOCUMENT_NOUNS}|{PRONOUNS}{role_alternatives})\b{more_roles}{by_whom}(?:\s+(?:titled|entitled|called|named))?(?:\s+(?:{name_alternatives}))?"
            rf"|{SECTION_NOUNS})"
            rf"(?:\s+(?:from|of|in)\s+(?:{MONTH}\s+)?\d{{4}}\b)?"
        )
        # Each pattern is its head (what a question must start with), what else it must
        # contain, and its rest; it is compiled the first time a question passes both
        # checks, since the names make the whole patterns slow to compile and most
        # questions need one of them at most.
        self._frames = [
            _frame(rf"^(?:what|how|why)\s+(?:{NEGATED_AUXILIARIES})\s+", rf"\s(?:{VERBS})\b",
                   rf"{who}\s+(?:{HEDGE})?(?:{NOT})?(?:{VERBS})\b(?:\s+(?:anything|something|much))?(?:\s+(?:{ABOUT})\b)?"),
            # Asked indirectly: "(I wonder) what the texts say about …".
            _frame(r"^(?:what|how)\s+", rf"\s(?:{VERBS})\b", rf"{who}\s+(?:{HEDGE})?(?:{NOT})?(?:{VERBS})\b(?:\s+(?:{ABOUT})\b)?"),
            _frame(r"^(?:what|how)\s+(?:is|are|was|were)\s+", r"\s(?:saying|writing|arguing|claiming)\b",
                   rf"{who}\s+(?:saying|writing|arguing|claiming)\b(?:\s+(?:{ABOUT})\b)?"),
            _frame(r"^(?:what|anything)\s+(?:is|was|has\s+been|gets?|are|were)\s+(?:said|written|mentioned|stated|claimed|argued)", None,
                   rf"(?:\s+(?:in|by)\s+{who})?(?:\s+(?:{ABOUT})\b)?"),
            _frame(rf"^(?:{NEGATED_AUXILIARIES})\s+", rf"\s(?:{VERBS})\b",
                   rf"{who}\s+(?:{HEDGE})?(?:{NOT})?(?:{VERBS})\b(?:\s+(?:anything|something))?(?:\s+(?:{ABOUT})\b)?"),
            _frame(r"^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:tell|show|give|find)\s+(?:me|us)\s+", None,
                   rf"(?:(?:more|some|any|the)\s+)?(?:(?:quotes?|quotations?|passages?|sentences?|something|anything)\s+)?"
                   rf"(?:(?:{ABOUT})\b)?"),
            # Asked to explain: "can you help me understand …", "explain … to me".
            _frame(r"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:help\s+me\s+(?:to\s+)?(?:understand|with)|explain|describe|clarify)\s+",
                   None, rf"(?:(?:to|for)\s+(?:me|us)\s+)?(?:(?:{ABOUT})\b)?"),
            # "What's the point the Daily Post piece is making about …".
            _frame(r"^what(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(?:point|argument|case|claim|message)s?\s+(?:that\s+)?",
                   r"\s(?:making|makes|make|made)\b",
                   rf"{who}\s+(?:(?:is|are|was|were)\s+)?(?:making|makes|make|made)\b(?:\s+(?:{ABOUT})\b)?"),
            _frame(r"^what\s+(?:is|are|was|were)\s+",
                   rf"(?:view|views|position|take|stance|opinion|point|argument|line)s?\s+(?:{ABOUT})\b",
                   rf"{who}(?:['’]s?)?\s+(?:view|views|position|take|stance|opinion|point|argument|line)s?"
                   rf"\s+(?:{ABOUT})\b"),
            _frame(r"^(?:what|how)\s+about\b", None, ""),
            _frame(r"^(?:is|are)\s+there\s+(?:anything|something|much|a\s+lot|any(?:\s+(?:mention|quotes?|passages?|sentences?|info(?:rmation)?))?)\s+",
                   None, rf"(?:(?:{ABOUT})\b)?"),
            _frame(rf"^(?:talk|quotes?|quotations?)\s+(?:{ABOUT})\b", None, ""),
        ]
        self._anywhere = [
            _frame(r"[,;]?\s*\b(?:according\s+to|in\s+the\s+view\s+of|as\s+per|per)", None, rf"\s+{who}"),
            _frame(r"(?:^|\s+)\b(?:in|from|by)\s+(?:the|this|that|these|those|both|all|each)\s+", rf"(?:{DOCUMENT_NOUNS})\b",
                   rf"(?:(?:{name_alternatives}|[\w'’-]+)\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\b,?"),
        ]

    def frame(self, question: str) -> Framed:
        """The question's subject, the documents it names and what it asks for by its structure.

        The names of the documents it names leave the subject (they say which piece, not
        what about), and so do the words that ask for a conclusion or an author; unless
        nothing would be left ("What does the text say about the Daily Post?").
        """
        documents = self.named_documents(question)
        subject = self.subject(question)
        unnamed = self._without_names(subject) if documents else subject
        wanted = asks(question, names_document=bool(documents))
        stripped = unnamed
        if wanted.conclusion:
            stripped = _CONCLUSION.sub(" ", stripped)
        if wanted.author:
            stripped = _AUTHOR_CUES.sub(" ", _WHO_WROTE.sub(" ", stripped))
        if documents and _WHO_IS.match(question) and not _content(stripped):
            wanted = replace(wanted, author=True)  # "Who is Smith?"
        if wanted.ordinal and set(wanted.ordinal_words) & set(SECTION_WORDS) and _HEADING_ASKED.search(question):
            wanted = replace(wanted, heading=True)
        credited = _CREDITED.search(question)
        if credited and _ASKS_WHO.search(question):
            # "who wrote the poem?" asks for the poet, not the piece's author.
            wanted = replace(wanted, credited=credited.group("work").lower(), author=False, only=False, writer=False)
        if not wanted.author and _TOPIC.search(subject) and not _content(_TOPIC_WORDS.sub(" ", stripped)):
            wanted = replace(wanted, conclusion=True, topic=True)
        elif not wanted.author and _PUBLISHED.search(subject) and not _content(_PUBLISHED.sub(" ", _TOPIC_WORDS.sub(" ", stripped))):
            wanted = replace(wanted, published=True)
        if (wanted.author or wanted.conclusion) and not _content(stripped):
            wanted = replace(wanted, only=True, writer=wanted.author and bool(_WRITER.search(question)))
        if _WH_QUESTION.match(question) and _NEGATION.search(question) and not _NEGATION.search(subject):
            # The frame held the negation: "what don't they say about X" (not "why don't countries trust …").
            wanted = replace(wanted, unsaid=True)
        for candidate in (stripped, unnamed):
            candidate = " ".join(candidate.split()).strip(" ,;:?!.'’")
            if _content(candidate) or (wanted.topic and candidate):
                return Framed(question, candidate, documents, wanted)
        return Framed(question, subject, documents, wanted)

    def _without_names(self, text: str) -> str:
        """The text without the names of documents it holds."""
        for pattern, _, _ in self._names:
            text = pattern.remove_all(text)
        return text

    def subject(self, question: str) -> str:
        """The question without its framing words; the whole question when it is all framing."""
        text = _without_postamble(_without_preamble(_LEAD.sub("", _without_empty_sentences(question.strip()))))
        text = _WANTS_TO_KNOW.sub("", text, count=1)
        for frame in self._anywhere:
            text = frame.remove(text)
        text = _LEAD.sub("", text.strip(" ,;:"))
        text = _ROLE.sub(r"\g<actor>", text, count=1)
        for frame in self._frames:
            text = frame.remove(text)
        text = " ".join(text.split()).strip(" ,;:?!.")
        trimmed = _TRAILER.sub("", text).strip(" ,;:?!.")
        text = trimmed if _content(trimmed) else text
        return text if re.search(r"\w", text) else question.strip()

    def named_documents(self, question: str) -> frozenset[str]:
        """Documents the question names; empty when it names none.

        Names of one kind add up ("Smith or Jones"); kinds narrow each other
        ("the 2022 China Daily article").
        """
        by_kind: dict[str, set[str]] = {}
        for pattern, doc_id, kind in self._names:
            # A document named once in a kind needs no other of its names tried.
            if doc_id not in by_kind.get(kind, ()) and pattern.search(question):
                by_kind.setdefault(kind, set()).add(doc_id)
        lowered = question.lower()
        for doc_id, doc in self._documents.items():
            if len(doc.title) >= MIN_TITLE_CHARS and fuzz.partial_ratio(doc.title.lower(), lowered) >= TITLE_MATCH:
                by_kind.setdefault("name", set()).add(doc_id)
        if not by_kind:
            return frozenset()
        narrowed = set.intersection(*by_kind.values())
        return frozenset(narrowed or set.union(*by_kind.values()))


def without_set_aside(subject: str) -> str:
    """``subject`` without what it sets aside ("besides governments"), or the whole
    subject when nothing would be left."""
    rest = " ".join(_SET_ASIDE.sub(" ", subject).split()).replace(" ,", ",").replace(",,", ",").lstrip(", ")
    return rest or subject


def _without_preamble(text: str) -> str:
    """The question without the asker's preamble (``_ASKER``); what the preamble says
    they were told about follows the question as part of its subject."""
    in_the_piece = bool(_IN_THE_PIECE.match(text))
    if not (in_the_piece or _ASKER.match(text)):
        return text
    for end in _PREAMBLE_END.finditer(text):
        rest = _LEAD.sub("", text[end.end() :])
        if in_the_piece:
            # The piece is named (Framer.named_documents reads the whole question);
            # "it" after it is that piece or something the question names itself.
            return rest if _QUESTION_OPENING.match(rest) and _names_something(rest) else text
        if _QUESTION_OPENING.match(rest) or _WANTS_TO_KNOW.match(rest):
            # A question that names something itself asks about it; one that names
            # nothing ("I'm confused about hegemony, can you explain?") or points back
            # ("…, what happened there?") asks about what the preamble says the asker
            # was told or read about, or else about the whole preamble. One about the
            # author ("…, who wrote it?") asks by its structure.
            if _names_something(rest) and not _points_back(rest):
                return rest
            told = _TOLD_ABOUT.search(text[: end.start()])
            return f"{rest.rstrip(' ?!.')}, {told.group('rest')}" if told else text
    return text


def _without_empty_sentences(text: str) -> str:
    """The question without its sentences that name nothing ("Why did they write this?
    Like why is …", "can you help me? what …"), when another one names something;
    not one that points back at a sentence before it."""
    sentences = _SENTENCE_END.split(text)
    # One pointing back at what the one before names ("… about X. what is it exactly?") stays.
    kept = [s for i, s in enumerate(sentences) if _names_something(s) or (i and _points_back(s))]
    return " ".join(kept) if kept and len(kept) < len(sentences) else text


def _without_postamble(text: str) -> str:
    """The question without the asker's clause closing it (``_ASKER_AFTER``): "…, I'm
    trying to understand the main argument for my essay", "…? need it for class" say
    why they ask, not what about. Kept when the question before it names nothing or
    points back and the clause says what the asker studies ("what happened there? we
    are studying the conference"), as a preamble would."""
    for end in _PREAMBLE_END.finditer(text):
        before, rest = text[: end.start()], text[end.end() :]
        if _ASKER_AFTER.match(rest) and not _QUESTION_OPENING.match(_LEAD.sub("", rest)) and not _QUESTION_AFTER.search(rest):
            leans = not _names_something(before) or _points_back(before)
            return text if leans and (_TOLD_ABOUT.search(rest) or not _names_something(before)) else before
    return text


# A question asked inside a clause ("I'm studying X, what does it say about Y?").
_QUESTION_AFTER = re.compile(rf"[,;:.?!]\s*(?:{_QUESTION_OPENING.pattern})", re.IGNORECASE)


# Words by which a question points back at what its preamble named ("we are studying the
# World Internet Conference, what happened there?").
_POINTING = re.compile(r"\b(?:there|it|they|them)\b", re.IGNORECASE)


def _points_back(question: str) -> bool:
    """Whether a question leans on its preamble for what it asks about: it points back
    and is not about the author ("…, who wrote it?" asks by its structure)."""
    return bool(_POINTING.search(question)) and not _WHO_WROTE.search(question)


def _names_something(question: str) -> bool:
    """Whether a question has a word besides the ones that ask and point ("can you
    explain what that means?", "what does it say?")."""
    return bool(_WHO_WROTE.search(question)) or any(w not in _ASKING_WORDS for w in _words(question))


class _Lazy:
    """A pattern compiled on first need, and tried only on text that holds what every match
    holds: most questions need few of the framer's patterns, and the big ones (names in
    every alternative) are slow to compile."""

    def __init__(self, source: str, needs: list[str], *, flags: int = re.IGNORECASE):
        """``needs``: patterns that match (case aside) somewhere in any text ``source`` matches."""
        self._needs = [re.compile(need, re.IGNORECASE) for need in needs if need]
        self._source = source
        self._flags = flags
        self._pattern: re.Pattern | None = None

    def _ready(self, text: str) -> re.Pattern | None:
        for need in self._needs:  # a loop, not all(): this runs ~60 times a question
            if need.search(text) is None:
                return None
        if self._pattern is None:
            self._pattern = re.compile(self._source, self._flags)
        return self._pattern

    def search(self, text: str) -> bool:
        pattern = self._ready(text)
        return pattern is not None and pattern.search(text) is not None

    def remove(self, text: str) -> str:
        """The text with the pattern's first match replaced by a space."""
        pattern = self._ready(text)
        return text if pattern is None else pattern.sub(" ", text, count=1)

    def remove_all(self, text: str) -> str:
        """The text with every match replaced by a space."""
        pattern = self._ready(text)
        return text if pattern is None else pattern.sub(" ", text)


def _frame(head: str, needs: str | None, rest: str) -> _Lazy:
    """A framing pattern: ``head`` (how a match begins) + ``rest``; ``needs``: what else a text must hold."""
    return _Lazy(head + rest, [head, needs or ""])


def _phrase_source(name: str) -> str:
    words = [re.escape(w) for w in _words(name)]
    return r"['\"‘“]?\b" + r"\W+".join(words) + r"(?:['’]s)?\b['\"’”]?"


def _phrase_pattern(name: str) -> _Lazy:
    """A name or title, word for word, perhaps in quotation marks."""
    words = _words(name)
    return _Lazy(_phrase_source(name), [re.escape(words[0]) if words else ""])


def _single_names_source(words: list[str]) -> str:
    """Any of the words as a name (``_single_name_pattern``), in one group."""
    capitalised = "|".join(re.escape(w) for w in words)
    lower = "|".join(re.escape(w.lower()) for w in words)
    return rf"\b(?:(?:{capitalised})(?:['’]s)?\b|(?:{lower})(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b)"


def _initials_pattern(initials: str) -> _Lazy:
    """An outlet's initials in capitals before a word for a document ("the GT op-ed")."""
    return _Lazy(rf"\b{re.escape(initials)}(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b", [re.escape(initials)], flags=0)


# What a writer does with a question's subject: "what does zhi say / argue about …".
_SAYING = "say|think|write|argue|claim|believe|mention|suggest|conclude|propose"


def _single_name_pattern(word: str) -> _Lazy:
    """``Smith``, ``Smith's``, or ``smith article``, ``smith's``, ``according to smith``,
    ``what does smith say``: a name, not a word that looks like one."""
    escaped = re.escape(word)
    lower = re.escape(word.lower())
    return _Lazy(
        rf"\b(?:{escaped}(?:['’]s)?\b|{lower}(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b|{lower}['’]s\b|according\s+to\s+{lower}\b"
        rf"|(?:does|did)\s+{lower}\s+(?:{_SAYING})\b|{lower}\s+(?:{_SAYING})s\b)",
        [f"{escaped}|{lower}"],
        flags=0,
    )


def _byline_words(documents: dict[str, Document]) -> dict[str, set[str]]:
    """Document → the words its byline uses ("director", "Fudan", "university") that no
    sentence but a byline uses, the author's own name and "author" aside."""
    bylines: dict[str, set[str]] = {}
    elsewhere: set[str] = set()
    for doc_id, doc in documents.items():
        sentences = segment(doc)[1]
        positions = layout(doc).bylines
        bylines[doc_id] = set().union(*(_words(sentences[p].text) for p in positions)) - set(_words(doc.author or ""))
        elsewhere.update(w for s in sentences if s.position not in positions for w in _words(s.text))
    return {doc_id: {w for w in words if w not in elsewhere and len(w) >= 3 and not _AUTHOR_NOUN.match(w)} for doc_id, words in bylines.items()}


def _described_author_pattern(words: list[str]) -> _Lazy:
    """Two or more of a byline's words in the place of who says something: "the fudan
    university director says" (one alone, "the research says", describes no one)."""
    alternatives = "|".join(re.escape(w) for w in words)
    return _Lazy(
        rf"\b(?:{alternatives})(?:\s+(?:{alternatives})){{1,3}}\b(?:\s+[\w'’-]+){{0,2}}?\s+(?:{VERBS})\b",
        [rf"\b(?:{alternatives})\s+(?:{alternatives})\b"],
    )


def _affiliation_pattern(words: list[str]) -> _Lazy:
    """One of a byline's words as whose piece it is: "according to the Fudan director",
    "the Fudan article", "the article by the Institute of Law researcher"."""
    alternatives = "|".join(re.escape(w) for w in words)
    return _Lazy(
        rf"\b(?:(?:according\s+to|as\s+per)|(?:{DOCUMENT_NOUNS})\s+(?:by|from))\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{alternatives})\b"
        rf"|\b(?:{alternatives})(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b",
        [rf"\b(?:{alternatives})\b"],
    )


def _date_pattern(date: str, *, month: bool = False) -> _Lazy:
    """The year a document is dated, beside a word for a document ("the 2022 article",
    "the piece from 2015", "the August 2022 editorial"); with ``month``, its month and
    year ("the August 2022 editorial", "the article of Nov. 2022"), which narrow further."""
    year = date[:4]
    gap = rf"(?:[\w'’-]+\s+){{0,{YEAR_NEAR_NOUN_WORDS - 1}}}"
    if month:
        name = MONTHS[int(date[5:7]) - 1]
        when = rf"\b(?:{name}|{name[:3]}|{name[:4]})\.?(?:\s+\d{{1,2}},?)?\s+{year}"
    else:
        when = rf"(?:{MONTH}\s+)?\b{year}"
    return _Lazy(
        rf"{when}\s+{gap}(?:{DOCUMENT_NOUNS})\b|\b(?:{DOCUMENT_NOUNS})\s+(?:(?:from|of|in|published\s+in|written\s+in|dated)\s+){when}\b",
        [year],
    )

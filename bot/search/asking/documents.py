"""The documents a question names and the words that frame it (``Framer``): "what do the
texts say about", "according to the 2022 article" are set apart from its subject.

Framing words count neither for nor against a passage: the search looks for the
subject. A document named by outlet, author, surname, title or year ("the Daily Post
piece", "Smith's article", "the 2022 article") narrows the search to it, and its name
leaves the subject: "What does Smith conclude?" is about what Smith's piece says, not
about Smith.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ...texts.corpus import Document
from ...texts.passages import segment
from ...texts.structure import layout
from .asker import as_completion, asks_to_confirm, without_asker, without_lead, without_trailer
from .glosses import syllable_initials
from .message import without_small_talk
from .needs import guarded, needed_words
from .structure import AUTHOR_NOUN, NOTHING_ASKED, Asks, asks_and_rest
from .times import same_date, without_time_frame
from .words import (
    BELIEF_OPENING,
    ABOUT,
    AUXILIARIES,
    BE_FORMS,
    DOCUMENT_NOUNS,
    HAVE_FORMS,
    HEDGE,
    MONTH,
    MONTHS,
    NEGATED_AUXILIARIES,
    NOT,
    PART_OF,
    PERSON_NOUNS,
    POINTING_PRONOUNS,
    PRONOUNS,
    SECTION_NOUNS,
    QUESTION_AUXILIARIES,
    QUESTION_WORDS,
    VERBS,
    EMPTY_WORDS,
    has_content,
    may_hold,
    words_of,
)

# "What role does X play (in Y)?" asks what X does (in Y): the idiom frames it.
_ROLE = guarded(re.compile(
    rf"^what\s+(?:role|part)s?\s+(?:{AUXILIARIES}|{HAVE_FORMS})\s+(?P<actor>.+?)\s+(?:play|played|playing)\b",
    re.IGNORECASE,
))
# "Which body issued …", "what two organisations released …": an organisation asked for
# by the noun for any, as the one doing something (not "which body did X join"): asked who
# did it, as "who issued …" is; the passage names the body ("the Foreign Ministry"),
# seldom the noun.
_WHICH_BODY = guarded(re.compile(
    r"^(?:which|what)\s+(?:(?:one|two|three|four)\s+)?"
    r"(?:bod(?:y|ies)|organi[sz]ations?|agenc(?:y|ies)|institutions?|authorit(?:y|ies)|entit(?:y|ies))\s+"
    rf"(?!(?:{AUXILIARIES}|{BE_FORMS}|{HAVE_FORMS}|that|which|of|in|on|for|from|to|with|by)\b)",
    re.IGNORECASE,
))
# "What does X stand for?", "what is X short for", "what's the full name of X": the words
# X is made of are asked for, and the passage that spells it out holds X.
_STANDS_FOR = re.compile(
    rf"^what(?:['’]s|\s+(?:{AUXILIARIES}|{BE_FORMS}))\s+(?P<name>.+?)\s+(?:stand|stands|stood|short)\s+for\b"
    r"|^what(?:['’]s|\s+is|\s+are)\s+the\s+full\s+(?:name|form)s?\s+(?:of|for)\s+(?P<named>.+)"
    # ... or typed without its question word: "ICANN stands for?", "SCO = short for what".
    r"|^\W*(?P<bare>(?!what\b)[^?]+?)\s+(?:stands|is\s+short)\s+for(?:\s+what)?\W*$",
    re.IGNORECASE,
)
# What a term means, asked of the term ("what is meant by X", "define X", "the meaning of
# X", "X means what?", "X — meaning?", "X — what does that mean", "what does X mean"):
# the passage that answers names X and says what it is, in no word of the asking.
_MEANING = r"(?:mean|means|meant|meaning|signify|signifies|imply|implies)"
_MEANING_BEFORE = re.compile(
    r"^(?:what(?:['’]s|\s+(?:is|are|was|were))\s+(?:(?:actually|really|exactly)\s+)?(?:meant|implied)\s+by"
    r"|what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+)?(?:meaning|definition|sense)\s+(?:of|behind)"
    r"|(?:the\s+)?(?:meaning|definition)\s+(?:of|behind)|define|defining"
    r"|what\s+(?:do|does|did)\s+(?:they|he|she|it|the\s+(?:writer|author))\s+(?:actually\s+|really\s+)?mean\s+by)"
    r"\s+(?!(?:it|them)\b)(?P<term>.+)$",
    re.IGNORECASE,
)
_POINTER = r"(?:(?:that|this|the)\s+(?:term|word|phrase|expression|idea|concept)|that|this|it)"
_MEANING_AFTER = guarded(re.compile(
    r"^(?P<term>.+?)[\s,:;=–—-]*(?:"
    r"(?:=|means?|meaning)(?:\s+(?:what|of\s+(?:that|this|the)\s+(?:term|word|phrase|expression)))?(?:\s+(?:exactly|here|then))?"
    r"|(?:what(?:['’]s|\s+is)\s+(?:actually\s+)?meant(?:\s+by\s+" + _POINTER + r")?)"
    r"|(?:what\s+(?:on\s+earth\s+)?(?:do|does|did)\s+(?:they|he|she|" + _POINTER + r")"
    r"(?:\s+(?:actually|really|even))?\s+mean(?:\s+by\s+" + _POINTER + r")?(?:\s+(?:here|exactly))?)"
    r"|(?:(?:is|are|was|were)\s+)?supposed\s+to\s+mean"
    r"|(?<!you\s)(?:explain|define)(?:\s+" + _POINTER + r")?(?:\s+(?:simply|briefly|plainly))?"
    r"|explained(?:\s+(?:simply|briefly|plainly))?"
    r")\W*$",
    re.IGNORECASE,
))
_MEANING_AROUND = re.compile(
    rf"^what(?:['’]s|\s+(?:is|are|was|were)|\s+(?:do|does|did))\s+(?P<term>.+?)\s+(?:(?:actually|really|even|supposed\s+to)\s+)?{_MEANING}"
    r"(?:\s+(?:here|exactly|in\s+practice))?(?P<rest>\s+(?:for|to|in)\s+.+)?\W*$",
    re.IGNORECASE,
)
# ... the quotes the asker put round the term, and a pointer left at its head ("this
# 'Chinese solution'").
_TERM_EDGES = re.compile(r"^(?:(?:this|that|the\s+term|the\s+word|the\s+phrase)\s+)?[\s'‘’\"“”]*|[\s'‘’\"“”,;:–—-]*$", re.IGNORECASE)


def meaning_asked(text: str) -> str | None:
    """The term whose meaning ``text`` asks ("what is meant by X", "define X", "X —
    meaning?", "what does X mean for Y" → "X for Y"), or None when it asks no meaning."""
    before, after, around = _MEANING_BEFORE.match(text), _MEANING_AFTER.match(text), _MEANING_AROUND.match(text)
    if before:
        term = before.group("term")
    elif around:
        term = around.group("term") + (around.group("rest") or "")
    elif after:
        term = after.group("term")
    else:
        return None
    term = _TERM_EDGES.sub("", term)
    return term if has_content(term) else None


# "Is the claim that X (even) true?" asks whether X.
_CLAIM_TRUE = re.compile(
    r"^(?:is|was)\s+the\s+(?:claim|idea|statement|assertion|view)\s+that\s+(?P<claim>.+?)\s+(?:(?:really|actually|even)\s+)?true\W*$",
    re.IGNORECASE,
)
# "What kind of X", "which sorts of X" ask for an X: the kind names nothing the X doesn't,
# and a passage names the X, seldom its kind ("We oppose narrow-minded factionalism" for
# "what kind of factionalism does Guangming reject"), so the words leave the subject.
_KIND_OF = guarded(re.compile(r"\b(?P<wh>what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+(?=[\w'‘’\"“])", re.IGNORECASE))
# A frame may hold another ("tell me what the texts say about …"): the frames are tried
# again on what one leaves, this many times in all.
FRAME_PASSES = 2
# The comma a piece's name left after the question word it stood beside ("How, according
# to Zhi, were the proposals received?" → "How , were …"): the question reads on without it.
_ORPHAN_COMMA = re.compile(r"^(\W*(?:how|what|why|when|where|who|whom|whose|which))\s*,\s*(?=\w)", re.IGNORECASE)
# What a document's name leaves behind when it leaves the subject ("in 'Title', what …").
_DANGLING = re.compile(r"^\W*(?:in|from|by|according\s+to|per)\s*[,;:]\s*", re.IGNORECASE)
# ... or where it stood alone (``_NAME`` marks the place): "what's the fourth problem in
# zhang", "what's the X thing in zhi about", "(guangming)", "zhi - just because …", "in
# guangming's view", "the poem at the start of zhi's article".
# A letter no English question holds, so that a pattern looking for a word between others
# ("the 2015 Zhang article" once "Zhang" is gone) still finds one there.
_NAME = "ꙮ"
# What is left of a question comparing two named documents once their names are gone
# ("compare ꙮ and ꙮ on X" → "compare and on X"): it asks what each says of X.
_COMPARED = re.compile(
    rf"^\W*(?:(?:(?:how|where|why|what)\s+)?(?:do|does|did)\s+)?(?:both\s+)?(?:(?:compare|contrast)\s+)?(?:the\s+)?(?:and|&|vs\.?|versus|with)\s+"
    rf"(?:(?:{DOCUMENT_NOUNS})\s+)?(?:(?:both|each|all)\s+)?(?:(?:differ|agree|disagree|compare|contrast|say|write|think|argue|claim)\s+)?(?:on|about|over|in|regarding|of)\s+(?=\w)",
    re.IGNORECASE,
)
# ... and of asking which of them says a thing ("is it ꙮ or ꙮ that mentions X", "X, ꙮ
# or ꙮ?", "is X in the ꙮ essay or the ꙮ one"), what each says of a topic put first
# ("X: what do ꙮ and ꙮ each say?"), whether one says what the other does
# ("does ꙮ say the same as ꙮ about X") or what one says set against the other ("unlike
# the ꙮ essay, what does ꙮ say on X"): the thing asked about is the subject.
_WHICH_OF_THEM = re.compile(
    r"^\W*(?:is|was)\s+it\s+(?:the\s+)?(?:or|and)\s+(?:the\s+)?(?:one\s+)?(?:that|which|who)\s+"
    r"(?:mentions?|says?|talks?\s+about|discuss(?:es)?|describes?|covers?|brings?\s+up|refers?\s+to|writes?\s+about|cites?|quotes?|uses?)\s+"
    r"|^\W*(?:say|says|said|write|writes|wrote|argue|argues|think|thinks)?\s*(?:the\s+)?(?:same|similar)(?:\s+things?)?\s+(?:as|to)\s+"
    r"(?:(?:does|did)\s+)?(?:(?:about|on|regarding|concerning|of)\s+)?(?=\w)"
    rf"|[\s,;]+(?:(?:in|from|by)\s+)?(?:the\s+)?(?:or|vs\.?|versus)(?:\s+(?:the\s+)?(?:{DOCUMENT_NOUNS}|one))?[\s?.!]*$"
    # ... "freedom and order: what do ꙮ and ꙮ each say?"
    r"|\s*[:;,—–-]\s*(?:so\s+)?(?:what|how)\s+(?:do|does|did)\s+(?:both\s+)?(?:the\s+)?(?:(?:and|&|vs\.?)\s+)?(?:each\s+|both\s+)?"
    r"(?:say|write|think|argue|claim|see\s+it)(?:\s+(?:about|on|of)\s+(?:it|this|that|them))?[\s?.!]*$",
    re.IGNORECASE,
)
# A question put after a clause on other pieces ("Zhang talks about X; what does the
# Guangming piece say about Y?"): asked alone (Framer.asked_of_another_piece) when it names
# its own subject in this many words ...
_THEN_ASKED = re.compile(
    rf"^\W*(?P<before>[^?;—–]{{8,}}?)\s*(?:;|\s[-–—]\s|[–—])\s*(?P<asked>(?:{QUESTION_WORDS}|{QUESTION_AUXILIARIES})\b[^;—–]*)$",
    re.IGNORECASE,
)
_ASKED_OWN_WORDS = 2
# ... unless it leans on the clause, pointing back to it or asking of both ("is that phrase
# in Zhi too?", "what are they, and does Zhi list different ones?", "which process, and
# does Guangming sound as worried?").
_LEANS_BACK = re.compile(
    rf"\b(?:{POINTING_PRONOUNS}|that|this|these|those|too|also|same|similar|different|either|as\s+well)\b|,\s*(?:and|or|but)\b|\band\s+(?:{QUESTION_AUXILIARIES})\b",
    re.IGNORECASE,
)
# ... "what do ꙮ and ꙮ each say countries should do about it": what is asked of each.
_EACH_SAYS = re.compile(
    r"^\W*(?P<wh>what|how|why|when|where|who|which)\s+(?:do|does|did)\s+(?:both\s+)?(?:the\s+)?(?:and|&)\s+(?:each\s+|both\s+)?"
    r"(?:say|says|think|write|argue|claim|suggest)(?:\s+that)?\s+(?=\w)",
    re.IGNORECASE,
)
_SET_AGAINST_LABEL = re.compile(r"^\W*(?:vs\.?|versus|v\.|and|or|&)?\s*[:;—–-]\s*(?=\w)", re.IGNORECASE)  # "ꙮ vs ꙮ: what …"
_SET_AGAINST = re.compile(
    r"^\W*(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|as\s+opposed\s+to|contrary\s+to|like|besides|apart\s+from)"
    rf"\s+(?:the\s+)?(?:(?:{DOCUMENT_NOUNS})\s*)?[,;:]\s*",
    re.IGNORECASE,
)
# ... or whether they agree on it, after the question ("Where did Xi speak - do the pieces
# agree?"): the question, asked of each.
_DO_THEY_AGREE = re.compile(
    rf"[\s,;:—–-]+(?:and\s+|but\s+)?(?:do|did|does)\s+(?:(?:the|both|all)\s+)?(?:(?:{DOCUMENT_NOUNS}|they|both|all|and|&)\s+)?"
    r"(?:(?:all|both)\s+)?(?:agree|disagree|differ|match|say\s+the\s+same)(?:\s+on\s+(?:it|this|that))?[\s?.!]*$",
    re.IGNORECASE,
)
# ... or of each piece saying it ("both pieces mention X — where in the 2016 one?").
_BOTH_SAY = re.compile(
    rf"^\W*(?:both|all|the\s+two)\s+(?:of\s+(?:the|them)\s*)?(?:(?:{DOCUMENT_NOUNS})\s+)?"
    r"(?:mention|discuss|talk\s+about|bring\s+up|cover|refer\s+to|cite|quote|use)\s+(?=\w)",
    re.IGNORECASE,
)
# A word describing a piece before its noun ("the 2022 Chinese op-ed", "both of the
# articles"): not an article nor an auxiliary, which would make the wh-word's noun and
# the piece one ("what cooperation platforms does the writer say": the platforms are
# asked for, "the writer" says); nor a question word, which opens a clause of the
# subject ("can netizens say what they think online": "they" are netizens, no piece).
_DESCRIBING = rf"(?:of\s+the|(?!(?:the|a|an|{NEGATED_AUXILIARIES}|{QUESTION_WORDS})\b)[\w'’-]+)"
# A title before a writer's name ("Professor Zhi Zhenfeng", "Dr. Smith"): part of how the
# writer is named, not a name of its own.
_TITLE = r"(?:professor|prof|dr|doctor|mr|mrs|ms|mx)\.?\s+"
_LEFT_BEHIND = re.compile(
    rf"\(\s*{_NAME}\s*\)|^\s*(?:the\s+)?{_NAME}(?:\s+(?:{DOCUMENT_NOUNS})\b)?\s*[-–—:]\s*"
    rf"|\s+(?:in|from|by|according\s+to|per)\s+{_NAME}(?=\s*$|\s+about\s*$)"
    rf"|\b(?:in|from)\s+(?:the\s+)?{_NAME}\s*(?:view|opinion|words|analysis|account|reading|telling|estimation|judge?ment|assessment|interpretation|eyes|mind)\b"
    # ... "the" dropped as a learner's language drops it ("the poem at beginning of Zhi article").
    rf"|\b(?:(?:at|in|from)\s+(?:the\s+)?|the\s+)(?:start|beginning|end|opening|top)\s+of\s+(?:the\s+)?{_NAME}(?:\s+(?:{DOCUMENT_NOUNS})\b)?"
    # ... where a part stands in it ("the poem heading ꙮ", "the lines closing the ꙮ piece").
    rf"|\b(?:heading|opening|topping|closing|ending|starting|beginning)\s+(?:the\s+)?{_NAME}(?:\s+(?:{DOCUMENT_NOUNS})\b)?"
    # ... and a title before it ("What does Professor Zhi Zhenfeng think of …").
    rf"|\b{_TITLE}(?={_NAME})"
    # ... and the piece called "one" after its name and year ("in the 2022 ꙮ one").
    rf"|(?:\b(?:in|from|by)\s+)?\b(?:the|that|this)\s+(?:\d{{4}}\s+)?{_NAME}(?:\s+{_NAME})*\s+one\b(?!\s+of\b)",
    re.IGNORECASE,
)
# A date written beside a piece's name, as a search box's keywords or a heading put it
# ("zhi 2016 icann", "Global Times Sept 2020: will …", "Chinese Social Sciences Today,
# January 2016"): a part of the name when it is a named piece's own (times.same_date), not the
# question's subject.
_DATE_BESIDE_NAME = re.compile(
    rf"(?P<month>{MONTH}\s+)?\b(?P<year>\d{{4}})\s*[,:]?\s*(?={_NAME})"
    rf"|(?<={_NAME})\s*,?\s*(?P<month_after>{MONTH}\s+)?(?P<year_after>\d{{4}})\b",
    re.IGNORECASE,
)
# A piece's poem named by where it stands ("the poem at the beginning", "the verse up
# top"), as a piece is by its name. Not the poem alone: "what does the poem say about
# freedom" finds the poem's lines by the word.
_POEM = r"(?:poem|verse|poetry)s?\s+(?:(?:at|in|on)\s+(?:the\s+)?(?:top|beginning|start|opening|head)|up\s+top)"
# Where in a part of a piece a passage stands ("at the end of the shared interests
# section"): the part's words say which passage; the place in it, no word of the
# passage (its last lines say nothing of ending), so it is read as in the part.
_END_OF_PART = guarded(re.compile(
    rf"\b(?:at|near|towards?|by)\s+the\s+(?:very\s+)?(?:end|start|beginning|close|bottom|top|opening)\s+of\s+"
    rf"(?=(?:the|that|this)\s+(?:[\w'’-]+\s+){{0,4}}?{SECTION_NOUNS}\b)",
    re.IGNORECASE,
))
# The word a piece uses for a thing, asked for by the thing ("which word does the text use
# for the gap between countries?", "what term does Zhang give to X"): the passage that
# answers names the thing in that word, not in the asker's, so the thing is the subject.
# ... and a translator's "what idiom / formula / English does Zhang use for X", or with the
# thing before the verb ("what idiom about a whole and its parts does Zhang use?").
_WORDING_NOUNS = (
    r"(?:word|term|phrase|expression|name|label|metaphor|image|idiom|formula|formulation|wording|phrasing|pairing|English"
    # ... and a student of rhetoric's: "what imagery does Zhi use for …", "which adjectives".
    r"|imagery|simile|analog(?:y|ie)|comparison|adjective|noun|verb|saying|proverb|maxim|figure\s+of\s+speech)s?"
)
_USE_VERBS = r"(?:use|uses|used|give|gives|gave|choose|chooses|chose|apply|applies|applied)"
_WORD_FOR = re.compile(
    rf"^(?:which|what)\s+(?:(?:exact|precise|actual)\s+)?{_WORDING_NOUNS}\s+"
    rf"(?:(?:(?:do|does|did)\s+(?:[\w'’-]+\s+){{0,4}}?)?{_USE_VERBS}\s+"
    r"(?:for|to\s+(?:describe|name|refer\s+to|call|mean|characteri[sz]e)|about)\s+(?P<named>.+)"
    rf"|(?:for|about|on)\s+(?P<before>.+?)\s+(?:do|does|did)\s+(?:[\w'’-]+\s+){{0,4}}?{_USE_VERBS})$",
    re.IGNORECASE,
)
# A piece called "one" after what names it: "the 2022 one", "that 2015 one"
# (Framer._one_as_piece), read as this word for a piece.
_ONE_FOR_PIECE = re.compile(
    r"\b(?P<named>(?:the|that|this)\s+(?:[\w'’.-]+\s+){1,3}?)(?P<one>one)\b(?!\s+of\b|['’])", re.IGNORECASE
)
_PIECE = "piece"
# Names standing together ("the 2022 Guangming essay": its year and its outlet).
_NAMES = rf"{_NAME}(?:\s+{_NAME})*"
# Where a writer looks from: "from Zhi's point of view", "from the standpoint of the op-ed".
_VIEWPOINT = r"point\s+of\s+view|perspective|standpoint|viewpoint"
# What a writer holds of something: "Zhang's view on …", "the stand of the writer regarding …".
_VIEW_NOUNS = (
    r"view|position|take|stance|stand|opinion|point|argument|line|claim|verdict|assessment|thesis|doctrine|theory|standpoint|perspective"
    r"|submission|contention|assertion"  # ... as a lawyer puts it
)
# ... named in the middle of the question as whose it is: "Zhang's take on Snowden reads
# like …", "the ꙮ document's position regarding X", "the ꙮ article's statement that X",
# "ꙮ's reference to X", "ꙮ's version of X": X is the subject.
_DOCUMENTS_VIEW = re.compile(
    rf"\b(?:(?:the|this|that)\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?(?:['’]s?)?\s+"
    rf"(?:(?:{_VIEW_NOUNS}|statement|remark|version|account|words)s?\s+(?:that|{ABOUT})|references?\s+to)\b",
    re.IGNORECASE,
)
# The verbs that ask for a part of a piece (structure.Asks): how it opens or ends ("how
# does ꙮ wrap up?", "how does ꙮ set the scene?"), what it lists ("which problems does ꙮ
# list / name?"). They stay, for the part to be read and its passages to be found by them.
_PART_VERBS = r"(?:end|close|finish|wrap|sign\s+off|conclude|open|begin|start|sum|list|enumerate|name|set\s+(?:up\s+)?the\s+(?:scene|stage))s?\b(?!-)"
# A question whose frame had a named document as who does something ("How does ꙮ
# categorise X?", "which actors does ꙮ cite in X?", "what does ꙮ give as the causes of
# X?"): its verb says what the writer does with X, whatever the verb, as "say" does
# (``VERBS``), and goes with the name; the wh-word, its noun ("which actors") and the
# auxiliary stay, for they say what kind of answer is asked and that it is asked. Not a
# word joining it to another document ("how do ꙮ and ꙮ differ on X": ``_COMPARED``).
# The same asked in a second language's grammar, without the auxiliary ("How ꙮ introduce
# him?", "Which prospect ꙮ call alluring?", "Why ꙮ think …"): the wh-word, perhaps with its
# noun, then the name and a verb that is no auxiliary nor copula ("When ꙮ was written").
_NO_VERB = rf"(?:{BE_FORMS}|be|been|{HAVE_FORMS}|{AUXILIARIES})\b"
_WITHOUT_AUXILIARY = rf"(?:(?:what|which)(?:\s+(?!{_NO_VERB})[\w'’-]+){{0,2}}?|how|why)(?P<bare>)"
# How many words the wh-word's noun phrase may run to ("which UN (United Nations) agenda
# with a 2030 horizon does ꙮ …": an acronym the reader spelt out adds its brackets' words).
_ASKED_WORDS = 8
# What may come before the wh-word: a short lead-in ("Besides governments, which actors
# does ꙮ want …", "For the briefing, how does ꙮ …") or the preposition the verb will take
# ("On what source does ꙮ rely …"). A question after another is framed the same way
# ("Who is Snowden? How ꙮ introduce him?"): the first asks as the second does.
_LEAD = r"(?:[^,?.!;:]{1,40},\s*|(?:on|in|for|from|with|by|to|at|of|besides|apart\s+from)\s+)?"
_PARTICLES = "away|off|out|aside|back|forward|up|down"
# How the asker says the writer does it ("flatly rule out", "expressly oppose",
# "explicitly link"): an adverb, framing as a hedge is; not a verb ending so ("apply", "rely").
_MANNER = r"(?!(?:apply|supply|rely|reply|imply|comply|multiply|ally|fly|bully|rally|tally)\b)[a-z]{2,}ly\s+"
_WRITER_DOES = re.compile(
    rf"(?:^|(?<=[.?!]\s))(?P<asked>\W*{_LEAD}(?:(?P<wh>(?:what|which|whose)(?:\s+[\w'’()-]+){{0,{_ASKED_WORDS}}}?|how(?:\s+(?:many|much)(?:\s+[\w'’-]+){{0,2}}?)?|why|who|whom|where|when)\s+(?P<aux>{NEGATED_AUXILIARIES})|{_WITHOUT_AUXILIARY}))\s+"
    rf"(?:(?:the|this|that)\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?\s+(?:{HEDGE}|{_MANNER})?(?:{NOT})?(?!{_PART_VERBS}|(?:{DOCUMENT_NOUNS}|and|or|nor|vs|versus|with)\b)(?(bare)(?!{_NO_VERB}))(?P<verb>[a-z]+(?:-[a-z]+)?)\b"
    # ... with its particle ("wave away", "roll out", "put forward"), or
    # made of two words ("name-check").
    rf"(?:\s+(?:{_PARTICLES})\b)?(?:\s+(?:{ABOUT})\b)?",
    re.IGNORECASE,
)
_PARTICLE = re.compile(rf"\s+(?:{_PARTICLES})\b", re.IGNORECASE)
# The auxiliary that only carried the writer's verb ("what event does ꙮ say raised …"):
# with the verb gone it goes too, for what is left to read as a phrase ("what event
# raised …", "what governance philosophy to China", not "what … does to China").
_DO = re.compile(r"do|does|did", re.IGNORECASE)
# A wh-word that asks nothing a frame would not drop with the writer's verb, as the
# frames do ("what does ꙮ credit China with" → "China with", as "what does ꙮ say about
# X" → "X"): how and why are asked still (structure.Asks reads the whole question).
_BARE_WH = re.compile(r"\W*(?:what|how|why)", re.IGNORECASE)
_COUNT = re.compile(r"how\s+(?:many|much)\b", re.IGNORECASE)
# A named piece asked what it lists or names ("which actors does ꙮ list in X?", "what
# objectives does ꙮ enumerate?"): the part verb stays for structure.Asks, and the piece
# is "it", so that the question reads as one ("which actors does it list in X").
_WRITER_LISTS = re.compile(
    rf"(?P<asked>\b(?:what|which)(?:\s+(?!(?:{NEGATED_AUXILIARIES})\b)[\w'’()-]+){{1,{_ASKED_WORDS}}}?\s+(?:do|does|did))\s+"
    rf"(?:(?:the|this|that)\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS})\b)?\s+(?=(?:list|name|enumerate|cite|mention)s?\b)",
    re.IGNORECASE,
)
# A named writer's words asked for by what they are on, the command that asked gone
# ("(quote) zhang on X", "(find) the ꙮ piece on X"): X is the subject.
_WORDS_ON = re.compile(rf"^\W*(?:(?:the|this|that)\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?(?:['’]s?)?\s+(?:on|about|regarding)\s+(?=\w)", re.IGNORECASE)
# A verb of saying is the writer's act, whoever else writes it (Framer._writer_does).
_SAYS_SO = re.compile(rf"(?:{VERBS})", re.IGNORECASE)
# How an asker hedges what they were told a piece does: "an article apparently claims X".
_AS_TOLD = r"(?:apparently|supposedly|reportedly|also)\s+"
# A verb in the present's third person ("scolds", "credits", "brags", "reaches"), not an
# auxiliary: what a named writer does, put as a statement.
_ACTS = r"(?!(?:is|has|was|does|goes)\b)[a-z]{2,}s"
# ... or a claim about what it says, put as a statement ("ꙮ says X, right?", "the ꙮ
# piece describes X", "am I right that ꙮ says X"): X is the subject. So is what a
# sentence says the writer does, whatever the verb ("ꙮ scolds local governments for
# missing out. On what?", "ꙮ credits X with Y", "ꙮ brags about X"): the asker's word for
# the writer's act, seldom the text's.
_WRITER_SAYS = re.compile(
    rf"(?:^\W*|(?<=[.?!;])\s+|\bthat\s+)(?:(?:the|this|that)\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?\s+(?:{HEDGE})?"
    rf"(?:{VERBS}|{_ACTS})\b(?:\s+(?:that|{ABOUT})\b)?",
    re.IGNORECASE,
)
# ... and a piece told of in passing, in the middle of a message: "I found a ꙮ that uses
# 'X'", "someone told me a Chinese ꙮ talks about X", "a ꙮ apparently claims X", "the
# problem the ꙮ identifies"; not a plural naming a part ("the ꙮ principles section"), nor
# a question's "does the ꙮ say".
_TOLD_OF = re.compile(
    rf"(?<!\bdoes\s)(?<!\bdid\s)(?<!\bdo\s)\b(?:a|an|the|this|that|one)\s+(?:[\w'’-]+\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?\s+"
    rf"(?:(?:that|which)\s+)?(?:{HEDGE}|{_AS_TOLD})?(?:{VERBS}|{_ACTS}\b(?!\s+(?:{SECTION_NOUNS}|{DOCUMENT_NOUNS})\b))\b"
    rf"(?:\s+(?:that|{ABOUT})\b)?",
    re.IGNORECASE,
)
# A piece checked as the one that says something ("isn't it the ꙮ piece that talks about
# X?", "ꙮ's article is the one that covers X, right?", "ꙮ is the one that names X"): the
# asker's guess of which piece says X, which may be wrong; X is the subject, and the
# words that guess the piece go with its name (piece_checked reads the guess).
_PIECE_CHECKED = re.compile(
    rf"^\W*(?:(?:(?:isn['’]?t|is|wasn['’]?t|was)\s+it|it['’]s|it\s+(?:is|was))\s+(?:(?:the|this|that|a)\s+)?{_NAMES}(?:['’]s?)?(?:\s+(?:{DOCUMENT_NOUNS}))?"
    rf"|(?:(?:the|this|that)\s+)?{_NAMES}(?:['’]s?)?(?:\s+(?:{DOCUMENT_NOUNS}))?\s+(?:is|was)\s+the\s+(?:one|{DOCUMENT_NOUNS}))"
    rf"\s+(?:that|which|who)\s+(?:{HEDGE})?(?:{VERBS}|{_ACTS})\b(?:\s+(?:{ABOUT})\b)?",
    re.IGNORECASE,
)
# ... said of a question, before its names are found: the same frames, a piece's name
# any one to four words.
_CHECKS_PIECE = re.compile(
    rf"^\W*(?:(?:isn['’]?t|is|wasn['’]?t|was)\s+it|it['’]s|it\s+(?:is|was))\s+(?:the|this|that|a)\s+(?:[\w'’.-]+\s+){{1,4}}?(?:{DOCUMENT_NOUNS})\s+(?:that|which|who)\s"
    rf"|^\W*(?:(?:the|this|that)\s+)?(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+(?:\s+(?:{DOCUMENT_NOUNS}))?\s+(?:is|was)\s+the\s+(?:one|{DOCUMENT_NOUNS})\s+(?:that|which|who)\s"
    # ... the writer named alone: "is it Zhi who talks about X?"
    r"|^\W*(?:isn['’]?t|is|wasn['’]?t|was)\s+it\s+(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}?\s+(?:that|which|who)\s"
    # ... or a piece the asker believes says it ("pretty sure Zhi talks about X", "I
    # remember the 2022 piece mentioning X"): what they believe is what they check.
    rf"|^\W*(?:{BELIEF_OPENING})\b",
    re.IGNORECASE,
)


# Where a piece's writer works, put as a premise to confirm: "the 2016 author is from the
# Institute of X, right?", "Smith works at Y University, doesn't he?" (the place named with
# a capital, maybe the wrong one).
_AFFILIATION_CLAIMED = re.compile(
    r"^\W*(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:(?:is|was)\s+(?:from|at|with)|(?:works|worked|teaches)\s+(?:at|for|in))\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def checks_piece(question: str) -> bool:
    """Whether the question guesses which piece says what it asks about ("isn't it the
    Daily Post piece that talks about X?", "Smith's article is the one that covers X,
    right?"): the piece it names is the asker's guess, and another may be the one."""
    return bool(_CHECKS_PIECE.search(question))


# A writer's way of putting things, as whose words are asked for: "in the ꙮ author's
# characterisation", "ꙮ's version", "the ꙮ article version", "in ꙮ's analysis", "on ꙮ's
# reading" (how the writer reads what they write of, not a reading of theirs asked for).
_ITS_TELLING = rf"(?:{_VIEW_NOUNS}|characteri[sz]ation|description|account|version|telling|words|eyes|mind|analys[ie]s|reading|interpretation|estimation|judge?ment)s?"
# ... as an afterthought closing the question: "what did Xi push for at Wuzhen, ꙮ's
# version", "militarization of the net: ꙮ's position?".
_WHOSE_TELLING = re.compile(
    rf"(?:,|:|;|\s[—–-])\s*(?:(?:in|from|by)\s+)?(?:the\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?(?:['’]s?)?\s+{_ITS_TELLING}\W*$",
    re.IGNORECASE,
)
# A thing asked of as one a piece refers to ("the NSA to which Mr Zhang refers", "the
# Color Revolutions the ꙮ author alludes to"): which mention, not what about.
_REFERRED_TO = re.compile(
    rf"\s+(?:(?:to\s+)?which\s+|that\s+)?(?:the\s+)?{_NAMES}(?:\s+(?:{DOCUMENT_NOUNS}))?\s+(?:refers|referred|alludes|alluded)(?:\s+to)?\b",
    re.IGNORECASE,
)
# What is said of a piece's words before "in" or "from" it ("the figures cited in ꙮ",
# "mentioned in the 2016 article"): it leaves with the piece's name.
_REPORTED_IN = r"(?:(?:cited|quoted|mentioned|given|stated|reported)\s+)?"
# ... or where it stood in the middle of the question, saying whose words are asked
# for: "money quote from ꙮ on X", "anything in ꙮ about X", "the problem in ꙮ article",
# "Xi's line, as quoted by ꙮ, about X", "in ꙮ's telling", "the figures cited in ꙮ"; not where the name says
# whose part of it is asked about ("in the ꙮ principles section" keeps "in the").
_FROM_THE_DOCUMENT = re.compile(
    rf"(?:,\s*)?\b(?:(?:as\s+)?(?:quoted|cited|reported|put)\s+by|{_REPORTED_IN}(?:in|from)|by|per)\s+(?:the\s+)?{_NAMES}"
    rf"(?:\s+(?:{DOCUMENT_NOUNS}|telling|account|eyes|view|opinion|words))?(?:['’]s?\s+{_ITS_TELLING})?\b"
    rf"(?=\s*(?:$|[^\w\s]|(?:{ABOUT}|over|for|that|to|as|where|when|why|how|what|who|which|is|are|was|were|and|or|but)\b)),?",
    re.IGNORECASE,
)
# A topic put first and then asked of, whoever says it: "Cyber sovereignty: what does
# ꙮ say?", "hegemony - what do they think of it": the topic is the subject.
_ASKED_OF_TOPIC = re.compile(
    rf"(?<=\w)\s*[:–—-]\s*(?:so\s+)?(?:what|how)\s+(?:do|does|did)\s+(?:(?:the|this|that)\s+)?(?:(?:{PRONOUNS}|{DOCUMENT_NOUNS})\s+)?"
    rf"(?:{VERBS})\b(?:\s+(?:{ABOUT})\s+(?:it|this|that|them))?\W*$",
    re.IGNORECASE,
)
# What is asked for by its being named ("which UN agenda is brought up", "which tech
# companies do they name?"): the thing named is the subject.
_NAMED_ONES = r"named|mentioned|brought\s+up|cited|referenced|referred\s+to"
# What a piece does in speaking of something, which is asked whether it does ("whether the
# text mentions X").
_SPEAKS_OF = (
    r"mentions?|talks?\s+about|discuss(?:es)?|brings?\s+up|covers?|address(?:es)?|deals?\s+with|touch(?:es)?\s+on|says?\s+anything"
)
_WHICH_NAMED = re.compile(
    rf"^(?:which|what)\s+(?P<named>.+?)\s+(?:(?:is|are|was|were|gets?|got)\s+(?:{_NAMED_ONES})"
    rf"|(?:do|does|did)\s+(?:(?:{PRONOUNS}|(?:the|this|that)\s+(?:{DOCUMENT_NOUNS}))\s+)?(?:name|mention|bring\s+up|cite|reference|refer\s+to))\W*$",
    re.IGNORECASE,
)
# A topic called a bit or a thing of the texts: "the colour revolutions bit?".
_TOPIC_BIT = re.compile(r"^(?P<topic>(?:the|that|this)\s+.+?)\s+(?:bit|thing|stuff|business)\W*$", re.IGNORECASE)


def without_topic_frame(text: str) -> str:
    """``text`` without the words around a topic asked of as a whole (``_ASKED_OF_TOPIC``,
    ``_WHICH_NAMED``, ``_TOPIC_BIT``), unless nothing that may name a subject is left."""
    for pattern, group in ((_ASKED_OF_TOPIC, None), (_WHICH_NAMED, "named"), (_TOPIC_BIT, "topic")):
        found = pattern.search(text)
        if found:
            kept = found.group(group) if group else text[: found.start()]
            if has_content(kept):
                text = kept
    return text


# A word the texts write in lower case.
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
# A question that names a year names a document only when it says so: "the 2022 article".
YEAR_NEAR_NOUN_WORDS = 3
# An outlet of two words or more may be named by its initials.
MIN_INITIALS = 2
# A piece is "the long one" when it is this many times longer than any other (and "the
# short one" when this many times shorter): clearly enough that a reader calls it so.
STANDS_OUT = 1.25
# A title is named when the question contains it nearly word for word.
TITLE_MATCH = 90
MIN_TITLE_CHARS = 20
# ... or when a piece is called by what it is on in this many of its title's words ("the
# 2022 essay on a shared future in cyberspace"); two ("the article on cyberspace
# governance") are as often what the question is about, in any piece.
MIN_TITLE_WORDS_DESCRIBED = 3
# A title's opening words that name its piece before a word for a document.
MIN_TITLE_OPENING_WORDS = 3
# The small words between a title's words in such a description.
_DESCRIPTION_GLUE = r"(?:(?:a|an|the|of|in|for|with|to|and|on|its|their)\s+)*"


@dataclass(frozen=True)
class Framed:
    """A question taken apart: its subject, the documents it names, what was framing."""

    question: str
    subject: str
    documents: frozenset[str]  # empty: the question names no document
    asks: Asks = NOTHING_ASKED


class Framer:
    """Knows the corpus's documents by name; takes questions apart."""

    def __init__(self, documents: dict[str, Document], *, is_word: Callable[[str], bool] | None = None):
        """``is_word(word)``: whether a lower-case word is a word at all (the model's
        vocabulary knows it), so that an outlet's word that isn't ("guangming") is its
        name however typed."""
        self._documents = documents
        bodies = {doc_id: set(words_of(doc.body)) for doc_id, doc in documents.items()}
        self._body_words = bodies
        # The words the texts write in lower case somewhere: a name's word among them
        # ("online", "social") may be a word of a question's subject.
        lower_case = {w for doc in documents.values() for w in _LOWER_WORD.findall(doc.body)}
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
                        # Typed in lower case it names the piece wherever it stands ("what's
                        # the fourth problem in zhang", "(guangming)", "…, zhang") when the
                        # texts never write it in lower case and it is a person's name, or
                        # no word at all: not "today", "times" (an outlet's English words).
                        anywhere = word.lower() not in lower_case and (
                            name == doc.author or (is_word is not None and not is_word(word.lower()))
                        )
                        self._names.append((_single_name_pattern(word, anywhere=anywhere), doc_id, "name"))
                        single.add(word)
            opening = _title_opening_pattern(doc.title or "")
            if opening is not None:
                self._names.append((opening, doc_id, "name"))
            outlet_initials = "".join(w[0] for w in (doc.outlet or "").split() if w[:1].isupper())
            if len(outlet_initials) >= MIN_INITIALS:
                # "the GT article": an outlet by its initials, beside a word for a document.
                self._names.append((_initials_pattern(outlet_initials), doc_id, "name"))
            for word in (doc.outlet or "").split():
                # ... or a one-word pinyin name in it by its syllables' initials ("GM" for
                # Guangming), as Chinese names are shortened; not a word of the language ("Times").
                initials = syllable_initials(word) if is_word is not None and not is_word(word.lower()) else ""
                if len(initials) >= MIN_INITIALS and initials != outlet_initials:
                    self._names.append((_initials_pattern(initials), doc_id, "name"))
            self._names.append((_date_pattern(doc.date), doc_id, "year"))
            if re.match(r"\d{4}-\d{2}", doc.date):
                self._names.append((_date_pattern(doc.date, month=True), doc_id, "month"))
        for words, doc_id in _pieces_set_apart(documents):
            self._names.append((_piece_called_pattern(words), doc_id, "name"))
        described = {doc_id: _described_title_source(doc.title or "") for doc_id, doc in documents.items()}
        described_alternatives = "|".join(source for source in described.values() if source)
        for doc_id, source in described.items():
            if source:
                # "the essay on a shared future in cyberspace", or what is left of it once
                # its year named it ("ꙮ on a shared future …"): so tried after the rest.
                self._names.append((_Lazy(rf"(?:\b(?:{DOCUMENT_NOUNS})|{_NAME})\s+{source}", [source]), doc_id, "name"))
        self._names_gate = _Gate([pattern for pattern, _, _ in self._names])
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
            rf"{PART_OF}(?:(?:the|this|that|these|those|both|all|each|your|our|any|either|every)\s+)?(?:{MONTH}\s+)?(?:\d{{4}}\s+)?"
            rf"(?:(?:{_TITLE})?(?:(?:{name_alternatives})(?:['’]s?)?(?:\s+(?:{DOCUMENT_NOUNS})\b)?)"
            rf"|(?:(?:{name_alternatives}|{_DESCRIBING})\s+){{0,4}}?(?:{DOCUMENT_NOUNS}|{PRONOUNS}{role_alternatives})\b{more_roles}{by_whom}(?:\s+(?:titled|entitled|called|named))?(?:\s+(?:{name_alternatives}))?"
            + (rf"(?:\s+(?:{described_alternatives}))?" if described_alternatives else "")
            + rf"|{SECTION_NOUNS}"
            # ... or its poem where it stands ("the poem at the beginning"): the part is
            # asked for by the question's words (structure.Asks.verse), not searched for.
            rf"|{_POEM})"
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
            # ... "what the writer is saying regarding …".
            _frame(r"^(?:what|how)\s+", rf"\s(?:{VERBS})\b",
                   rf"{who}\s+(?:(?:is|are|was|were)\s+)?(?:{HEDGE})?(?:{NOT})?(?:{VERBS})\b(?:\s+(?:{ABOUT})\b)?"),
            _frame(r"^(?:what|how)\s+(?:is|are|was|were)\s+", r"\s(?:saying|writing|arguing|claiming)\b",
                   rf"{who}\s+(?:saying|writing|arguing|claiming)\b(?:\s+(?:{ABOUT})\b)?"),
            _frame(r"^(?:what|anything)\s+(?:is|was|has\s+been|gets?|are|were)\s+(?:said|written|mentioned|stated|claimed|argued)", None,
                   rf"(?:\s+(?:in|by)\s+{who})?(?:\s+(?:{ABOUT})\b)?"),
            # ... "where is it said that …", "where in the texts is it argued that …": what
            # is said is the subject, not a place.
            _frame(r"^where\s+(?:in\s+(?:the|these|those|this|that|any|all)\s+(?:[\w'’-]+\s+){0,2}?)?(?:is|was|has\s+been|does)\s+it\s+"
                   r"(?:(?:actually|ever|really)\s+)?(?:said|stated|argued|written|claimed|mentioned|suggested|noted|asserted|pointed\s+out|made\s+clear|spelled\s+out|spelt\s+out)",
                   None, rf"(?:\s+(?:in|by)\s+{who})?(?:\s+that\b)?"),
            _frame(rf"^(?:{NEGATED_AUXILIARIES})\s+", rf"\s(?:{VERBS})\b",
                   rf"{who}\s+(?:{HEDGE})?(?:{NOT})?(?:{VERBS})\b(?:\s+(?:anything|something))?(?:\s+(?:{ABOUT})\b)?"),
            # ... or asked indirectly whether it speaks of something ("(a reader asks) whether
            # the text mentions …", "the article talks about X?"): what it speaks of.
            _frame(r"^(?:(?:whether|if)\s+)?(?:the|this|that|these|those)\s+", rf"\s(?:{_SPEAKS_OF})\b",
                   rf"{who}\s+(?:{HEDGE})?(?:{_SPEAKS_OF})\b\s+(?:anything\s+(?:{ABOUT})\s+)?"),
            # ... or reminded of: "remind me of the three principles".
            _frame(r"^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:(?:tell|show|give|find)\s+(?:me|us)|remind\s+(?:me|us)\s+(?:of|about))\s+", None,
                   rf"(?:(?:more|some|any|the)\s+)?(?:(?:quotes?|quotations?|passages?|sentences?|something|anything)\s+)?"
                   rf"(?:(?:{ABOUT})\b)?"),
            # Asked to explain: "can you help me understand …", "explain … to me".
            _frame(r"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:help\s+me\s+(?:to\s+)?(?:understand|with)|explain|describe|clarify)\s+",
                   None, rf"(?:(?:to|for)\s+(?:me|us)\s+)?(?:(?:{ABOUT})\b)?"),
            # "What's the point the Daily Post piece is making about …".
            _frame(r"^what(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(?:point|argument|case|claim|message)s?\s+(?:that\s+)?",
                   r"\s(?:making|makes|make|made)\b",
                   rf"{who}\s+(?:(?:is|are|was|were)\s+)?(?:making|makes|make|made)\b(?:\s+(?:{ABOUT})\b)?"),
            # "What is Zhang's view on …", "what's guangming's take on …", "what's the
            # text's deal with …".
            _frame(r"^what(?:['’]s|\s+(?:is|are|was|were))\s+",
                   rf"(?:{_VIEW_NOUNS}|deal)s?\s+(?:{ABOUT}|with)\b",
                   rf"{who}(?:['’]s?)?\s+(?:(?:{_VIEW_NOUNS})s?\s+(?:{ABOUT})|deal\s+with)\b"),
            # ... "what is the stand of the writer regarding …".
            _frame(r"^what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+)?", rf"\s(?:{ABOUT})\b",
                   rf"(?:{_VIEW_NOUNS})s?\s+of\s+{who}\s+(?:{ABOUT})\b"),
            _frame(r"^(?:what|how)\s+about\b", None, ""),
            # "Which text uses the phrase '…'", "which article has the typo '…'": what it
            # writes is the subject, the words that ask which piece frame it.
            # ... "which piece brings up X", "which article touches on X".
            _frame(rf"^(?:which|what)\s+(?:{DOCUMENT_NOUNS}|one)\s+(?:has|have|had|uses?|used|contains?|says?|said|mentions?|writes?|wrote|includes?"
                   r"|cites?|cited|reports?|reported|quotes?|quoted|notes?|noted|(?:ends?|ended|opens?|opened|begins?|began|closes?|closed)\s+(?:by|with)(?:\s+saying)?"
                   r"|talks?\s+about|talked\s+about|brings?\s+up|brought\s+up|raises?|raised|touches?\s+on|touched\s+on|refers?\s+to|referred\s+to"
                   r"|discusses|discussed|deals?\s+with|dealt\s+with|covers?|covered|addresses|addressed)\s+",
                   None, r"(?:(?:the|a|an|that|this)\s+)?(?:(?:typo|phrase|words?|line|expression|term|sentence|quote|mistake|error|misspelling)\s+)?"),
            # ... "which reading tells everyone to drop X", "which article urges countries to
            # X", "which piece argues that X": what it urges or argues is the subject.
            _frame(rf"^(?:which|what)\s+(?:{DOCUMENT_NOUNS}|one)\s+(?:tells?|told|urges?|urged|asks?|asked|argues?|argued|claims?|claimed"
                   r"|suggests?|suggested|warns?|warned|calls?\s+(?:on|for)|called\s+(?:on|for))\s+", None,
                   r"(?:(?:everyone|everybody|us|people|readers|the\s+world|countries|states|nations|governments)\s+)?(?:(?:to|that)\s+)?"),
            # ... "which line (from Zhi) supports X", "what sentence in the piece backs up X":
            # what the line does to X is the asker's word for quoting it.
            _frame(r"^(?:which|what)\s+(?:(?:one|single|best|exact)\s+)?(?:sentence|line|quote|quotation|passage|part|bit|paragraph)s?\s+", None,
                   rf"(?:(?:from|in|of|by)\s+{who}\s+)?(?:(?:best|most\s+clearly|really|actually)\s+)?"
                   r"(?:supports?|backs?(?:\s+up)?|shows?|proves?|argues?|states?|claims?|suggests?|explains?|captures?|illustrates?|expresses?"
                   r"|sums?\s+up|makes?\s+the\s+(?:case|point)\s+(?:for|that)|calls?\s+for|deals?\s+with|addresses|refers?\s+to|talks?\s+about|mentions?|says?)"
                   r"\b(?:\s+that\b)?"),
            # ... "I want to cite Guangming on X", "I'd like to quote Zhang on X".
            _frame(r"^(?:(?:i|we)\s*(?:want|need|would\s+like|['’]d\s+like|have|hope|plan|mean)\s+to\s+|(?:can|could|may)\s+(?:i|we)\s+|let\s+(?:me|us)\s+)?(?:cite|quote)\s+",
                   None, rf"{who}\s+(?:on|about|regarding|re:?|for|when\s+it\s+comes\s+to)\b"),
            # ... "how would the Guangming author respond to X": X is what it answers.
            # (Not "how did people react to X", which asks the reaction.)
            _frame(r"^how\s+(?:would|might|could|will|should)\s+", r"\s(?:respond|react|reply|answer)\s+to\b",
                   rf"{who}\s+(?:respond|react|reply|answer)\s+to\b"),
            # "Is it true that …", "is the claim that … (even) true": the claim is the subject.
            # ... "is true that …", as a learner drops the "it"; a newsroom's "Is it accurate
            # (to say) that …", "is it fair to say …" (not without "it": "Is fair governance …").
            _frame(
                r"^(?:is|was)\s+(?:(?:it\s+)?(?:really\s+|actually\s+|even\s+)?(?:true|right)"
                r"|it\s+(?:really\s+|actually\s+)?(?:correct|accurate|fair)(?:\s+to\s+say)?)\s+(?:that\s+)?",
                None, "",
            ),
            _frame(r"^(?:is|are)\s+there\s+(?:anything|something|much|a\s+lot|any(?:\s+(?:mention|quotes?|passages?|sentences?|info(?:rmation)?))?)\s+",
                   None, rf"(?:(?:{ABOUT})\b)?"),
            _frame(rf"^(?:talk|quotes?|quotations?)\s+(?:{ABOUT})\b", None, ""),
        ]
        self._anywhere = [
            # ... "according to the author's position", "per the writer's submission".
            _frame(r"[,;]?\s*\b(?:according\s+to|in\s+the\s+view\s+of|as\s+per|per)", None, rf"\s+{who}(?:(?:['’]s?)?\s+{_ITS_TELLING}\b)?"),
            # ... "as Zhi counts them", "as Zhang puts it", "the way the op-ed tells it", "as
            # reported by Zhi": whose telling, before or after the question.
            _frame(r"(?:^|[,;]?\s*\b)(?:as|the\s+way)\s+", None,
                   rf"(?:{who}\s+(?:tells?|puts?|sees?|counts?|describes?|reports?|recounts?|relates?|explains?|presents?|frames?|says?|has|would\s+have|understands?|views?|uses?|used|employs?|means?|meant"
                   # ... a chronicler's: "as Zhang gives it", "as Zhi dates it", "as the op-ed lists them".
                   r"|gives?|gave|dates?|dated|lists?|listed|orders?|ordered|sequences?|reckons?)"
                   r"(?:\s+(?:it|them|things|matters|this|that|the\s+story))?"
                   rf"|(?:reported|told|described|recounted|explained|presented|put|noted|stated|argued|written)\s+(?:by|in)\s+{who})\b\s*,?"),
            # ... "going by Zhi", "judging from the op-ed", "based on the Zhi article", "in the
            # eyes of Zhang", "from what Zhi writes", "if I read Zhi right".
            _frame(r"(?:^|[,;]?\s*\b)(?:going\s+by|judging\s+(?:by|from)|based\s+on|in\s+the\s+(?:eyes|opinion|mind)\s+of"
                   rf"|from\s+the\s+(?:{_VIEWPOINT})\s+of|if\s+I\s+(?:read|understand))\s+", None,
                   rf"{who}(?:['’]s?\s+(?:dates|figures|numbers|timeline|chronology|count|{_ITS_TELLING}))?(?:\s+(?:right|correctly))?\b\s*,?"),
            # ... "how many sessions does Zhi count?", "which year does Zhang give?": the
            # writer's counting or dating closing the question.
            # (Not "list": "which players does the passage list" asks for an enumeration.)
            _frame(r"\s(?:do|does|did)\s+", r"\s(?:count|give|date|tally|record)\s*[?.!]*\s*$",
                   rf"{who}\s+(?:count|give|date|tally|record)\s*[?.!]*\s*$"),
            _frame(r"(?:^|[,;]?\s*\b)from\s+what\s+", None, rf"{who}\s+(?:says?|said|writes?|wrote|tells?\s+(?:us|me)|argues?|argued)\b\s*,?"),
            # ... "from Zhi's point of view", "in the writer's eyes".
            _frame(r"(?:^|[,;]?\s*\b)(?:from|in|through)\s+", rf"['’]s?\s+(?:{_VIEWPOINT}|eyes)\b",
                   rf"{who}['’]s?\s+(?:{_VIEWPOINT}|eyes)\b\s*,?"),
            # ... ", Zhi says?" closing the question.
            _frame(r",\s*", rf"\s(?:{VERBS})\s*[?.!]*\s*$", rf"{who}\s+(?:{VERBS})\s*[?.!]*\s*$"),
            # ... or its saying put after the question ("Where has consensus been reached,
            # says China Daily?").
            _frame(rf",\s*(?:{VERBS})\s+", None, rf"{who}\s*[?.!]*\s*$"),
            _frame(rf"(?:^|\s+)\b{_REPORTED_IN}(?:in|from|by)\s+(?:the|this|that|these|those|both|all|each)\s+",
                   rf"(?:{DOCUMENT_NOUNS})\b",
                   rf"(?:(?:{name_alternatives}|[\w'’-]+)\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\b(?:['’]s?\s+{_ITS_TELLING}\b)?,?"),
            # ... "on the author's account", "on the 2016 writer's reading": "on" only with the telling named.
            _frame(r"(?:^|\s+)\bon\s+(?:the|this|that)\s+", rf"['’]s?\s+{_ITS_TELLING}\b",
                   rf"(?:(?:{name_alternatives}|[\w'’-]+)\s+){{0,3}}?(?:{DOCUMENT_NOUNS})['’]s?\s+{_ITS_TELLING}\b,?"),
        ]

    def frame(self, question: str) -> Framed:
        """The question's subject, the documents it names and what it asks for by its structure.

        The names of the documents it names leave the subject (they say which piece, not
        what about), and so do the words that ask for a conclusion or an author; unless
        nothing would be left ("What does the text say about the Daily Post?").
        """
        # Small talk around it ("… what's the first one? thanks") asks nothing: a line
        # asked to be completed is asked at the message's end.
        question = self._one_as_piece(as_completion(without_small_talk(question)))
        question = self._affiliation_asked(question)
        documents = self.named_documents(question)
        # A time that only frames the question (the time of writing, a named piece's own
        # date) says which moment, not what about.
        subject = self.subject(without_time_frame(question, dates=[self._documents[d].date or "" for d in documents]))
        subject = _ORPHAN_COMMA.sub(r"\1 ", subject)
        unnamed = self._without_names(subject, documents) if documents else subject
        if len(documents) > 1:
            # "compare zhi and zhang on hegemony", "how do X and Y differ on …": with the
            # names gone, what is left of comparing them is the frame of their subject.
            unnamed = _WHICH_OF_THEM.sub("", _COMPARED.sub("", _SET_AGAINST_LABEL.sub("", unnamed, count=1), count=1))
            unnamed = _EACH_SAYS.sub(r"\g<wh> ", unnamed, count=1)
        if documents:
            unnamed = _SET_AGAINST.sub("", unnamed, count=1)
        unnamed = _DO_THEY_AGREE.sub("", _BOTH_SAY.sub("", unnamed, count=1), count=1)
        wanted, stripped = asks_and_rest(question, subject=subject, unnamed=unnamed, names_document=bool(documents))
        # Where a named author works is asked of the author: the name stays in its subject
        # ("Where is Smith based?" is not "where is based"); who wrote a piece is not.
        author_place = wanted.author and wanted.only and not wanted.writer
        for candidate in (stripped,) if author_place else (stripped, unnamed):
            candidate = _DANGLING.sub("", " ".join(candidate.split()))
            candidate = without_topic_frame(candidate.strip(" ,;:?!.'’"))
            if has_content(candidate) or (wanted.topic and candidate):
                return Framed(question, candidate, documents, wanted)
        return Framed(question, subject, documents, wanted)

    def asked_of_another_piece(self, question: str) -> str:
        """A question put after a clause on other pieces (_THEN_ASKED: "Zhang talks about
        X; what does the Guangming piece say about Y?", "GT's list vs Zhi's — what's in the
        Global Times list?") asked alone: the clause says what the asker compares it with,
        and would draw the search to those pieces' words."""
        found = _THEN_ASKED.match(question)
        if found is None or _LEANS_BACK.search(found.group("asked")):
            return question
        before, asked = self.named_documents(found.group("before")), self.named_documents(found.group("asked"))
        if not asked or not before - asked:
            return question
        # ... when it names its own subject: "what's in the Global Times list?" leans on the clause's "list of online ills".
        own = [w for w in words_of(self._without_names(self.subject(found.group("asked")), asked)) if w not in EMPTY_WORDS and len(w) > 2]
        return found.group("asked") if len(own) >= _ASKED_OWN_WORDS else question

    def _affiliation_asked(self, question: str) -> str:
        """A premise on where a piece's writer works ("Smith is from the Institute of X,
        right?", _AFFILIATION_CLAIMED) asked as where they work ("Where is Smith from?"):
        the byline settles it, whichever place the premise names; the place, maybe another
        writer's ("the Institute of X" is Jones's), would find that writer's byline. Only
        of a writer, named or called one: "Snowden is from the NSA, right?" is a claim."""
        claimed = _AFFILIATION_CLAIMED.match(question)
        if claimed is None or not asks_to_confirm(question):
            return question
        who = claimed.group("who")
        if not (AUTHOR_NOUN.search(who) or self.named_documents(who, titles_near=False)):
            return question
        return f"Where is {who} from?"

    def _writer_does(self, match: re.Match[str], documents: frozenset[str]) -> str:
        """What is left of a named writer doing something (_WRITER_DOES): the wh-word and
        its noun, and the verb too when the named piece writes that very word and it is
        no verb of saying ("what does ꙮ oppose?" → "what does oppose": the piece's "We oppose
        …" answers it); a verb the piece never writes is the asker's word for its act, and
        goes with its "do" (_without_auxiliary)."""
        verb = match.group("verb")
        phrasal = bool(_PARTICLE.match(match.string, match.end("verb")))  # "put forward", "set out": the writer's act
        if phrasal or _SAYS_SO.fullmatch(verb) or not any(verb.lower() in self._body_words[d] for d in documents):
            return f"{_without_auxiliary(match)} "
        return f"{match.group('asked')} {match.string[match.start('verb') : match.end()]}"

    def _one_as_piece(self, question: str) -> str:
        """The question with "one" standing for a piece its words before name ("the 2022
        one": "2022" alone names no piece) read as a word for a piece, as "the 2022
        article" is, when read so they name other pieces than they do alone; not "one"
        after words naming none ("the other one", "the main one"), nor "one of". Where its
        words name the piece alone ("the guangming one"), the question reads as it did."""
        if not may_hold(question.lower(), ("one",)):
            return question
        for found in _ONE_FOR_PIECE.finditer(question):
            named = found.group("named")
            if self.named_documents(f"{named} {_PIECE}", titles_near=False) != self.named_documents(named, titles_near=False):
                return f"{question[: found.start('one')]}{_PIECE}{question[found.end('one') :]}"
        return question

    def _without_names(self, text: str, documents: frozenset[str] = frozenset()) -> str:
        """The text without the names of documents it holds, and the words that only said
        where the name stood ("in zhang", "(guangming)")."""
        text = self._names_marked(text)
        if _NAME in text and documents:
            dates = [self._documents[d].date or "" for d in documents]
            text = _DATE_BESIDE_NAME.sub(lambda m: f" {_NAME} " if _names_a_date(m, dates) else m.group(0), text)
        text = _WORDS_ON.sub("", _LEFT_BEHIND.sub(" ", " ".join(text.split())).strip(), count=1)
        text = _WRITER_DOES.sub(lambda m: self._writer_does(m, documents), text, count=1)
        text = _DOCUMENTS_VIEW.sub(" ", _WHOSE_TELLING.sub(" ", text, count=1), count=1)
        text = _REFERRED_TO.sub(" ", _PIECE_CHECKED.sub(" ", text, count=1), count=1)
        text = _FROM_THE_DOCUMENT.sub(" ", _TOLD_OF.sub(" ", _WRITER_SAYS.sub(" ", text, count=1), count=1))
        return " ".join(_WRITER_LISTS.sub(r"\g<asked> it ", text, count=1).replace(_NAME, " ").split())

    def subject(self, question: str) -> str:
        """The question without its framing words; the whole question when it is all framing."""
        text = without_asker(question)
        for frame in self._anywhere:
            text = frame.remove(text)
        text = without_lead(text.strip(" ,;:"))
        text = _END_OF_PART.sub("in ", text)
        text = _KIND_OF.sub(r"\g<wh> ", text)
        text = _ROLE.sub(r"\g<actor>", text, count=1)
        text = _WHICH_BODY.sub("who ", text, count=1)
        claim = _CLAIM_TRUE.match(text)
        if claim and has_content(claim.group("claim")):
            text = claim.group("claim")
        stands_for = _STANDS_FOR.match(text)
        named = stands_for and (stands_for.group("name") or stands_for.group("named") or stands_for.group("bare"))
        if named and has_content(named):
            text = named
        text = meaning_asked(text) or text
        for _ in range(FRAME_PASSES):
            # One frame may hold another: "tell me what the texts say about …".
            framed = text
            for frame in self._frames:
                text = frame.remove(text)
            text = text.strip(" ,;:")
            if text == framed:
                break
        text = " ".join(text.split()).strip(" ,;:?!.")
        worded = _WORD_FOR.match(text)
        named = worded and (worded.group("named") or worded.group("before"))
        if named and has_content(named):
            text = named
        text = without_topic_frame(without_trailer(text))
        return text if re.search(r"\w", text) else question.strip()

    def named_documents(self, question: str, *, titles_near: bool = True) -> frozenset[str]:
        """Documents the question names; empty when it names none.

        Names of one kind add up ("Smith or Jones"); kinds narrow each other
        ("the 2022 China Daily article"). ``titles_near``: whether a title recalled
        roughly counts (not for a single term, which a title's words would always hold).
        """
        by_kind: dict[str, set[str]] = {}
        for i in self._names_gate.candidates(question):
            pattern, doc_id, kind = self._names[i]
            # A document named once in a kind needs no other of its names tried.
            if doc_id not in by_kind.get(kind, ()) and pattern.search(question):
                by_kind.setdefault(kind, set()).add(doc_id)
        lowered = question.lower()
        # score_cutoff: a title below it is given up on early (scored 0), in half the time.
        for doc_id, doc in self._documents.items() if titles_near else ():
            if len(doc.title) >= MIN_TITLE_CHARS and fuzz.partial_ratio(doc.title.lower(), lowered, score_cutoff=TITLE_MATCH) >= TITLE_MATCH:
                by_kind.setdefault("name", set()).add(doc_id)
        if not by_kind:
            return frozenset()
        named = set.intersection(*by_kind.values()) or set.union(*by_kind.values())
        return frozenset(self._dated(question, named) if len(named) > 1 else named)

    def _names_marked(self, text: str) -> str:
        """The text with each name of a document it holds put as the name mark (_NAME)."""
        for pattern, _, _ in self._names:
            text = pattern.remove_all(text, by=f" {_NAME} ")
        return text

    def _dated(self, question: str, named: set[str]) -> set[str]:
        """Of several pieces a name fits (an outlet's two), those whose own date is written
        beside it ("Chinese Social Sciences Today, January 2016"); all when none is."""
        text = self._names_marked(question)
        if _NAME not in text:
            return named
        dated = {d for d in named for found in _DATE_BESIDE_NAME.finditer(text) if _names_a_date(found, [self._documents[d].date or ""])}
        return dated or named


def _names_a_date(found: re.Match[str], dates: list[str]) -> bool:
    """Whether a date beside a piece's name (_DATE_BESIDE_NAME) is one of ``dates``
    (ISO "YYYY-MM-DD"): the same year, and month when it names one."""
    year = found.group("year") or found.group("year_after")
    month = found.group("month") or found.group("month_after")
    return any(same_date(year, month, date) for date in dates)


# A need that is only words, or words one or another ("2015", "Zhang|zhang", "U\\.S\\."):
# re.escape's escapes (a backslash before a character that is no letter, digit or
# underscore) and letters, digits, underscores; alternatives split by a bare "|".
_PLAIN_WORD = r"(?:\\[^\w]|[A-Za-z0-9_])+"
_PLAIN_NEED = re.compile(rf"{_PLAIN_WORD}(?:\|{_PLAIN_WORD})*")
_UNESCAPED = re.compile(r"\\(.)")


def _plain_words(need: str) -> tuple[str, ...] | None:
    """The words a need of plain ASCII words (``_PLAIN_NEED``) looks for, in lower case;
    None for any other pattern."""
    if not _PLAIN_NEED.fullmatch(need):
        return None
    return tuple(_UNESCAPED.sub(r"\1", word).lower() for word in re.findall(_PLAIN_WORD, need))


# The last text a need was looked for in, and its lower case (None: not ASCII): the
# framer tries some 90 needs a question, most on the same text.
_last_lowered: tuple[str, str | None] = ("", "")


def _ascii_lowered(text: str) -> str | None:
    """``text`` in lower case when it is all ASCII, else None."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text or last[0] == text:
        return last[1]
    lowered = text.lower() if text.isascii() else None
    _last_lowered = (text, lowered)
    return lowered


class _Lazy:
    """A pattern compiled on first need, and tried only on text that holds what every match
    holds: most questions need few of the framer's patterns, and the big ones (names in
    every alternative) are slow to compile."""

    def __init__(self, source: str, needs: list[str], *, flags: int = re.IGNORECASE):
        """``needs``: patterns that match (case aside) somewhere in any text ``source`` matches."""
        # A need of plain words is looked for as a substring of ASCII text in lower case:
        # the same answer as its pattern's (on ASCII text ignoring case is lowering it),
        # at a tenth of the cost. Any other need is run, on ASCII text only when it holds
        # a word its every match holds (asking.needs): most questions hold none.
        self._checks: list[tuple[tuple[str, ...] | None, re.Pattern | None]] = []
        for need in filter(None, needs):
            words = _plain_words(need)
            if words is not None:
                self._checks.append((words, None))
            else:
                compiled = re.compile(need, re.IGNORECASE)
                self._checks.append((needed_words(compiled), compiled))
        self._source = source
        self._flags = flags
        self._pattern: re.Pattern | None = None

    def _ready(self, text: str) -> re.Pattern | None:
        lowered = _ascii_lowered(text)
        for words, need in self._checks:  # loops, not all() nor any(): this runs ~80 times a question
            if words is not None and lowered is not None:
                for word in words:
                    if word in lowered:
                        break
                else:
                    return None
            if need is not None and need.search(text) is None:
                return None
        if self._pattern is None:
            self._pattern = re.compile(self._source, self._flags)
        return self._pattern

    @property
    def key_words(self) -> tuple[str, ...] | None:
        """The words of its first need of words: an ASCII text holding none (lower case) is
        never matched; None when no need is of words."""
        return next((words for words, _ in self._checks if words is not None), None)

    def search(self, text: str) -> bool:
        pattern = self._ready(text)
        return pattern is not None and pattern.search(text) is not None

    def remove(self, text: str) -> str:
        """The text with the pattern's first match replaced by a space."""
        pattern = self._ready(text)
        return text if pattern is None else pattern.sub(" ", text, count=1)

    def remove_all(self, text: str, *, by: str = " ") -> str:
        """The text with every match replaced by a space (or ``by``)."""
        pattern = self._ready(text)
        return text if pattern is None else pattern.sub(by, text)


class _Gate:
    """Which of many lazy patterns may match a text, told in one look: each of their key
    words (``_Lazy.key_words``) is looked for once, not once for every pattern needing it.
    A question is tried for some 50 names of documents, most needing words no other does
    and the question seldom holds."""

    def __init__(self, patterns: list[_Lazy]):
        self._count = len(patterns)
        self._always: list[int] = []  # patterns with no key words: tried on every text
        self._by_word: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            words = pattern.key_words
            if words is None:
                self._always.append(i)
            for word in words or ():
                self._by_word.setdefault(word, []).append(i)

    def candidates(self, text: str) -> list[int]:
        """The patterns (their places in the list, in order) that may match ``text``."""
        lowered = _ascii_lowered(text)
        if lowered is None:
            return list(range(self._count))
        found = set(self._always)
        for word, patterns in self._by_word.items():
            if word in lowered:
                found.update(patterns)
        return sorted(found)


def _without_auxiliary(match: re.Match[str]) -> str:
    """What a writer's act (_WRITER_DOES) leaves asked once its verb is gone: the wh-word
    and its noun without the "do" that carried the verb ("what event does ꙮ say raised X"
    → "what event"); nothing of a bare "what", "how" or "why" ("how does ꙮ ground X in
    Y" → "X in Y"). A modal or a negation stays: it says what is asked; so does a count's
    "do" ("how many communities does ꙮ want built" counts what the piece does, not what
    was built: answer_kinds reads the count in the clause)."""
    aux = match.group("aux")
    if aux is None or not _DO.fullmatch(aux) or _COUNT.match(match.group("wh")):
        return match.group("asked")
    if _BARE_WH.fullmatch(match.group("wh")):
        return match.string[match.start("asked") : match.start("wh")]
    return match.string[match.start("asked") : match.end("wh")]


def _frame(head: str, needs: str | None, rest: str) -> _Lazy:
    """A framing pattern: ``head`` (how a match begins) + ``rest``; ``needs``: what else a text must hold."""
    return _Lazy(head + rest, [head, needs or ""])


def _described_title_source(title: str) -> str:
    """A piece called by what it is on, in words of its title ("the essay on a shared
    future in cyberspace" for "Jointly Build a Community with a Shared Future in
    Cyberspace"): "on" or "about", then MIN_TITLE_WORDS_DESCRIBED of those words or more
    with small words between; "" for a title with fewer words of its own."""
    own = sorted({w for w in words_of(title) if len(w) > 2 and w not in EMPTY_WORDS}, key=lambda w: (-len(w), w))
    if len(own) < MIN_TITLE_WORDS_DESCRIBED:
        return ""
    word = rf"(?:{'|'.join(own)})(?:s|ing|ed)?"
    return rf"(?:on|about)\s+{_DESCRIPTION_GLUE}{word}(?:\s+{_DESCRIPTION_GLUE}{word}){{{MIN_TITLE_WORDS_DESCRIBED - 1},}}\b"


def _phrase_source(name: str) -> str:
    words = [re.escape(w) for w in words_of(name)]
    return r"['\"‘“]?\b" + r"\W+".join(words) + r"(?:['’]s)?\b['\"’”]?"


def _phrase_pattern(name: str) -> _Lazy:
    """A name or title, word for word, perhaps in quotation marks."""
    words = words_of(name)
    return _Lazy(_phrase_source(name), [re.escape(words[0]) if words else ""])


def _title_opening_pattern(title: str) -> _Lazy | None:
    """A piece called by the opening words of its title, at least MIN_TITLE_OPENING_WORDS
    of them, before a word for a document ("in the Joint efforts urgently needed piece"):
    a title half-remembered as its asker recalls it, from the start. None for a title of
    no more words: the whole title names its piece already (_phrase_pattern)."""
    words = [re.escape(w) for w in words_of(title)]
    if len(words) <= MIN_TITLE_OPENING_WORDS:
        return None
    opening = r"\W+".join(words[:MIN_TITLE_OPENING_WORDS])
    rest = ""  # each further word of the title, only after the one before it
    for word in reversed(words[MIN_TITLE_OPENING_WORDS:]):
        rest = rf"(?:\W+{word}{rest})?"
    return _Lazy(rf"['\"‘“]?\b{opening}{rest}['\"’”]?\s+(?:{DOCUMENT_NOUNS})\b", [words[0]])


def _single_names_source(words: list[str]) -> str:
    """Any of the words as a name (``_single_name_pattern``), in one group."""
    capitalised = "|".join(re.escape(w) for w in words)
    lower = "|".join(re.escape(w.lower()) for w in words)
    return rf"\b(?:(?:{capitalised})(?:['’]s)?\b|(?:{lower})(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b)"


def _initials_pattern(initials: str) -> _Lazy:
    """An outlet's initials in capitals before a word for a document ("the GT op-ed"), as
    a label opening the question ("CD: how …") or after a word saying whose ("per CD")."""
    name = re.escape(initials)
    return _Lazy(
        rf"\b{name}(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b|^\W*{name}(?:\s+\d{{4}})?\s*(?::|\s[-–—]\s)"
        rf"|\b(?:[Pp]er|[Ii]n|[Ff]rom|[Bb]y|[Aa]ccording\s+to)\s+{name}\b(?!['’]?\w)"
        # ... or saying something, as a writer is ("GM says …", "did CD call …", "GT 2020 describes").
        rf"|\b{name}(?:\s+\d{{4}})?\s+(?:{VERBS}|wants?|calls?|called|puts?)\b|\b(?:[Dd]oes|[Dd]id|[Dd]o)\s+{name}(?=\s+[a-z])",
        [name],
        flags=0,
    )


def _piece_called_pattern(words: str) -> _Lazy:
    """A piece called by what sets it apart among the texts ("the long one", "the poem
    piece", "the one with the poem"): ``words`` an alternation of how."""
    return _Lazy(rf"\b(?:the|that)\s+(?:{words})\b", [r"\bthe\b|\bthat\b"])


def _pieces_set_apart(documents: dict[str, Document]) -> list[tuple[str, str]]:
    """How a reader may call a piece that stands out among the texts: the longest, when
    clearly longer than the rest ("the long essay"); the shortest, when clearly shorter;
    the one piece holding a poem ("the poem article", "the one with the little poem")."""
    called = []
    piece = rf"(?:{DOCUMENT_NOUNS}|one)"
    lengths = sorted((len(doc.body.split()), doc_id) for doc_id, doc in documents.items())
    if len(lengths) >= 2 and lengths[-1][0] >= STANDS_OUT * lengths[-2][0]:
        called.append((rf"(?:very\s+)?long(?:est)?\s+{piece}", lengths[-1][1]))
    if len(lengths) >= 2 and STANDS_OUT * lengths[0][0] <= lengths[1][0]:
        called.append((rf"(?:very\s+)?short(?:est)?\s+{piece}", lengths[0][1]))
    poems = [doc_id for doc_id, doc in documents.items() if layout(doc).verses]
    if len(poems) == 1:
        verse = r"(?:poem|verse|rhyme)"
        called.append(
            (rf"{verse}\s+{piece}|{piece}\s+(?:with|that\s+(?:has|had|opens\s+with|starts\s+with))\s+(?:the|a)\s+(?:[\w-]+\s+)?{verse}", poems[0])
        )
    return called


# What a writer does with a question's subject: "what does zhi say / argue about …",
# "which companies does zhi name", "what evidence does guangming give", "zhang quotes him".
_SAYING = (
    "say|think|write|argue|claim|believe|mention|suggest|conclude|propose"
    "|want|name|list|blame|rate|give|include|quote|call|describe|see|mean|compare|cite"
    r"|bring\s+up|point\s+out"
)


def _single_name_pattern(word: str, *, anywhere: bool = False) -> _Lazy:
    """``Smith``, ``Smith's``, or ``smith article``, ``smith's``, ``according to smith``,
    ``what does smith say``: a name, not a word that looks like one. With ``anywhere``,
    ``smith`` alone too: a word that is nothing but the name."""
    escaped = re.escape(word)
    lower = re.escape(word.lower())
    # "zhangs article": its apostrophe left out.
    alone = rf"|{lower}(?:['’]?s)?(?:\s+(?:{DOCUMENT_NOUNS}))?\b" if anywhere else ""
    return _Lazy(
        rf"\b(?:{escaped}(?:['’]s)?\b|{lower}(?:['’]s)?\s+(?:{DOCUMENT_NOUNS})\b|{lower}['’]s\b|according\s+to\s+{lower}\b"
        rf"|(?:does|did)\s+{lower}\s+(?:{_SAYING})\b|{lower}\s+(?:{_SAYING})s\b{alone})",
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
        bylines[doc_id] = set().union(*(words_of(sentences[p].text) for p in positions)) - set(words_of(doc.author or ""))
        elsewhere.update(w for s in sentences if s.position not in positions for w in words_of(s.text))
    return {doc_id: {w for w in words if w not in elsewhere and len(w) >= 3 and not AUTHOR_NOUN.match(w)} for doc_id, words in bylines.items()}


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
    "the Fudan article", "the article by the Institute of Law researcher"; as whom the
    question closes on ("why is X such a big deal for the Fudan researcher?"); as who does
    what the question asks of, whatever the verb ("why does the Fudan director lump X in
    with Y"): a person the byline describes."""
    alternatives = "|".join(re.escape(w) for w in words)
    person = rf"(?:{alternatives})\s+{PERSON_NOUNS}\b"
    return _Lazy(
        rf"\b(?:(?:according\s+to|as\s+per)|(?:{DOCUMENT_NOUNS})\s+(?:by|from))\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{alternatives})\b"
        rf"|\bfor\s+the\s+{person}(?=\W*$)"
        rf"|(?:(?<=\bdoes\s)|(?<=\bdid\s))the\s+{person}"
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
        # (The piece's possessive goes with it: "the 2022 piece's idea of X" asks of X.)
        # Not a report of someone else's ("the 2015 consensus report of the UN GGE").
        rf"{when}\s+{gap}(?:{DOCUMENT_NOUNS})\b(?!\s+of\s+(?:the|a|an)\b)(?:['’]s\b)?|\b(?:{DOCUMENT_NOUNS})\s+(?:(?:from|of|in|published\s+in|written\s+in|dated)\s+){when}\b",
        [year],
    )

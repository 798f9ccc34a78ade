"""Kinds of answer: what a question asks for by its first words (a time, a number, a
place, countries, an office-holder, who led, a reaction, a passive event, a yes or no)
and whether a passage gives it. English, not any corpus; the abstention evidence
(coverage.py) reads them."""

from __future__ import annotations

import functools
import re

from ..texts.passages import list_lengths
from .abstention import FUNCTION_WORDS, listed_only
from .asking.words import BE_FORMS, DOCUMENT_NOUNS, HAVE_FORMS, MONTH_ABBREVIATIONS, MONTHS, QUESTION_AUXILIARIES, QUESTION_WORDS
from .names import country_names, demonyms

# What a question asks for by its first words, and the words a passage gives it with: a
# time (a year, a month, "century", "ago"), a number (digits or number words: "one-fourth"
# holds "one"), a place ("in", "at" or "from" before a name) or countries (named, as the
# gazetteer in names.py knows them, or picked out: names_countries). English, not any
# corpus.
_WHEN = r"when|what year|which year|in (?:what|which) year|since when"
# The auxiliaries a question asks with ("how much does …", "how did …"): QUESTION_AUXILIARIES
# but "should", without which these rules were measured.
_AUXILIARY = rf"do|does|did|{BE_FORMS}|{HAVE_FORMS}|will|would|can|could"
# "How much" before a verb of change or effect asks how far, answered in words ("How
# much had the internet changed the way people live?": "radically altered"), not a
# number: within a few words of an auxiliary.
_CHANGE_VERBS = (
    "change|changed|changes|alter|altered|transform|transformed|affect|affected|affects|influence|influenced|"
    "shape|shaped|impact|impacted|matter|mattered|matters|help|helped|helps|hurt|harm|harmed|benefit|benefited|"
    "benefitted|improve|improved|evolve|evolved|progress|progressed|advance|advanced|contribute|contributed|"
    # ... and of spreading: "how much have digital technologies spread through the economy".
    "spread|spreads|penetrate|penetrated"
)
# Words that open a clause's subject, which no amount is named by.
_CLAUSE_SUBJECT = "(?:the|these|those|this|that|they|it|he|she|we|you|people|their|its|his|her|our)"
_DEGREE_ASKED = rf"(?:{_AUXILIARY})\b(?:\s+\S+){{1,6}}?\s+(?:{_CHANGE_VERBS})\b"
_ASKED_KINDS = (
    ("time", re.compile(rf"(?:{_WHEN}|how long)\b", re.IGNORECASE)),
    # "How much importance …" asks how highly, not how many; "How much had the internet
    # changed …" how far (_DEGREE_ASKED), and so does "how much" before a clause's
    # subject ("how much these sites sway what people think", "how much they matter").
    ("number", re.compile(rf"how (?:many|much(?!\s+(?:importance|attention|emphasis|weight|priority|significance|heed)\b)(?!\s+{_DEGREE_ASKED})(?!\s+{_CLAUSE_SUBJECT}\b))\b", re.IGNORECASE)),
    ("place", re.compile(r"where\b", re.IGNORECASE)),
    # Which countries do or are something ("Which countries are members of …"): a
    # passage answers by naming them, or by picking some out ("some countries are doing
    # whatever they prefer"); in which countries something happened asks for a place,
    # answered only by a country named.
    ("country place", re.compile(r"(?:in|from) (?:which|what) (?:countries|country|nations|nation)\b", re.IGNORECASE)),
    ("countries", re.compile(r"(?:which|what) (?:countries|nations)\b", re.IGNORECASE)),
    ("country", re.compile(r"(?:which|what) (?:country|nation)\b", re.IGNORECASE)),
)
_TIME_WORDS = frozenset("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    century centuries decade decades year years era ago since recently
    """.split())
_NUMBER_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred hundreds thousand thousands million millions billion billions
    dozen dozens half
    few several
    """.split())
_TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries".split())
_YEAR = re.compile(r"(?:1\d|20)\d\ds?")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_COUNTRY_KINDS = ("country place", "countries", "country")
# A date's numbers ("On September 8", "Dec. 16-18", "in 2014"): when, not how many.
_MONTHS = "|".join(dict.fromkeys((*MONTHS, *MONTH_ABBREVIATIONS)))
_DATE_NUMBERS = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?!\w)|\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTHS})\b"
    r"|\b(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at|from)\s+(?:the\s+)?([A-Z]\w+)")


# A clause of time or condition opening a question before the question proper ("When
# major incidents happen, how does … propose they be dealt with?", "When the article
# lists what we oppose, what does it come out against?"): it sets when, and the
# question asks what follows the comma. Not "When did …, and who …": an auxiliary after
# "when" makes it the question.
_CLAUSE_OPENING = re.compile(
    rf"^\W*(?:when|whenever|while|once|as soon as|by the time)\s+(?!(?:{QUESTION_AUXILIARIES})\b)"
    # ... not "when" after the comma, which sets another time ("When …, when …").
    rf"[^,?;]{{3,}}?,\s*(?:and\s+)?(?:(?!when\b)(?:{QUESTION_WORDS})|(?:in|on|to|by|for|from|with)\s+(?:what|which|whom))\b",
    re.IGNORECASE,
)


# A line typed with a blank for what the asker half remembers ("… forms of government
# and ...?", "a threat to ___ security"): the asker asks for the missing words.
_BLANK = r"(?:_{2,}|\.{3,}|…)"
# ... opening with a clause word the line holds ("When they violate internal affairs,
# they criticize … and ...?"): it asks for the blank, no time; not "when" before an
# auxiliary ("When did … ___?"), which asks when.
_CLAUSE_BEFORE_BLANK = re.compile(
    rf"^\W*(?:when|whenever|while|once|as soon as|by the time)\s+(?!(?:{QUESTION_AUXILIARIES})\b)[^?]*?{_BLANK}",
    re.IGNORECASE,
)
# "When" before a statement closing on a participle and an "and" ("When the
# Research Center was set up, and what is its director's name?") asks it, in the word
# order learners ask in: the "and" joins two asks.
_STATED_TIME_ASK = re.compile(r"^\W*when\s+[^,?;]+?\s+(?:is|was|are|were)\s+(?-i:[a-z]{2,}(?:ed|en)|set|held|built|made|begun)(?:\s+up)?\s*,\s*and\b", re.IGNORECASE)


def opens_with_clause(question: str) -> bool:
    """Whether ``question`` opens with a clause of time before what it asks ("When major
    incidents happen, how does the essay propose they be dealt with?") or before the blank
    it asks to fill (``_CLAUSE_BEFORE_BLANK``): its "when" asks no time."""
    if _CLAUSE_BEFORE_BLANK.match(question):
        return True
    return bool(_CLAUSE_OPENING.match(question)) and not _STATED_TIME_ASK.match(question)


# "Where" asking of a relation, not a place: where two things meet or overlap ("Where do
# the Internet's benefits and its dangers meet?": "At the intersection of the two is
# …"), where a thing fits or stands in or on another ("Where does the 2017 paper fit in
# the bigger plans?", "Where does the writer stand on X?"), where someone sees room or
# scope for something ("Where does X see room for countries to act?": in fields of
# work; "where is there room for …", and what is left of it once a writer's "see" went
# with their name: "where does room for …"). Present tense only: "where did the two
# leaders meet" asks a place.
_RELATION_VERBS = "fit|fits|meet|meets|intersect|intersects|overlap|overlaps|converge|converges|stand|stands"
_ORIGIN_VERBS = "come|comes|came|stem|stems|stemmed|derive|derives|derived|spring|springs|sprang"
_FIGURATIVE_WHERE = re.compile(
    # ... asked indirectly too ("where the 2017 document fits in China's plan", "where
    # China stands on X"), without the auxiliary: "fit" and "stand" ask no place whoever says them.
    r"where(?=(?:\s+(?!(?:do|does|did|is|are|was|were|can|could|would|will|should)\b)\S+){1,12}?\s+"
    r"(?P<indirect>fit|fits|stand|stands)(?:\W*$|\s+(?:in|into|on|with|within|among)\b))"
    rf"|where\s+(?:do|does|is|are|can|could|would|will|should)\b(?=\s+(?:there\s+)?(?:any\s+|more\s+|the\s+)?(?P<room>room|scope|potential)\s+for\b|(?:\s+\S+){{1,12}}?\s+"
    rf"(?:(?P<relation>{_RELATION_VERBS})(?:\W*$|\s+(?:in|into|on|with|within|among|between|together)\b)"
    r"|(?:see|sees|find|finds)\s+(?:any\s+|more\s+|the\s+)?(?P<seen>room|scope|space|potential|need|chances?|opportunit(?:y|ies))\b"
    # ... and "where does the idea of X come from" asks its origin, which a passage gives
    # as a source ("as enshrined in the UN Charter"), not a place.
    rf"|(?P<origin>{_ORIGIN_VERBS})\s+from\b))"
    # ... and where people agree ("where have countries already agreed to cooperate",
    # "where do they agree"): on what, which a passage tells as the fields of consensus.
    # Not where they agreed to meet or gather: a place.
    r"|where\s+(?:do|does|have|has|can|could)\s+(?:\S+\s+){1,4}?(?:already\s+)?"
    r"(?P<agreed>agree|agreed|disagree|disagreed)\b(?!\s+to\s+(?:meet|gather|hold|host|convene))",
    re.IGNORECASE,
)


def relation_words(subject: str) -> tuple[str, ...]:
    """The words by which "where" asks of a relation (_FIGURATIVE_WHERE: "fit" in "where
    does X fit in Y", "room" in "where is there room for X"), lower-cased: they ask how
    things stand, which a passage tells in its own words ("the first step in …"), so
    they are never the subject's weakest word; () for any other subject."""
    match = _FIGURATIVE_WHERE.match(subject.lstrip())
    return tuple(w.lower() for w in match.groups() if w) if match else ()


# "Where" asking for a place in the texts, not in the world: where a piece speaks of
# something ("Where does the text bring up the North-South gap?", "Where is the internet
# described as a new kind of space?", "Where is Xi quoted …", "Where in the article
# …"), answered by the passage that does, which need name no place. The verb within
# a few words of "where", as the question's own: "Where did the President give the
# speech the writer mentions?" asks a place.
_WHERE_IN_TEXTS = re.compile(
    rf"where\b(?=\s+in\s+(?:the|this|that|these|those|their|its|his|her)\s+(?:{DOCUMENT_NOUNS})\b"
    r"|(?:\s+\S+){0,5}?\s+(?:address(?:es|ed)?|discuss(?:es|ed)?|mention(?:s|ed)?|describe[sd]?|raise[sd]?|"
    r"quote[sd]?|cite[sd]?|call(?:s|ed)?|talk(?:s|ed)?\s+about|refer(?:s|red)?\s+to|touch(?:es|ed)?\s+(?:on|upon)|"
    r"(?:bring|brings|brought|come|comes|came|turn|turns|turned)\s+up)\b)",
    re.IGNORECASE,
)


def asks_where_in_texts(subject: str) -> bool:
    """Whether the subject's "where" asks where the texts speak of something (_WHERE_IN_TEXTS)."""
    return bool(_WHERE_IN_TEXTS.match(subject.lstrip()))


def asked_kind(subject: str) -> str | None:
    """"time", "number", "place", "country place", "countries" or "country" when the
    subject opens by asking for one ("When did …", "How many …", "Where is …", "In which
    countries …", "Which countries …", "Which country …"), else None. "Where" asking of
    a relation (_FIGURATIVE_WHERE: "where do X and Y meet") asks for no place."""
    text = subject.lstrip()
    kind = next((kind for kind, opening in _ASKED_KINDS if opening.match(text)), None)
    return None if kind == "place" and (_FIGURATIVE_WHERE.match(text) or _WHERE_IN_TEXTS.match(text)) else kind


# "Since when …" asks from what point, which an event may mark as well as a date: "The
# issue has become significant since the US PRISM program was uncovered".
_SINCE_WHEN = re.compile(r"\W*since\s+when\b", re.IGNORECASE)
# So does "when" asking when a state set in ("When did cybersecurity become such a big
# deal?", "when did online security start to matter", "when did it turn into a
# problem"): what it has been since, an event may mark as well as a date. Not when
# something was done or held ("when did Xi propose …"), which a date answers.
_STATE_VERBS = r"become|became|(?:get|got|grow|grew)\s+(?:more|less|so|such|too|very|[a-z]+er)|turn(?:ed)?\s+into|come\s+to\s+be|came\s+to\s+be|(?:start|began|begin)(?:ed)?\s+to\s+(?:be|matter)"
_WHEN_IT_BECAME = re.compile(
    rf"\W*(?:from\s+)?when\s+(?:(?:did|has|have|had)\s+)?(?=(?:[\w'’-]+\s+){{1,6}}?(?:{_STATE_VERBS})\b)", re.IGNORECASE
)
_SINCE_EVENT = re.compile(r"\b(?:ever\s+)?since\s+(?:the|a|an|its|their|his|her|this|that)\s", re.IGNORECASE)


def dates_from_an_event(text: str) -> bool:
    """Whether ``text`` says what something has been so since an event ("… has become
    significant since the US PRISM program was uncovered"): an answer to "since when"."""
    return bool(_SINCE_EVENT.search(text))


# The asker's guess at the answer, after the ask: "… take off? was it the second half of
# the 20th century?", "when was it? I think it was in september 2020", "— after the US spy
# program came out?", "I assumed the 90s". It offers an answer to confirm; the texts'
# answer may well hold its words, and is no less an answer for that.
_GUESS = re.compile(
    r"(?:[?.!;]\s*|,\s+|\s[-–—]\s*)(?:or\s+)?(?:(?:i\s+)?(?:think|thought|assumed?|guess|guessed|believe|reckon|suppose)\b"
    r"|(?:was|is|were|are|did)\s+(?:it|that|this|they)\b|maybe\b|perhaps\b|probably\b|(?:after|before|since)\s+(?:that|the)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
# The unit a question asks its answer in ("which part of which century", "in what year"):
# asked for, not a time the question holds.
_ASKED_UNIT = re.compile(r"\b(?:which|what)\s+(\w+)", re.IGNORECASE)


def without_guess(asked: str) -> str:
    """``asked`` without the asker's guess at the answer after its ask (_GUESS), unless
    nothing would be left."""
    bare = _GUESS.sub("", asked)
    return bare if bare.strip() else asked


def _own_words(asked: str) -> set[str]:
    """The words ``asked`` holds itself, which a text answering it gives nothing by: not
    the asker's guess, nor the unit it asks in."""
    asked = without_guess(asked)
    return set(re.findall(r"\w+", asked.lower())) - {m.group(1).lower() for m in _ASKED_UNIT.finditer(asked)}


def gives_kind(kind: str, text: str, *, asked: str) -> bool:
    """Whether ``text`` holds a time, number, place or countries that the question
    ``asked`` does not hold itself: "When did the Cold War end?" is not answered by a
    passage naming the Cold War and no date, "Which countries are members of ASEAN?" by
    one naming ASEAN beside China alone."""
    if kind in _COUNTRY_KINDS:
        return names_countries(kind, text, asked=asked)
    own = _own_words(asked)
    if kind == "place":
        return any(name.lower() not in own for name in _PLACE.findall(text))
    if kind == "number":
        text = _DATE_NUMBERS.sub(" ", text)
    given = [w.lower() for w in re.findall(r"\w+", text) if w.lower() not in own]
    if kind == "time":
        if (_SINCE_WHEN.match(asked) or _WHEN_IT_BECAME.match(asked)) and _SINCE_EVENT.search(text):
            return True  # "since when …" is answered by what it dates from: "since the program was uncovered"
        return any(w in _TIME_WORDS or _YEAR.fullmatch(w) for w in given)
    return any(w in _NUMBER_WORDS or w.isdigit() for w in given)


# Nouns after "how much" that ask an amount ("How much money has the bank invested?").
_AMOUNTS = (
    "money|cash|capital|funding|funds|investment|revenue|revenues|profit|profits|income|tax|taxes|ransom|budget|"
    "debt|cost|costs|spending|data|traffic|bandwidth"
)
# Outcomes a yes-or-no question may ask of, each by the words English tells it with
# (irregular forms too: "fled", "caught"); a sentence telling one tells it in one of
# them. ("fine" is as often "all is fine": only "fined". Not whether something was
# restored or blocked: "has trust between great powers been restored" and "is
# interfering in others' affairs forbidden" are claims the texts settle in their own
# words — "distrust between great powers", "no country should … interfere".)
_OUTCOMES = tuple(tuple(words.split()) for words in (
    "flee flees fled fleeing escape escaped defect defected asylum",
    # (cases "solved" and "enforcements" with other countries tell criminals caught)
    """catch caught arrest arrested detain detained jail jailed prison imprisoned extradite extradited
    solve solved enforcement enforcements crackdown""",
    "punish punished punishment penalty penalties penalise penalised penalize penalized fined sanction sanctioned",
    "sue sued lawsuit prosecute prosecuted prosecution convict convicted",
))
# Whether someone went somewhere ("did snowden go to russia", "did he run off to
# Russia?"): told by a sentence of him going there, not one naming the place beside him
# in a list of countries accused. Asked so only of a bare place closing the question:
# "did china go to the world summit …" asks whether it took part, which the texts tell
# in words of their own ("not absent from any session").
_MOVES = tuple("go goes went gone run ran move moved relocate relocated travel travelled traveled".split())
# The words a theme is given with ("themed", "under a theme of", "its motto").
_THEME_WORDS = ("theme", "motto", "slogan")
# Adverbs after "what does it do" that ask the same ("exactly", "actually").
_ACTIVITY_ADVERBS = "exactly|actually|really|now|today|nowadays"
# What is done, asked of by its kind ("what research does the Fudan center do", "what
# work does the Internet Society do"): the same ask as "what does … do".
_ACTIVITY_NOUNS = "work|research|job|jobs|task|tasks|activities|business"
# The most words between "what does" and "do": a name of seven words and an adverb.
_ACTIVITY_NAME_WORDS = 8
# Not what someone "should" or "must" do ("What does the section … say China should
# do?"): what is asked of it, which a passage says in words of its own.
_NOT_AFTER_A_MODAL = "".join(rf"(?<!\s{modal})" for modal in ("should", "must", "can", "could", "would", "will", "shall", "might", "may"))
# The words of "the … do" that name nothing.
_ARTICLES_AND_DO = frozenset(("the", "a", "an", "do", "does", "did", *_ACTIVITY_ADVERBS.split("|")))
# A past participle: a passive event ("chosen", "banned", "recovered"). English verbs
# make it with -ed or -en; the words ending so that are no verbs are excluded.
_NOT_PARTICIPLES = "between|often|even|open|seven|eleven|citizen|children|women|men|garden|kitchen|golden|hidden|token|heaven|listen"
# Lower case only: a name ending so ("Wuzhen", "Sweden") is none.
_PARTICIPLE = rf"(?!(?:{_NOT_PARTICIPLES})\b)(?-i:[a-z]{{2,}}(?:ed|en))"
# A participle standing for the whole ask after "where" or "when" ("where held", "when
# founded"): the regular ones, and the irregular ones a place or time is asked of.
_BARE_PARTICIPLE = rf"(?:{_PARTICIPLE}|held|built|born|made|begun|set\s+up)"
# What may follow the participle of an event asked of ("chosen to host", "banned from",
# "hacked by").
_EVENT_AFTER = "to|by|from|in|at|for|as|over|with|after|before|during|so"
_EVENT = rf"({_PARTICIPLE})(?:\s+(?:{_EVENT_AFTER})\b|\W*$)"
# Participles that tell a state or a view, not something done ("Why is self-defence
# needed?" is answered by "… are necessary").
# Nor do the participles a text is pointed into with ("Why is sovereignty emphasized in
# the texts?", "described as …"): the texts' words for it are their own.
_STATES = (
    "needed|required|considered|regarded|seen|called|deemed|supposed|expected|justified|used|based|related|concerned|"
    "involved|linked|connected|interested|worried|given|known|thought|believed|viewed|"
    "described|labeled|labelled|termed|named|referred|portrayed|characterized|characterised|defined|mentioned|discussed|"
    "emphasized|emphasised|stressed|highlighted|cited|quoted|raised|included|written|presented|framed|treated|explained|pitched|touted|billed"
)
# Words before a participle that make it an adjective ("Why is the world so divided?",
# "Why is China well placed to lead …?": a state, told in other words, "the country with
# the largest number of internet users").
_DEGREE = "so|very|too|more|less|increasingly|still|now|not|being|well|better|best|ill|badly|poorly|uniquely|ideally"


# What a question asks for so plainly that a passage without it does not answer it,
# however much of the rest it holds: a count ("how many", "how much does …"), a duration
# ("how long"), a time, where something is, the holder of an office, who led something,
# a reaction, or a passive event asked why or whether it happened. Stricter than
# asked_kind: a year, a day of a month or a lone "one" ("One was the Sept. 11 attacks")
# is no count, a date no duration.
# Something done to a name, in the passive, and what it was done to, for or by ("was
# Wuzhen chosen to host", "Is Twitter blocked in China"): asked why (an event) or whether
# (a claim), in _ASKED_PLAINLY.
_DONE_TO_A_NAME = (
    rf"(?:is|was|are|were)\b(?=\s+(?:the\s+|a\s+|an\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?!(?:{_DEGREE})\b)\S+){{0,3}}?\s+(?!(?:{_STATES})\b)({_PARTICIPLE})\s+(?:{_EVENT_AFTER})\b)"
)
# The offices a question asks the holder of ("who is the director of …").
_OFFICES = "president|head|chair|chairman|chairwoman|director|director-general|founder|ceo|chief executive|secretary-general|minister|ambassador|premier"
# The nouns an organisation's name ends or turns on ("Research Center", "Chinese Academy
# of Social Sciences", "Cyberspace Administration"): what an office is of, not who holds it.
_BODIES = (
    "center|centre|centers|university|institute|academy|administration|ministry|department|bureau|agency|society|"
    "association|organization|organisation|council|committee|commission|forum|conference|office|corporation|company|"
    "foundation|school|college|party|congress|assembly|union|court|bank|fund|summit|network|group|expo"
)
_BODY = re.compile(rf"(?:{_BODIES})", re.IGNORECASE)
# A blank to fill in a line as the asker half remembers it ("liu xiaoming was the target
# of ___ defamation?"): a run of underscores.
_BLANK = r"_{2,}"
_ASKED_PLAINLY = (
    # A blank asks for the word the line gives in its place: the line itself answers,
    # holding the words the asker writes beside the blank (blank_neighbours).
    ("blank", re.compile(rf"(?=.*?{_BLANK})")),
    # ("How long ago was …" asks when: a date answers it.)
    ("duration", re.compile(r"how long\b(?!\s+ago\b)", re.IGNORECASE)),
    # ... or after "for", closing a statement as learners ask it ("Liu Xiaoming was
    # ambassador in UK for how many years?").
    ("duration", re.compile(rf"for how (?:many|much) (?:{'|'.join(sorted(_TIME_UNITS))})\b|for how long\b", re.IGNORECASE)),
    # "Where and when was … held" asks a time as plainly (and a place: a sentence giving
    # the time of what it names gives where, as a rule, beside it).
    # "Since when …" asks from what point: a date, or an event it dates from (_SINCE_EVENT).
    ("since", re.compile(r"since when\b", re.IGNORECASE)),
    # ... and so does "when" asking when a state set in (_WHEN_IT_BECAME).
    ("since", _WHEN_IT_BECAME),
    ("time", re.compile(rf"(?:(?:where|who) and )?(?:{_WHEN}|how long ago)\b", re.IGNORECASE)),
    # The same asked for by a noun, as a request puts it ("Identify the year in which …",
    # "Please provide the number of countries …", "any figures for the bank's lending",
    # "the host cities of …"): a count, a time or a place as plainly.
    ("time", re.compile(r"(?:the |which |what )?(?:exact |precise )?(?:year|date|month) (?:in which|on which|when)\b", re.IGNORECASE)),
    ("count", re.compile(r"(?:the |what )?(?:total |exact )?number of\b|(?:any |the )?(?:figures?|statistics) (?:for|on)\b", re.IGNORECASE)),
    # ... or figures asked for as evidence ("What numbers does Zhi give to show X?", "any
    # numbers to show X", "what stats can I quote about X").
    ("count", re.compile(r"(?:what|which|any) (?:hard |actual )?(?:numbers|figures|statistics|stats)\b|(?:numbers|figures|statistics|stats) (?:to show|showing|that show|proving|about|on)\b", re.IGNORECASE)),
    # Which article or clause of a charter, convention or law ("Which article of the UN
    # Charter …"): its number, as plainly; a sentence naming the charter gives none.
    ("count", re.compile(r"(?:which|what) (?:article|clause)s? (?:of|in) (?:the )?(?=(?:\S+\s+){0,4}?(?-i:(?:Charter|Convention|Constitution|Treaty|Covenant|Declaration|Law|Act|Code))\b)", re.IGNORECASE)),
    ("place", re.compile(r"(?:the |which |what )?(?:host )?(?:city|cities|venue|venues) (?:of|where|in which)\b", re.IGNORECASE)),
    # "How much money has …" asks an amount as plainly as "how much does …"; "how much
    # progress has …", "how much trust is there …" ask how far, answered in words
    # ("playing an active part", "distrust"): only the nouns of money and measure
    # (_AMOUNTS) ask a number.
    # (The noun of money asks an amount in any word order: "How much money AIIB lend …",
    # "How much money the bank has lent …".)
    # How common or how often something is ("how common is online shopping fraud", "how
    # often is the Expo held"): a count, or a word of frequency (_FREQUENCY), answers it;
    # a sentence naming the thing among others does not.
    ("frequency", re.compile(r"how (?:common|commonplace|widespread|prevalent|frequent|frequently|often|rampant)\b", re.IGNORECASE)),
    ("count", re.compile(rf"how many\b|how much (?:(?:{_AMOUNTS})(?:\s+(?:{_AUXILIARY}))?\b|(?!{_DEGREE_ASKED})(?:{_AUXILIARY})\b)", re.IGNORECASE)),
    # Where something is or was ("Where are China's data centers?"), not where it comes
    # from or is going ("Where is cyberspace heading?"), nor where something happens
    # ("Where have countries reached consensus?").
    ("place", re.compile(r"where (?:is|are|was|were)\b(?!.*\b(?:from|going|heading|headed|leading)\W*$)", re.IGNORECASE)),
    # ... or "where" before a participle alone, after the topic ("internet governance
    # forum where held", "… where based").
    ("place", re.compile(rf"where\s+(?={_BARE_PARTICIPLE}\W*$)", re.IGNORECASE)),
    # Where someone went ("Where did Edward Snowden go after …"): a place too; not where
    # a thing comes from or fits. (Not where someone works: the texts answer "where does
    # the author work" with a post, "director at …", in a sentence the top windows may
    # not hold.)
    # ... or where someone stayed or sought asylum ("where did he take asylum", "where
    # did he end up living"), or where people met ("where did it meet": a sentence
    # telling it met, _GATHERINGS).
    ("place", re.compile(
        r"where (?:did|does|do) (?:\S+ ){1,4}?(?:go|flee|move|travel|settle|live|hide|stay|end up|meet|convene|gather|take place|(?:take|took|seek|sought|get|got|claim|claimed) asylum)\b",
        re.IGNORECASE,
    )),
    # A place asked for by its kind ("Which cities hosted …", "In which city was … held"):
    # a sentence naming no place does not answer it.
    # ("In which American city …": one word may say what kind of city.)
    ("place", re.compile(r"(?:(?:in|at) )?(?:which|what) (?:[\w-]+ )?(?:city|cities|town|towns|venue|venues|province|provinces)\b", re.IGNORECASE)),
    # Who led or runs something ("Who led the China-US dialogue?"): answered by a
    # sentence saying who led, headed or conducted it, or naming an office-holder — not
    # by one saying only that it took place.
    # (Past only: who leads or runs something now — "Who leads global internet
    # governance?" — asks of a role, which the texts give as one: "the United Nations
    # as the main channel".)
    # ... and so is who did a deed ("Who carried out the 9/11 attacks?", "who was behind
    # them", "who planned them"): a sentence naming the attacks as one of two things
    # that changed the world names no one behind them.
    ("leader", re.compile(
        # ... and who made a thing ("Who invented the World Wide Web?", "who created
        # Wi-Fi"): a sentence naming it without its maker does not answer.
        r"who (?:led|ran|organi[sz]ed|carried out|planned|plotted|masterminded|perpetrated"
        r"|invented|created|developed|designed|came up with"
        r"|(?:was|were|is|are) (?:really |actually )?behind)\b",
        re.IGNORECASE,
    )),
    # ... or who started it ("who started the internet governance forum", "who set up the
    # bank"): a sentence naming it without who began it does not answer.
    ("starter", re.compile(r"who (?:first )?(?:started|set up|established|launched|initiated|began)\b", re.IGNORECASE)),
    # How something was received, or how someone reacted to it ("How did other countries
    # react to …", "How were Xi's proposals received", "What was Brazil's reaction to
    # …"): answered only by a sentence telling a reaction (_REACTION). Past only: "how
    # can developing countries respond to …" asks what to do, not a reaction; nor "how
    # did Xi propose to respond to …": what he proposed is asked.
    ("reaction", re.compile(
        r"(?:how (?:did|has|have|had|was|were)|what (?:was|were|has been|have been))\b(?=(?:\s+\S+){1,10}?(?<!\sto)\s+(?:react|reacted|reacts|reaction|reactions|respond|responded|responds|response|responses|received|reception)\b)",
        re.IGNORECASE,
    )),
    # Why or whether something was done to something ("Why was Wuzhen chosen to host …",
    # "Was his account ever recovered", "Did the NSA ever get hacked"): the event asked
    # of is told by the sentence that answers — one saying only where the conference
    # was held says nothing of why the town was chosen. Passive only: "Has China ever
    # skipped …" is answered by "China was not absent from any session".
    # (Why something is "needed" or "considered" asks a reason, not of an event: those
    # are _STATES.) The participle must be followed by what it was done to, for or by ("chosen to
    # host", "banned from"): one at the end is as often an adjective ("Why are
    # developing countries disadvantaged?", answered in other words). And it is done to
    # a name (the caller gives names their capitals: "Wuzhen", "Huawei"): done to a
    # kind of thing, it is as often a state ("why are developing nations disadvantaged
    # in technology").
    ("event", re.compile(
        rf"why {_DONE_TO_A_NAME}",
        re.IGNORECASE,
    )),
    # ... or whether something is done to a name, as a claim put to the texts ("Is
    # Twitter blocked in China?", "Was the China-US panel suspended after 2014?"): a
    # passage naming it and telling something else done to it ("hacked") does not
    # settle it; one telling it of what the sentence before named does ("The proposals
    # were welcomed …" for "Were Xi's proposals welcomed at Wuzhen?").
    ("claim", re.compile(
        _DONE_TO_A_NAME,
        re.IGNORECASE,
    )),
    ("event", re.compile(
        rf"(?:(?:was|were|is|are)\b(?=(?:\s+\S+){{1,5}}?\s+ever\s+{_PARTICIPLE}\b)"
        rf"|(?:did|does|do)\b(?=(?:\s+\S+){{1,5}}?\s+ever\s+(?:get|got)\s+{_PARTICIPLE}\b)"
        rf"|(?:has|have|had)\b(?=(?:\s+\S+){{1,5}}?\s+ever\s+been\s+{_PARTICIPLE}\b))",
        re.IGNORECASE,
    )),
    # Whether something came of it ("Did Snowden flee to China?", "Did the police ever
    # catch whoever hacked …", "Has Tencent been punished …"): an outcome the sentence
    # that answers tells in words of the same outcome (_OUTCOMES), not one that tells
    # only what led up to it.
    ("outcome", re.compile(
        # ("Caught spying" is found out, not arrested: a leak answers it.)
        # ("How are … punished" asks the manner of an outcome, which no sentence tells
        # without telling the outcome: "how are people who spread rumors punished".)
        rf"(?:how\s+(?=(?:was|were|is|are)\b))?(?:did|does|do|has|have|had|was|were|is|are)\b(?=(?:\s+\S+){{1,6}}?\s+(?:ever\s+)?(?:been\s+|get\s+|got\s+)?(?:{'|'.join(w for group in _OUTCOMES for w in group)})\b(?!\s+\w+ing\b))"
        rf"|(?:why\s+)?(?:did|does|has|have|had)\b(?=(?:\s+\S+){{1,3}}?\s+(?:{'|'.join(_MOVES)})(?:\s+off)?\s+to\s+(?!(?:the|a|an)\b)\w+\W*$)",
        re.IGNORECASE,
    )),
    # Who attended or took part in something the question names ("who attended the
    # China-Arab States Expo"): a sentence telling who was there (_ATTENDING), not one
    # saying only that it was held or hosted. Past only: who takes part in something
    # now ("Who takes part in internet governance?") asks of a role, which the texts
    # give in words of their own ("multiparty participation").
    ("attendance", re.compile(r"who (?:attended|participated in|took part in|was at|were at|went to)\b", re.IGNORECASE)),
    # What someone asked of another ("What did the embassy ask Twitter to do?", "find
    # what the statement asked twitter to do", "Did the embassy ask Twitter for
    # anything?", "what demand did they make"): a sentence telling a request (_REQUESTING)
    # answers, not one saying only that the asker spoke.
    ("request", re.compile(
        r"(?:what\s+(?:(?:did|does|do|has|have|had)\s+)?|(?:did|does|do|has|have|had)\s+)"
        # (Of someone named — the caller gives names their capitals — not of the text:
        # "does it ask for clearer rules" asks what it says, in its own words.)
        r"(?=(?:the\s+)?(?-i:[A-Z])(?:\S+\s+){1,8}?(?:ask|asks|asked|request|requests|requested|demand|demands|demanded)\s+(?:\S+\s+){0,4}?(?:to\s+do|for|of)\b)"
        r"|what\s+(?:demands?|requests?)\b",
        re.IGNORECASE,
    )),
    # What someone named said of something ("what did Edward Snowden say about China",
    # "what did Wang Yi say about data security"): a window naming him and telling him
    # speak — said, noted, stressing, proposed, urged, a speech, words in quotation marks
    # (_SPEAKING), maybe in the sentence after ("… all nations,” Xi said.") — not one
    # naming him for something else he did ("Before Edward Snowden … leaked the details
    # of the program, the US had accused China …"). Of a name typed with its capitals
    # (the caller gives names theirs; the texts' writers and pieces are framing).
    ("speech", re.compile(
        r"what (?:did|does|do|has|have) (?:the\s+)?(?=(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:say|said|state|stated|tell|told|reveal|revealed|comment|claim|claimed)\b)",
        re.IGNORECASE,
    )),
    # What someone thinks of something ("What does the Internet Society think about
    # China's proposals?"): a view told of whoever the question names, the texts'
    # writers and documents apart (the reader takes those as framing, so they are no
    # longer in the subject).
    ("view", re.compile(r"what (?:does|do|did)\b(?=(?:\s+\S+){1,5}?\s+(?:think|thinks|thought|feel|feels|felt)\s+(?:about|of)\b)", re.IGNORECASE)),
    # The theme of something ("What was the theme of the second World Internet
    # Conference?"): a sentence giving a theme says so ("themed …", "under a theme of
    # …"), of the thing and the year the question names.
    ("theme", re.compile(rf"what (?:is|was|are|were) (?=the (?:{'|'.join(_THEME_WORDS)})s? of\b)", re.IGNORECASE)),
    # What something does ("What does the Internet Society actually do?"): a sentence
    # naming it as one item of a list of others says only that it is one of them. (Not
    # what it aims "to do", or should do: a sentence on its aim answers.) The adverb may come before
    # "do" as well as after ("what does the asia pacific network information center
    # actually do"), or before "does" ("What exactly does … do"): the name may have its
    # seven words still ("the Internet Corporation for Assigned Names and Numbers"). A
    # setting after "do" ("what does the IAB do for online advertisers") asks the same
    # of it (_SETTING_AFTER leaves it out of what is named); a time or place ("What did
    # the Chinese police do in 2014?") asks for an event.
    ("activity", re.compile(
        rf"what(?:\s+(?:kind|sort|type)\s+of)?(?:\s+(?:{_ACTIVITY_ADVERBS}|{_ACTIVITY_NOUNS}))? (?:does|do|did)\b(?=(?:\s+\S+){{1,{_ACTIVITY_NAME_WORDS}}}?(?<!\sto){_NOT_AFTER_A_MODAL}(?:\s+(?:{_ACTIVITY_ADVERBS}))?\s+do"
        # ... closing the question, or one of its sentences: "what does the IAB actually do?
        # why would China coordinate with an ad group" asks it, then something else.
        # ... or before a comma and a further clause ("what does the internet society do,
        # explain it like the text does").
        rf"(?:\s+(?:{_ACTIVITY_ADVERBS}))?(?:\s+for(?:\s+\S+){{1,3}})?(?:\s+day[\s-]to[\s-]day)?(?:\W*$|\s*[?,]))",
        re.IGNORECASE,
    )),
    # ... asked as a clause ("what the Interactive Advertising Bureau does", "say what the
    # IAB does") or in a learner's word order ("What is doing the Interactive Advertising
    # Bureau?"): the same thing asked of a name typed with its capitals.
    ("activity", re.compile(
        rf"what\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w.-]*){{0,{_ACTIVITY_NAME_WORDS - 1}}}"
        rf"(?:\s+(?:{_ACTIVITY_ADVERBS}))?\s+(?:does|do)\b(?:\s+(?:{_ACTIVITY_ADVERBS}))?\s*(?:[?,]|$))"
        r"|what(?:'s|’s| is| are) doing\s+(?=(?:the\s+)?(?-i:[A-Z]))",
        re.IGNORECASE,
    )),
    # ... and what role it has ("what is the role of Interactive Advertising Bureau in
    # china"): its part, which a list naming it beside others does not tell either.
    ("activity", re.compile(r"what(?:'s|’s| is| was| are| were) (?:the )?roles? of\b", re.IGNORECASE)),
    # ... and what a name is ("what is the Interactive Advertising Bureau", "What is Baidu,
    # exactly?"), closing the question or one of its sentences: a list naming it beside
    # others says only that it is one of them. (A name of five words at most, typed with
    # its capitals: "what is cyber sovereignty" asks a concept, which a passage defines.)
    ("activity", re.compile(
        r"what(?:'s|’s| is| are)\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w.-]*){0,4}"
        # (... or before a further question: "what is the Internet Society and who are its members".)
        rf"(?:,?\s+(?:{_ACTIVITY_ADVERBS}))?\s*(?:\?|$|,?\s+and\s+(?:who|what|how|where|when|why|which)\b))",
        re.IGNORECASE,
    )),
    # Who holds an office ("Who is the head of …", "Who founded …"): a sentence naming no
    # office-holder does not answer it. (Who led or ran something is "leader" above:
    # the sentence may name whoever did it, "conducted by hegemonic countries".)
    # Who owns something ("Who owns Youku?", "…, who owns it"): a sentence telling no
    # owner ("owned by", "a subsidiary of", "bought") names it without answering.
    ("owner", re.compile(r"who (?:owns|owned|(?:is|was) the (?:owner|parent company) of)\b", re.IGNORECASE)),
    # Which countries belong to or did something the question names ("Which countries
    # are in the Shanghai Cooperation Organization?", "Which countries went through the
    # Color Revolutions?"): a sentence on it that names no countries ("China has signed
    # agreements with … the Shanghai Cooperation Organization", "Color Revolutions
    # conducted by hegemonic countries") names it without answering. Of nothing named
    # ("Which countries do whatever they want online?"), countries picked out by what
    # they are answer: that is asked_kind's "countries".
    # ... or which of a group the question names by its name ("Which SCO member states
    # signed …", "which Arab states joined the Online Silk Road", "which ASEAN countries"): its members.
    ("countries", re.compile(
        # (In lower case: "Which United Nations agenda" names one body.)
        # (A group named by its name needs nothing named after it: "…, and which Arab
        # states take part".)
        r"(?:which|what) (?:(?:countries|nations|states)\b(?=.*\b(?-i:[A-Z]))|(?:(?-i:[A-Z])[\w-]*\s+){1,2}(?:member\s+)?(?-i:countries|nations|states)\b)", re.IGNORECASE,
    )),
    # ... or by the countries the question says something happened in ("the countries
    # where the Color Revolutions took place", "list of countries that had colour
    # revolutions", "Name two countries where …"): the same ask, put as a noun.
    ("countries", re.compile(
        r"(?:(?:name|list|identify)\s+)?(?:the\s+)?(?:list\s+of\s+)?(?:(?:two|three|some|any|all|other)\s+)?(?:the\s+)?(?:countries|nations)\s+"
        r"(?:where|in\s+which|that\s+(?:had|saw|went\s+through|underwent|experienced|suffered))\b",
        re.IGNORECASE,
    )),
    # ... asked after the name, as learners put the topic first ("Color Revolutions, which
    # countries had them", "Color Revolutions happened in which countries"): the same ask.
    # (Not "what countries should do": the countries are who acts.)
    ("countries", re.compile(r"(?=(?:the\s+)?(?!(?:with|in|from|to|for|by|of|at|on|and|but|so)\b)(?-i:[A-Z])[^,?]*?(?:\s*[,—–-]\s*|\s+(?:in\s+)?)which\s+(?:countries|nations)\b)", re.IGNORECASE)),
    ("country", re.compile(r"(?:which|what) (?:country|nation)\b(?=.*\b(?-i:[A-Z]))", re.IGNORECASE)),
    ("office", re.compile(
        r"who(?:'s|’s| is| was| are| were) (?:the )?(?:current |first )?(?:president|head|chair|chairman|chairwoman|director|founder|ceo|chief executive|secretary-general) of\b"
        r"|who (?:heads|headed|chairs|chaired|founded|directs|directed|(?:is|was) (?:heading|chairing|directing))\b"
        # Who runs or is in charge of a body the question names ("who runs the Institute
        # of American Studies", "who was running the NSA when …", "who is in charge of the
        # Cyberspace Administration of China"): its head, as plainly. Not of what is no
        # name ("who is responsible for protecting cybersecurity": whoever should). A body
        # typed in lower case is known by the noun it ends on ("who runs the internet society").
        r"|who (?:runs|ran|manages|managed|(?:is|was|are|were) (?:running|managing|in charge of|responsible for))\b"
        rf"(?=\s+(?:the\s+)?(?:(?:\w+\s+)?(?-i:[A-Z])|(?:[\w.-]+\s+){{0,4}}?(?:{_BODIES})(?:\s+of(?:\s+[\w.-]+){{1,3}})?\W*$))"
        # A country's or a body's office by its possessive ("Who was China's foreign
        # minister before …", "Who is the UN's secretary-general").
        r"|who (?:is|was) (?:the )?[\w.-]+(?:'s|’s) (?:current |first |former |last |\w+ )?(?:president|head|chair|chairman|chairwoman|director|founder|ceo|minister|ambassador|premier|secretary-general)\b"
        # ... asked after the body it is of, as learners put the topic first ("Cyberspace
        # Administration of China, who is director?", "…, who is its head"): the office
        # alone, of the topic before it.
        rf"|who(?:'s|’s| is| was) (?:the |its |their )?(?:current |first )?(?:{_OFFICES})\b(?!\s+(?:of|at|for|to|in)\b)"
        # ... or the holder's name asked for ("what is the name of the director of …",
        # "Director of X, what is his name?").
        rf"|what(?:'s|’s| is| was) (?:the )?name of (?:the )?(?=(?:current |first )?(?:{_OFFICES})\b)"
        # (Learners drop the article, or put the office first: "what is director name".)
        # (A person's name: not "what was the full name" of a theme.)
        rf"|what(?:'s|’s| is| was) (?:(?:his|her|their) |(?:the )?(?:{_OFFICES})(?:'s|’s)? )(?:full )?name\W*$"
        # ... or named as a noun, as a command's topic puts it ("quote the bit on the
        # cyberspace administration of china's director", "the head of the NSA"): who
        # holds it is what the asker wants of the office.
        rf"|(?=(?:the )?(?:[\w.-]+ ){{0,8}}?[\w.-]+(?:'s|’s) (?:current |first |former )?(?:{_OFFICES})\W*$)"
        rf"|(?:the )?(?:current |first )?(?:{_OFFICES}) of (?=(?:the )?(?-i:[A-Z])|(?:[\w.-]+\s+){{1,8}}?(?:{_BODIES})\W*$)",
        re.IGNORECASE,
    )),
)
# The words a sentence names an office-holder with.
_OFFICE = re.compile(
    r"\b(?:presidents?|heads?|headed|chair|chairs|chairman|chairwoman|directors?|founders?|founded|ceo|chief|"
    r"secretary|ministers?|ambassadors?|councilor|premier|chancellor|governor)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\w+-year)\s+(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b"
    r"|\bsince\b|\bfor (?:years|decades|months)\b|\b(?:1\d|20)\d\d\s*(?:-|–|to|until|till)\s*(?:1\d|20)?\d\d\b",
    re.IGNORECASE,
)
# A place asked for plainly: the whole name after "in", "at" or "from" ("at the Research
# Center for Cyberspace Governance of Fudan University"), none of whose words the
# question holds — "Where is Fudan University?" is not answered by a place named after it.
# (Capitalised opening a sentence too: "At the Wuzhen conference, Xi put forward …".)
_PLACE_NAME = re.compile(r"\b(?:in|at|from|(?<![\w,;] )(?:In|At|From))\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w-]*)*)")
# ... or the wider place written after it ("in Wuzhen, Zhejiang Province" answers which
# province Wuzhen is in).
_WIDER_PLACE = re.compile(r"\b(?:in|at|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
# A country the question sets what it asks of in, at its end ("… held in China",
# "… in the US?"): countries_named reads the name.
_SETTING_OPENING = re.compile(r"\b(?:in|inside|within)\s+(?:the\s+)?(?=[A-Z])")


def without_setting(asked: str) -> str:
    """``asked`` without a country it sets its event in at its end ("… held in China"):
    what is asked of, not where."""
    for m in _SETTING_OPENING.finditer(asked):
        named = countries_named(asked[m.end() :])
        if named and re.fullmatch(r"\W*" + r"\W+".join(map(re.escape, named[0][1].split())) + r"\W*", asked[m.end() :]):
            return asked[: m.start()]
    return asked


# A sentence opening on a clause of time dates what it tells by another event ("Before
# Edward Snowden … leaked the details of the program, the US had continually accused
# China …" tells when, and how long, the US accused): a time, as a date is.
# (Not "Since" or "Once": as often a reason or a condition; "since" a year is a time word.)
_RELATIVE_TIME = re.compile(r"\s*(?:Before|After|Until|Till|Ever since|As soon as)\s+(?!(?:that|this|then|all|long)\b)")
_RANGE = frozenset({"-", "–", "to"})
_COUNT_PHRASE = re.compile(r"\bnumbers? of\b", re.IGNORECASE)
# The words a sentence tells someone speak with: a verb of saying, proposing or urging,
# a speech, or words in quotation marks.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?”])\s+(?=[“\"A-Z])")
_SPEAKING = re.compile(
    r"(?<!so-)\b(?:(?:say|note|state|tell|remark|stress|urge|call|propose|point|address|declare|argue|warn|emphasi[sz]e|insist|comment|write|announce)"
    r"(?:s|es|d|ed|ing)?|said|told|wrote|written|statement|speech|speeches|keynote|put(?:s|ting)?\s+forward|according\s+to)\b|[“”\"]",
    re.IGNORECASE,
)
# The words English tells how often or how common something is with ("occur
# periodically", "frequent regional conflicts", "held every two years", "rampant").
_FREQUENCY = re.compile(
    r"\b(?:often|frequent|frequently|frequency|periodic|periodically|regular|regularly|repeated|repeatedly|constant|constantly|"
    r"common|commonly|commonplace|widespread|prevalent|prevalence|rampant|rife|rare|rarely|occasional|occasionally|"
    r"annual|annually|yearly|monthly|weekly|daily|every|each\s+year|from\s+time\s+to\s+time|increasingly|growing|"
    r"many|numerous|most|majority|percent|per\s+cent)\b|%",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+|[^\w\s]")


# A command's frame before what it asks ("bring up the part on when the Internet Society
# was founded", "the bit about who runs …", "find what …"): the ask is what follows, in
# the word order of a statement.
_ASK_FRAME = re.compile(
    r"(?:(?:bring|pull|call|look)\s+up|find(?:\s+me)?|show(?:\s+me)?|give(?:\s+me)?|get(?:\s+me)?|quote|search(?:\s+for)?|fetch)?\s*"
    r"(?:(?:the|a|that)\s+)?(?:(?:part|bit|line|lines|passage|sentence|section|paragraph|quote|place)s?\s+"
    r"(?:on|about|where(?:\s+(?:it|they)\s+(?:says?|tells?))?|that\s+(?:says|tells)|saying|telling(?:\s+(?:us|me))?|with))?\s*"
    rf"(?=(?:when|where|who|how many|how long|what)\b)",
    re.IGNORECASE,
)


def asked_plainly(subject: str) -> tuple[str, str] | None:
    """("count" | "frequency" | "speech" | "duration" | "since" | "time" | "place" | "office" | "leader" | "reaction" | "claim" |
    "event" | "outcome" | "view" | "theme" | "activity" | "owner", the rest of the subject) when
    the subject opens by asking for one ("How many people …", "How common is …", "How long was …", "When
    was … founded", "Where is … based", "Which cities …", "Who is the head of …", "Who
    led …", "How did … react to …", "Why was … chosen …", "Was … ever recovered", "Did
    … flee to …", "What does … think about …", "What was the theme of …", "What does
    … do"), else None."""
    text = subject.lstrip()
    frame = _ASK_FRAME.match(text)
    if frame:
        text = text[frame.end() :]
    for kind, opening in _ASKED_PLAINLY:
        match = opening.match(text)
        if match and not (kind == "place" and _WHERE_IN_TEXTS.match(text)):
            return kind, text[match.end() :]
    return None


def gives_plainly(kind: str, text: str, *, asked: str, setting: str = "") -> bool:
    """Whether ``text`` holds a count, duration, time or place that ``asked`` (the subject
    after its opening) does not hold itself, names an office-holder or who led, tells a
    reaction, the event or outcome asked of, a view of whoever holds it or a theme, or
    names what it asks what it does other than in a list — of what ``asked`` names:
    beside each of its capitalised words (holds_names; "How many internet users does
    the US have?" is not answered by China's count), but a reaction anywhere. A count's
    names may stand in its ``setting``, the sentence before it in its paragraph, when it
    names none itself: "In 2014, Chinese public security organs launched …. More than 20
    transnational cybercrime cases have been solved." counts China's cases."""
    if kind == "office":
        return names_office_holder(text, asked=asked)
    if kind == "blank":
        return fills_the_blank(text, asked=asked)
    if kind == "reaction":
        # Not beside the names: a reaction is told of what the sentence before named
        # ("The proposals were welcomed by the conference attendees").
        return bool(_REACTION.search(text))
    if kind == "claim":
        return tells_the_verb(text, asked=asked)  # of what the window names, not beside the names
    if kind == "since":
        # The asker's guess at the event ("— was it after that NSA program?") names
        # nothing the answer must hold, as for a time (below).
        return gives_plainly("time", text, asked=asked) or (bool(_SINCE_EVENT.search(text)) and holds_names(text, asked=without_guess(asked)))
    asked = without_guess(asked)
    if kind == "time":
        # A country the question sets the event in ("When was the first world internet
        # conference held in China?") is answered by a sentence naming the place within
        # it ("… was held in Wuzhen in November 2014"): the setting, not what is asked of.
        # (A month after "in" is a time: "held in November 2014" names no place.)
        places = [name for name in _PLACE_NAME.findall(text) if name.split()[0].lower() not in _TIME_WORDS]
        bare = without_setting(asked) if places else asked
        # A clause of time ("Before Snowden leaked …, the US had accused …") says what held
        # by then, not when it set in: no answer to when it began ("start accusing", _ONSET).
        gives_time = gives_kind(kind, text, asked=asked) or (bool(_RELATIVE_TIME.match(text)) and not _ONSET.search(asked))
        return holds_names(text, asked=bare) and gives_time and tells_the_event(text, asked=asked)
    if not holds_names(text, asked=asked) and not (kind == "count" and setting and _names_none(text) and holds_names(f"{setting} {text}", asked=asked)):
        return False
    if kind in _COUNTRY_KINDS:
        return names_countries(kind, text, asked=asked, picked=False)
    if kind == "speech":
        # In one sentence with the speaker (not the rest: "what did Xi say at Wuzhen about
        # …" is answered by "In the second World Internet Conference, Xi noted …"), and
        # not another's: a window's other sentence may quote someone else.
        names = [w.lower() for w in re.findall(r"[^\W\d_]+", speaker(asked)) if w[0].isupper()]
        return any(
            all(_holds_word(w, [t.lower() for t in _TOKEN.findall(sentence)]) for w in names) and _SPEAKING.search(sentence)
            for sentence in _SENTENCE_BREAK.split(text)
        )
    if kind == "frequency":
        return bool(_FREQUENCY.search(text)) or gives_plainly("count", text, asked=asked)
    if kind == "owner":
        return bool(_OWNING.search(text))
    if kind == "request":
        return bool(_REQUESTING.search(text))
    if kind == "attendance":
        return bool(_ATTENDING.search(text))
    if kind == "leader":
        return bool(_LEADING.search(text)) or names_office_holder(text, asked=asked)
    if kind == "starter":
        return bool(_STARTING.search(text) or _LEADING.search(text)) or names_office_holder(text, asked=asked)
    if kind == "event":
        return tells_the_verb(text, asked=asked)
    if kind == "outcome":
        return tells_the_outcome(text, asked=asked)
    if kind == "view":
        return holds_the_holder(text, asked=asked)
    if kind == "theme":
        return gives_the_theme(text, asked=asked)
    if kind == "activity":
        named = _FURTHER_ASK.split(_SETTING_AFTER.split(asked.strip(), maxsplit=1)[0], maxsplit=1)[0]
        return not names_only_in_a_list(text, asked=named)
    if kind == "place":
        own = _own_words(asked)
        # (A month after "in" is a time: "in September 2015" names no place.)
        names = [name for name in _PLACE_NAME.findall(text) + _WIDER_PLACE.findall(text) if name.split()[0].lower() not in _TIME_WORDS]
        # ... or the wider place a name is "of" ("at the Research Center for Cyberspace
        # Governance of Fudan University" answers where the center is).
        names += [name.rsplit(" of ", 1)[1] for name in names if " of " in name]
        # ... of the event asked of ("where was it held": a sentence telling it was held).
        return any(not own & set(re.findall(r"\w+", name.lower())) for name in names) and tells_the_event(text, asked=asked, events=_EVENTS + _GATHERINGS)
    if kind == "duration":
        return bool(_RELATIVE_TIME.match(text)) or any(m.group(0).lower() not in asked.lower() for m in _DURATION.finditer(text))
    if _COUNT_PHRASE.search(text) and not _COUNT_PHRASE.search(asked):
        return True  # "the largest number of internet users"
    own = _own_words(asked)
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    # A number of years, months or days ("over the past few years") is how long, no
    # count of anything else ("How many netizens were victims …").
    counted = (re.findall(r"\w+", re.sub(r"^\W*how\s+(?:many|much)\b", "", asked.lower())) or [""])[0]
    days: set[int] = set()
    for i, word in enumerate(tokens):
        before = [t for t in tokens[max(0, i - 2) : i] if t != "."]
        if word.isdigit() and before and (before[-1] in _TIME_WORDS or (before[-1] in _RANGE and i - 2 in days)):
            days.add(i)  # a day of a month, or the last of a range of them ("Dec. 16-18")
            continue
        if word in own or _YEAR.fullmatch(word):
            continue  # the question's own number, a year
        if word == "one" and tokens[i + 1 : i + 2] != ["-"]:
            continue  # "One was …", "one of": no count; "one-fourth" is
        if (word in _NUMBER_WORDS or word.isdigit()) and not (tokens[i + 1 : i + 2] and tokens[i + 1] in _TIME_UNITS and counted not in _TIME_UNITS):
            return True
    return False


# A count asked of what a text lists, which the text gives by its items in no number word
# ("how many crimes do they list", "how many kinds of needs …", "how many goals … —
# innovation, security, and?"): the things counted are kinds of thing (or levels: "how
# many levels of cooperation platforms" → "bilateral, regional and international"), a verb
# says the text lists or puts them forward, or the asker offers the first items of the list.
_KINDS_COUNTED = re.compile(r"\s*(?:(?:different|distinct|main|key|basic)\s+)?(?:things|kinds|types|sorts|categories|forms|aspects|areas|elements|ways|levels)\b", re.IGNORECASE)
_LISTING = re.compile(
    r"\b(?:list|lists|listed|name|names|enumerate|enumerates|enumerated|cite|cites|include|includes|identify|identifies|outline|outlines"
    r"|set\s+out|sets\s+out|put\s+forward|puts\s+forward|propose|proposes|proposed|oppose|opposes)\b",
    re.IGNORECASE,
)
# ... the items offered after a dash or colon: "— digital, networking and...", "—
# development, security and what else"; or after the question mark, or in brackets,
# trailing off ("…? innovation, security, ...", "(innovation, security, …)").
_OFFERED = re.compile(
    r"(?:\s[-–—:]|[?(])\s*(?P<items>[\w’'-]+(?:\s+[\w’'-]+){0,2}(?:\s*(?:,|\band\b)\s*[\w’'-]+(?:\s+[\w’'-]+){0,2})+?)"
    r"(?:\s*,?\s*(?:and|or)(?:\s+what\s+else)?)?\s*,?[\s.…?!)]*$",
    re.IGNORECASE,
)
# A list has this many items at least; the asker's offered items, this many of them in it.
MIN_LISTED = 3
MIN_OFFERED = 2


# The general noun a count asks by ("how many times does it say we oppose", "how many
# things", "how many ways"): the items or the repetitions are the answer, the noun seldom
# written beside them.
_COUNTED_KIND = re.compile(r"\bhow\s+many\s+(?P<noun>times|things|ways|kinds|types|sorts|aspects|steps)\b", re.IGNORECASE)


def counted_kind_words(subject: str) -> tuple[str, ...]:
    """The general noun a "how many" of the subject counts by (_COUNTED_KIND), lower case: ("times",)."""
    return tuple(m.group("noun").lower() for m in _COUNTED_KIND.finditer(subject))


# What someone pushes, presses or strives for ("what did Xi push for at Wuzhen", "what is
# China pressing for"): what they seek, which a passage tells as a call, a proposal or an
# aim ("Xi advocated …", "called for …"), seldom with the asker's verb.
_SOUGHT = re.compile(
    r"\b(?P<verb>push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?"
    r"|fight(?:s|ing)?|fought|striv(?:e|es|ed|ing)|strove)\s+for\b",
    re.IGNORECASE,
)


# ... or what someone put out, brought out or rolled out ("what did the foreign ministry put
# out in 2017", "who put out the statement"): what they issued, which a passage tells as
# released, issued, proposed or announced, seldom with the asker's phrasal verb.
_ISSUED = re.compile(
    r"\b(?P<verb>put|puts|putting|bring|brings|bringing|brought|roll|rolls|rolled|rolling)\s+out\b"
    r"|\b(?P<came>came|come|comes|coming)\s+out\s+with\b",
    re.IGNORECASE,
)


def sought_words(subject: str) -> tuple[str, ...]:
    """The verb by which the subject asks what someone seeks (_SOUGHT: "push" for) or issued
    (_ISSUED: "put" out), lower case: ("push",)."""
    return tuple(next(g for g in m.groups() if g).lower() for pattern in (_SOUGHT, _ISSUED) for m in pattern.finditer(subject))


def counts_listed(asked: str) -> tuple[str, ...] | None:
    """The items the asker offers when ``asked`` (the question after "how many") counts
    what a text lists (_KINDS_COUNTED, _LISTING, _OFFERED): empty when it offers none;
    None when it counts something else ("how many people died …")."""
    offered = _OFFERED.search(asked)
    items = tuple(i.strip() for i in re.split(r",|\band\b", offered.group("items")) if i.strip()) if offered else ()
    if len(items) >= MIN_OFFERED:
        return items
    return () if _KINDS_COUNTED.match(asked) or _LISTING.search(asked) else None


def gives_the_list(sentences: list[str], *, offered: tuple[str, ...]) -> bool:
    """Whether ``sentences`` (in their order) give a list to count: one enumeration of
    MIN_LISTED items or more, holding the items the asker ``offered`` if any; or, when
    none are offered, sentences opening alike in a row ("We oppose …. We oppose ….")."""
    for text in sentences:
        if max(list_lengths(text), default=0) >= MIN_LISTED:
            lowered = text.lower()
            if not offered or sum(1 for item in offered if item.lower() in lowered) >= MIN_OFFERED:
                return True
    if offered:
        return False
    openings = [" ".join(re.findall(r"\w+", text)[:2]).lower() for text in sentences]
    return any(a == b and a for a, b in zip(openings, openings[1:]))


# The words a sentence tells who led or ran something with ("the dialogue, headed by
# …", "conducted by hegemonic countries", "the War on Terror waged by the US", "under
# the leadership of …"). Not "initiated" or "launched": a thing begun by one may be led
# by another.
_LEADING = re.compile(
    r"\b(?:led|lead|leads|leading|leader|leaders|leadership|head|heads|headed|chair|chairs|chaired|chairman|"
    r"ran|run|runs|conduct|conducts|conducted|organi[sz]e[ds]?|organi[sz]er|organi[sz]ers|host|hosts|hosted|"
    r"direct|directs|directed|spearhead|spearheaded|helm|wage|waged|wages|"
    # … or led the push for an idea: proposed it, called for it, championed it.
    r"propose|proposed|proposes|proposal|proposals|advocate|advocated|advocates|champion|championed|"
    r"push|pushed|urge|urged|called for|calls for|put forward|puts forward|"
    # … or did the deed itself: carried it out, was behind it, hacked or attacked.
    r"carried out|carry out|carries out|planned|plotted|masterminded|perpetrated|behind|hacked|attacked|"
    # … or made the thing: invented, created, developed or designed it, came up with it.
    r"invent|invents|invented|inventor|inventors|create|creates|created|creator|creators|develop|develops|developed|developer|developers|"
    r"design|designs|designed|designer|came up with|come up with|pioneer|pioneered|pioneers)\b",
    re.IGNORECASE,
)
# The words a sentence tells who started something with ("the Asian Infrastructure
# Investment Bank, initiated by China", "launched", "set up", "established").
_STARTING = re.compile(
    r"\b(?:initiat\w*|launch\w*|start(?:s|ed)?|establish\w*|set\s+up|found(?:s|ed|er|ers|ing)|began|begun|begin)\b",
    re.IGNORECASE,
)
# The words a sentence tells who was at a gathering with.
_ATTENDING = re.compile(
    r"\b(?:attend\w*|participa\w*|took\s+part|take\s+part|takes\s+part|present|delegat\w*|guests?|visitors?|speakers?|joined|gathered)\b",
    re.IGNORECASE,
)
# The words a sentence tells a request with: asked, urged, called on or for, proposed,
# or what should or must be done.
_REQUESTING = re.compile(
    r"\b(?:ask|asks|asked|asking|request\w*|demand\w*|urg\w*|call(?:s|ed|ing)?\s+(?:on|upon|for)|appeal\w*|insist\w*|"
    r"advocat\w*|propos\w*|put\s+forward|press(?:ed|es)?\s+for|requir\w*|should|must|ought|needs?\s+to|ha(?:ve|s)\s+to)\b",
    re.IGNORECASE,
)


# The words that glue a line together, which tell no line from another: articles,
# prepositions, conjunctions, pronouns, the auxiliaries, and the question words a
# blank's asker may add after it ("… rule of ___? what does it say").
_LINE_GLUE = frozenset("""
    a an the of to in on at by for from with into onto as about and or but nor if that this these those
    it its they them their he his she her we our you your i me my
    is are was were be been being am do does did has have had will would can could shall should may might must
    what which who whom whose when where why how not no
    """.split()) | FUNCTION_WORDS


def _line_words(text: str) -> list[str]:
    """The words of ``text`` that tell one line from another, lower-cased: not _LINE_GLUE."""
    return [w.lower() for w in re.findall(r"[^\W_]+", text) if w.lower() not in _LINE_GLUE]


def blank_neighbours(asked: str) -> list[str]:
    """The words written right beside each blank of ``asked`` that name something (not
    glue, _LINE_GLUE), lower-cased: "defamation" of "the target of ___ defamation". Not a
    name (with its capital, as the caller writes names): the texts may write it otherwise
    ("American" as "US"), and whether they hold it is the name evidence's to tell."""
    found = []
    for m in re.finditer(_BLANK, asked):
        before = re.findall(r"[^\W_]+", asked[: m.start()])[-1:]
        after = re.findall(r"[^\W_]+", asked[m.end() :])[:1]
        found += [w.lower() for w in before + after if w.lower() not in _LINE_GLUE and not w[:1].isupper()]
    return found


def fills_the_blank(text: str, *, asked: str) -> bool:
    """Whether ``text`` is the line ``asked`` blanks a word of: it holds the words beside
    each blank and another of the line's (the line is half remembered, the words at the
    gap are the text's) — a sentence holding the line's name and not the words around
    the gap is another line, as is one holding only the word beside it."""
    tokens = [w.lower() for w in re.findall(r"\w+", text)]
    beside = blank_neighbours(asked)
    if not all(_holds_word(w, tokens) for w in beside):
        return False
    others = [w for w in _line_words(asked) if w not in beside]
    return not others or any(_holds_word(w, tokens) for w in others)


# The words a sentence tells an owner with ("owned by Alibaba", "a subsidiary of …",
# "bought by …").
_OWNING = re.compile(
    r"\b(?:own|owns|owned|owner|owners|ownership|subsidiary|subsidiaries|parent company|acquire|acquired|acquisition|"
    r"buy|bought|purchased|belong|belongs|belonged|stake|stakes|shareholder|shareholders)\b",
    re.IGNORECASE,
)
# The words a sentence tells a reaction with: received, welcomed or praised, criticised
# or rejected, answered in kind ("the War on Terror waged by the US in response").
_REACTION = re.compile(
    r"\b(?:react|reacted|reacts|reaction|reactions|respond|responded|responds|response|responses|receive|received|reception|"
    r"welcom\w*|prais\w*|applau\w*|acclaim\w*|hail\w*|endors\w*|embrac\w*|support\w*|echo\w*|appreciat\w*|recogni[sz]\w*|"
    r"criticis\w*|criticiz\w*|criticism|condemn\w*|oppos\w*|reject\w*|object\w*|protest\w*|denounc\w*|resist\w*|"
    r"doubt\w*|sceptic\w*|skeptic\w*|dismiss\w*|pushback|backlash|accept\w*|agree\w*|disagree\w*|"
    # … or came to see it otherwise ("people around the world begin to realize …").
    r"reali[sz]\w*|aware\w*|alarm\w*|shock\w*|outrage\w*|concern\w*|worr\w*|anger\w*|angr\w*)\b",
    re.IGNORECASE,
)


# The kinds asked plainly that a top window gives as a whole, in a sentence holding none
# of the question's words ("The proposals were welcomed …", "… cases have been solved").
WINDOW_KINDS = frozenset({"reaction", "outcome", "claim", "speech"})


def tells_the_verb(text: str, *, asked: str) -> bool:
    """Whether ``text`` tells the event ``asked`` (the question after "why was", "was …
    ever") asks of by its participle ("chosen", "recovered", "hacked"): holds a form of
    the verb ("recovery", "hacking"; "banned" → "ban")."""
    match = re.search(_EVENT, asked, re.IGNORECASE)
    if match is None:
        return True
    stem = re.sub(r"(ed|en|d)$", "", match.group(1).lower())
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # a doubled consonant: "banned" → "ban"
    return any(w.lower().startswith(stem) for w in re.findall(r"\w+", text))


# Every word telling an outcome (_OUTCOMES, _MOVES): what the window that tells one must
# hold besides, of what the question asks it of, is in its other words.
_OUTCOME_GROUPS = (*_OUTCOMES, _MOVES)
OUTCOME_WORDS = frozenset(w for group in _OUTCOME_GROUPS for w in group)


def tells_the_outcome(text: str, *, asked: str) -> bool:
    """Whether ``text`` tells an outcome ``asked`` asks of in a word of the same outcome
    ("fled" for "flee", "arrested" for "caught")."""
    asked_words = {w.lower() for w in re.findall(r"\w+", asked)}
    words = {w.lower() for w in re.findall(r"\w+", text)}
    return any(words.intersection(group) for group in _OUTCOME_GROUPS if asked_words.intersection(group))


_VIEW = re.compile(r"\s(?:think|thinks|thought|feel|feels|felt)\s+(?:about|of)\b", re.IGNORECASE)


_SAYING_ASKED = re.compile(r"\s(?:say|said|state|stated|tell|told|reveal|revealed|comment|claim|claimed)\b", re.IGNORECASE)


def speaker(asked: str) -> str:
    """Whoever ``asked`` (the question after "what did") asks the words of: "Edward
    Snowden" of "Edward Snowden say about China"."""
    match = _SAYING_ASKED.search(asked)
    return asked[: match.start()] if match else asked


def view_holder(asked: str) -> str:
    """Whoever ``asked`` (the question after "what does") says holds a view: "the
    internet society" of "the internet society think about China's proposals"."""
    match = _VIEW.search(asked)
    return asked[: match.start()] if match else asked


def _named_words(text: str) -> list[str]:
    """The words of ``text`` that name someone or something, lower-cased: not function
    words, articles or "do" ("the internet society" of "the Internet Society")."""
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in FUNCTION_WORDS and w not in _ARTICLES_AND_DO]


def holds_the_holder(text: str, *, asked: str) -> bool:
    """Whether ``text`` holds whoever ``asked`` (the question after "what does") says
    holds a view — every word of them but function words and articles ("the internet
    society" in "… think about China's proposals") — other than as one item of a list of
    names (names_only_in_a_list), which tells no view of theirs."""
    holder = view_holder(asked)
    tokens = [w.lower() for w in re.findall(r"\w+", text)]
    return all(_holds_word(w, tokens) for w in _named_words(holder)) and not names_only_in_a_list(text, asked=holder)


def gives_the_theme(text: str, *, asked: str) -> bool:
    """Whether ``text`` tells a theme, motto or slogan (one word for the other: "What
    was the slogan of …" is answered by "themed …") of what ``asked`` names, in the year
    it names: "themed …" of the second conference is no answer for the one in 2014."""
    tokens = [w.lower() for w in re.findall(r"\w+", text)]
    asked_words = {w.lower() for w in re.findall(r"\w+", asked)}
    years = {w for w in asked_words if _YEAR.fullmatch(w)}
    ordinals = asked_words & _ORDINALS
    given_ordinals = set(tokens) & _ORDINALS
    if given_ordinals and ordinals and not ordinals & given_ordinals:
        return False  # the second conference's theme is no answer for the first's
    # A year the sentence does not write is no answer, unless the ordinal it writes is
    # the question's: "the second conference in December 2015" in a piece that dates it
    # "Dec. 16-18".
    if not years <= set(tokens) and not (ordinals and ordinals <= given_ordinals):
        return False
    return any(t.startswith(_THEME_WORDS) for t in tokens)


# The ordinals a series is counted by ("the second World Internet Conference").
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


# Articles before the items of a list ("…, Internet Society and the Interactive
# Advertising Bureau"): no less a list.
_ITEM_ARTICLE = re.compile(r"(,|\band|\bor)\s+the\s+")


# Where what a question names ends and the setting it asks of it in begins ("the role of
# the Interactive Advertising Bureau in China, the text explain"): what is named only in
# a list is the body, not China.
_SETTING_AFTER = re.compile(r"\s+(?:in|at|within|during|for)\s+|\s*[,;?]")
# ... and where a further question begins ("the Internet Society and who are its members").
_FURTHER_ASK = re.compile(r"\s+and\s+(?=(?:who|what|how|where|when|why|which)\b)", re.IGNORECASE)


def names_only_in_a_list(text: str, *, asked: str) -> bool:
    """Whether ``text`` names what ``asked`` names — its words other than function words,
    however typed — only as an item of a list of names (abstention.listed_only):
    "such as ICANN, Internet Society and the Interactive Advertising Bureau" says nothing
    of what the Internet Society does."""
    content = _named_words(asked)
    listed = _ITEM_ARTICLE.sub(r"\1 ", text)
    return bool(content) and all(listed_only(w, [listed]) for w in content)


# Events a "when" question may ask the time of, each by the verbs that tell it in English:
# a time in a sentence that tells none of them dates something else ("Liu Xiaoming's
# Twitter account was hacked recently" does not date his appointment). A verb of the
# same event answers in other words ("started" → "initiated", "launched").
_EVENTS = tuple(frozenset(words.split()) for words in (
    # something begun
    # ("form", "set", "open" and "found" are as often other words: "this form of …";
    # "since" a time tells when something began: "Since as early as 2007, … conferences
    # have been conducted")
    """start starts started starting begin begins began begun launch launched founded since
    establish established create created formed initiate initiated introduce introduced
    opened inaugurate inaugurated exist exists existed""",
    # an office taken
    "appoint appointed elect elected become became assume assumed sworn",
    # something ended or left
    """stop stops stopped end ends ended leave leaves left quit resign resigned die died
    closed defeat defeated dissolve dissolved abolish abolished""",
    # something bought
    "buy buys bought acquire acquired purchase purchased",
    "born",
))
# Gatherings a "where" question may ask the place of, each by the verbs that tell it: a
# place in a sentence telling none of them is where something else is or stands
# ("organizations in China were not absent from any session of the summit" gives no
# place it was held in).
_GATHERINGS = tuple(frozenset(words.split()) for words in (
    "hold holds held host hosts hosted convene convenes convened conduct conducted meet meets met",
))


# An event told by a verb and its particle ("when was the agency set up", "when did he
# take office"): the one-word verb of the same event in _EVENTS.
_PHRASAL_EVENTS = {"set": "established", "setting": "established", "took": "appointed", "take": "appointed", "taken": "appointed"}
_PHRASAL_EVENT = re.compile(r"\b(?:set|setting)\s+up\b|\b(?:took|take|taken)\s+office\b", re.IGNORECASE)


# A verb of beginning before another verb ("start to grow", "began moving") says when
# that other event set in, and asks its time: nothing founded or opened is asked of.
_ONSET = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun)\s+(?=to\s+[a-z]+\b|[a-z]{2,}ing\b)", re.IGNORECASE)


def tells_the_event(text: str, *, asked: str, events: tuple[frozenset[str], ...] = _EVENTS) -> bool:
    """Whether ``text`` tells the event whose time ``asked`` (the question after "when")
    asks: when it names one of ``events`` ("appointed", "start his job"), by the same verb or
    one of the same event; any sentence when it names none ("when was the conference
    held", "when did information technology start to grow fast": the growth's onset).
    A place is asked of the gatherings too (_GATHERINGS: "where was it held")."""
    asked = _ONSET.sub("", asked)
    asked_words = {w.lower() for w in re.findall(r"\w+", _PHRASAL_EVENT.sub(lambda m: _PHRASAL_EVENTS[m.group().split()[0].lower()], asked))}
    events = [event for event in events if event & asked_words]
    if not events:
        return True
    words = {w.lower() for w in re.findall(r"\w+", text)}
    return any(event & words for event in events)


# Words that join an office to the name of its holder or of what it is of ("Ambassador
# to the UK Liu Xiaoming", "director at the Research Center").
_OFFICE_GLUE = frozenset("of to the at for and in on".split())
# How far before an office its holder's name may stand ("Zhang Guoqing, director of …").
OFFICE_HOLDER_BEFORE = 2


def names_office_holder(text: str, *, asked: str) -> bool:
    """Whether ``text`` names the holder of an office of what ``asked`` (the question
    after "who is the president of", "who was China's foreign minister") names: every
    capitalised word of ``asked`` is in it ("the Internet Society": a President of
    something else is no answer), and an office word stands beside a capitalised name
    that ``asked`` does not hold ("Foreign Minister Wang Yi" is no answer to who came
    before Wang Yi)."""
    tokens = _TOKEN.findall(text)
    lower = [t.lower() for t in tokens]
    asked_words = re.findall(r"\w+", asked)
    own = {w.lower() for w in asked_words}
    names = [w.lower() for w in asked_words if w[0].isupper()]
    # (Not the "s" of a possessive: "china's director".)
    content = [w.lower() for w in asked_words if w.lower() not in FUNCTION_WORDS and len(w) > 1]
    if not holds_names(text, asked=asked):
        return False
    if not names and not all(_holds_word(w, lower) for w in content):
        return False  # typed in lower case: every word of it ("the internet society")

    def holder(token: str) -> bool:
        return token[:1].isupper() and token.lower() not in own and not _OFFICE.fullmatch(token) and token.lower() not in FUNCTION_WORDS

    for i, token in enumerate(tokens):
        if not _OFFICE.fullmatch(token):
            continue
        if lower[i - 1 : i] in (["is"], ["was"]):
            # "Zhang Guoqing is director of …": the name the sentence is of. Not "The
            # author is director at …", "He is …": a holder, unnamed.
            if i > 1 and holder(tokens[i - 2]) and not _BODY.fullmatch(tokens[i - 2]):
                return True
            continue
        before = [t for t in tokens[max(0, i - OFFICE_HOLDER_BEFORE - 1) : i] if t not in {",", "the"}]
        if before and holder(before[-1]) and i > 0 and not tokens[i - 1][:1].isupper():
            return True  # "Zhang Guoqing, director of …"
        run = []
        for after in tokens[i + 1 :]:
            if not (after[:1].isupper() or after.lower() in _OFFICE_GLUE):
                break
            run.append(after)
        # The name after the run's last office ("State Councilor and Foreign Minister
        # Wang Yi": "Foreign" is of the office, "Wang Yi" holds it), and after the body
        # it is of: "director at the Research Center for Cyberspace Governance of Fudan
        # University" names what he directs, and no one; nor does a country ("Ambassador
        # to the UK Liu Xiaoming": "UK" is where, "Liu Xiaoming" who).
        last = max((k for k, t in enumerate(run) if _OFFICE.fullmatch(t) or _BODY.fullmatch(t)), default=-1)
        rest = run[last + 1 :]
        countries = {w for _, name in countries_named(" ".join(rest)) for w in name.split()}
        if any(holder(t) and t not in countries for t in rest):
            return True
    return False


def _names_none(text: str) -> bool:
    """Whether ``text`` writes no word with a capital after its first: a sentence naming
    no one, whose count is of whoever the sentence before it names ("More than 20 …
    cases have been solved"); one naming someone counts of them ("In 2014, Chinese …
    with more than 60 countries" is no count of ASEAN's members)."""
    return not any(w[0].isupper() for w in re.findall(r"[^\W\d_]+", text)[1:])


def holds_names(text: str, *, asked: str) -> bool:
    """Whether ``text`` holds every capitalised word of ``asked`` (the question after
    its opening), or a form of it ("China" as "Chinese"): what it gives — a count, a
    time, an office-holder — is of what the question names, not of the conferences in
    the sentence beside "When was the first China-Arab States Expo held?"."""
    words = re.findall(r"[^\W\d_]+", asked)
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return True  # Written In Title Case: no capital tells a name
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    return all(_holds_word(w.lower(), tokens) for w in words if w[0].isupper())


def _holds_word(word: str, tokens: list[str]) -> bool:
    """Whether ``tokens`` (lower case) hold ``word`` or a form of it that keeps all but
    its last letter ("china" in "chinese", "internet" in "internets"), or the place
    ``word`` is a demonym of ("brazilian" in "the National Congress of Brazil", "chinese"
    in "China"), or a month's abbreviation ("dec" for "december")."""
    stem = word[:-1] if len(word) > 3 else word
    return any(
        t == word
        or (len(stem) > 2 and t.startswith(stem))
        or (t in _MONTH_ABBREVIATIONS and word.startswith(t) and word in _TIME_WORDS)  # "Dec." for "December"
        or (len(t) >= MIN_PLACE and word[: len(t) - 1] == t[:-1] and word in demonyms(t))
        for t in tokens
    )


# A country written as the gazetteer's initials ("US", "UK", "UAE"): three letters at most.
MAX_COUNTRY_INITIALS = 3
# A place name this short is not read back out of a demonym in a country's name (none
# in the gazetteer is shorter but "Chad", "Cuba", "Fiji"…, which are names themselves).
MIN_PLACE = 4
# Words before "countries" that count or take them all ("more than 60 countries",
# "all countries") or join them to the sentence ("among countries"): no country picked
# out. A word of any other kind picks some out ("some", "certain", "hegemonic").
_NOT_PICKING = frozenset("""
    all every each both many most several numerous various than more no any
    the of to among between for with and or in by from on at as into across that which
    """.split()) | frozenset(_NUMBER_WORDS)
# Countries spoken of, not named: written in lower case ("States" is of a name: "the
# United States", "the China-Arab States Expo").
_COUNTRY_NOUN = re.compile(r"\b(?:countries|nations|states)\b")


@functools.cache
def _country_forms() -> dict[tuple[str, ...], int]:
    """Each way a country is written (its words as a tuple, lower case; initials in
    capitals) → which of the gazetteer's names it is (an index): the name ("south
    korea"), its demonyms ("japanese", "chinese"),
    the place a demonym in a name is of and its demonyms ("russian federation" →
    "russia", "russian"), and the initials of a name of several words ("US", "UK")."""
    forms: dict[tuple[str, ...], int] = {}
    for country, name in enumerate(sorted(country_names())):
        words = name.split()
        for form in {name} | demonyms(name):
            forms.setdefault(tuple(form.split()), country)
        for word in words:
            for place in {word[:-1], word[:-3]}:
                if len(place) >= MIN_PLACE and word in demonyms(place):
                    for form in {place} | demonyms(place):
                        forms.setdefault((form,), country)
        initials = [w[0] for w in words if w not in _OFFICE_GLUE]
        if 1 < len(initials) <= MAX_COUNTRY_INITIALS:
            forms.setdefault(("".join(initials).upper(),), country)
    return forms


def countries_named(text: str) -> list[tuple[int, str]]:
    """The countries ``text`` names, each as (country, the words naming it): written with a
    capital ("Russia", "South Korea", "Chinese"), or in capitals as initials ("US")."""
    forms = _country_forms()
    longest = max(len(form) for form in forms)
    words = re.findall(r"[^\W\d_]+", text)
    found = []
    i = 0
    while i < len(words):
        n = next((n for n in range(min(longest, len(words) - i), 0, -1) if _country_key(words[i : i + n]) in forms), 0)
        if n:
            found.append((forms[_country_key(words[i : i + n])], " ".join(words[i : i + n])))
        i += max(n, 1)
    return found


def _country_key(span: list[str]) -> tuple[str, ...] | None:
    """The key of _country_forms a run of words would be: initials as written ("US"),
    else its words in lower case; None when it doesn't open with a capital."""
    if not span[0][:1].isupper():
        return None
    if len(span) == 1 and span[0].isupper() and len(span[0]) <= MAX_COUNTRY_INITIALS:
        return (span[0],)
    return tuple(w.lower() for w in span)


def _held_only_in_a_list(text: str, *, asked: str) -> bool:
    """Whether the words of ``asked`` that ``text`` holds, but function words, it holds only
    as items of a list of names (abstention.listed_only): "Which country hosts the
    Asia-Pacific Network Information Center?" beside "such as ICANN, Asia-Pacific Network
    Information Center, Internet Society …", whose country is the sentence's subject's."""
    tokens = {w.lower() for w in re.findall(r"\w+", text)}
    held = [w for w in _named_words(asked) if w in tokens]
    listed = _ITEM_ARTICLE.sub(r"\1 ", text)
    return bool(held) and all(listed_only(w, [listed]) for w in held)


def names_countries(kind: str, text: str, *, asked: str, picked: bool = True) -> bool:
    """Whether ``text`` answers which countries (``kind`` "countries"), which country
    ("country") or in which countries ("country place") something ``asked`` is: by
    naming a country ``asked`` does not, two for "which countries" unless, with
    ``picked``, it picks countries out by what they are ("some countries", "hegemonic
    countries") — a count ("more than 60 countries"), all countries or countries in
    general name none."""
    own = {w.lower() for w in re.findall(r"\w+", asked)}
    if _held_only_in_a_list(text, asked=asked):
        return False  # a country beside a list naming it says nothing of where it is
    named = {country for country, words in countries_named(text) if not own & set(words.lower().split())}
    if kind != "countries":
        return bool(named)
    if len(named) > 1 or not picked:
        return len(named) > 1
    for m in _COUNTRY_NOUN.finditer(text):
        before = re.findall(r"\w+", text[: m.start()])
        if before and before[-1].lower() not in _NOT_PICKING and not before[-1].isdigit():
            return True
    return False


# A further ask after the first, in the same question: after a comma, a semicolon or a
# sentence's end, or "and" ("…, and in what year?", "… Who runs it and in which city did
# it meet?"), or typed on without either ("wat city is fudan uni in when was it
# founded": a question word and an auxiliary).
_ASK_OPENING = r"(?:(?:in|on|at|by|from|for|since|until)\s+(?:what|which)|what|which|who|whose|when|where|how)\b"
_LATER_ASK = re.compile(
    rf"[,;.?!]\s*(?:(?:and|but|also|plus)\s+)?(?={_ASK_OPENING})"
    rf"|\s+and\s+(?={_ASK_OPENING})"
    rf"|(?<![.?!:;,])(?<!\bsince)(?<!\buntil)\s+(?=(?:what|which|who|when|where|how)\s+(?:{_AUXILIARY})\s)"
    # ... or in a statement's word order, the ask where the answer would stand: "X was
    # ambassador for how many years", "internet governance forum where held".
    rf"|\s+(?=for\s+how\s+(?:long|(?:many|much)\s+(?:{'|'.join(sorted(_TIME_UNITS))}))\b)"
    rf"|(?<![.?!:;,])\s+(?=(?:where|when)\s+{_BARE_PARTICIPLE}\W*$)"
    # ... "UN 2030 agenda has how many sustainable development goals?": the count where
    # the statement's object would stand.
    rf"|(?:(?<=\bhas)|(?<=\bhave)|(?<=\bhad))\s+(?=how\s+(?:many|much)\b)",
    re.IGNORECASE,
)
# The kinds of answer a further ask is held to: those any passage gives in a word of its
# own (a time, a number, a place, an office-holder or owner, countries). What it asks in
# other words ("on what grounds", "what mandate") the passages may give in theirs.
LATER_ASK_KINDS = frozenset({"time", "duration", "count", "place", "office", "owner", "countries", "country place"})
# "Where is it?", "Where?" after a claim ask where the texts say it, not a place: a place
# is asked of something named (or pointed back at and said of: "where is it based").
# ... nor "where is it written?", "where is that said?": where in the texts, as a learner asks it.
# ... or "where is this idea in the article?": the topic called by what it is, in the piece.
_POINTER_PLACE = re.compile(
    r"where(?:\s+(?:is|are|was|were|it|that|this|they|he|she|exactly))*(?:\s+(?:idea|point|claim|notion|thought|image|phrase|saying)s?)?"
    rf"(?:\s+(?:written|said|stated|mentioned|cited|found))?(?:\s+in\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{DOCUMENT_NOUNS}))?$",
    re.IGNORECASE,
)
# "When" or "where" opening a clause of time or place ("…, when the conference was
# held, …") asks nothing: an ask puts its auxiliary first ("when was it founded").
_CLAUSE_WORD = re.compile(rf"(?:when|where)\s+(?!(?:{_AUXILIARY})\b)", re.IGNORECASE)
# ... but one closing the question on a participle, as learners ask it in the word order
# of a statement ("…, who is director and when it was established?"): what ends so is
# asked, not set beside another ask.
# (Or the participle alone: "internet governance forum where held".)
_STATED_ASK = re.compile(rf"(?:when|where)\s+(?:(?:\S+\s+){{1,6}}?(?:is|was|are|were)\s+)?{_BARE_PARTICIPLE}(?:\s+up)?\W*$", re.IGNORECASE)


def later_asks(question: str) -> list[tuple[str, str, str]]:
    """(kind, the words asking it, the ask) for each ask after the first in ``question``
    that asks plainly for a kind of LATER_ASK_KINDS ("Who first proposed the Online Silk
    Road initiative, and in what year?": ("time", "in what year", "in what year");
    "…, which countries have joined in it": ("countries", "which countries", …)). The subject the reader keeps is the
    first ask; these are what else the asker wants."""
    asks = []
    parts = _LATER_ASK.split(question)[1:]
    for i, part in enumerate(parts):
        ask = part.strip(" ?!.,;")
        # (Stated so only at the question's end: "In 2015, when the conference was held,
        # what did Xi say?" sets a time.)
        if _CLAUSE_WORD.match(ask) and not (i == len(parts) - 1 and _STATED_ASK.match(ask)):
            continue
        # Asked plainly, not merely in the words that ask it ("where does that phrase
        # fit" asks where in the texts), but for countries, named by no other words.
        plain = asked_plainly(ask)
        kind = plain[0] if plain else asked_kind(ask)
        if not plain and kind not in _COUNTRY_KINDS or _POINTER_PLACE.match(ask):
            continue
        if kind in LATER_ASK_KINDS:
            # ("which countries": the two words asked_kind reads)
            opening = ask[: len(ask) - len(plain[1])] if plain else " ".join(ask.split()[:2])
            asks.append((kind, opening, ask))
    return asks


def gives_the_ask(kind: str, text: str, *, ask: str, question: str) -> bool:
    """Whether ``text`` gives what a further ask of ``question`` asks for (later_asks): its
    kind, told of the event it names ("when was it founded": a time beside "founded").
    Its names are the first ask's, pointed back at ("it", "he"), so none need be in
    ``text``; what ``question`` holds itself (its countries, its years) gives nothing."""
    if kind in _COUNTRY_KINDS:
        return names_countries(kind, text, asked=question)
    if kind == "office":
        # The holder of an office of what the question names before it ("Cyberspace
        # Administration of China, who is director?"): its names, not the ask's.
        return names_office_holder(text, asked=question)
    gives = gives_plainly(kind, text, asked=ask.lower())
    if kind in ("time", "place"):
        return gives and gives_kind(kind, text, asked=question)
    return gives


# A question answered yes or no opens with an auxiliary ("Did China take part in …?").
_YES_NO = re.compile(r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might)\b", re.IGNORECASE)


def asks_yes_no(subject: str) -> bool:
    """Whether the subject asks to be answered yes or no ("Did China attend WSIS?"): a
    passage naming its name with the rest answers it, though the name is written
    nowhere else; "Who leads …", "Where is …" ask for something beside the name."""
    return bool(_YES_NO.match(subject.lstrip()))


# What may stand between a yes/no question's auxiliary and the thing it puts its claim
# about: an article or determiner, or the "there" of "Is there a …".
_DETERMINERS = "the|a|an|any|some|these|those|this|that|all|every|each|no|such|there"
_CLAIM_ABOUT = re.compile(rf"\b{_YES_NO.pattern}\s+(?:(?:{_DETERMINERS})\s+)*(?P<word>[\w'’-]+)", re.IGNORECASE)
# What a claim about doing something is done to: after "it" an adjective and an
# infinitive ("it illegal to use a …"), after a gerund its object ("using a …"), an
# article or determiner aside.
_DONE_TO = re.compile(rf"(?P<infinitive>\s+[\w'’-]+\s+to\s+[\w'’-]+)?\s+(?:(?:{_DETERMINERS})\s+)*(?P<word>[\w'’-]+)", re.IGNORECASE)


def claim_about(text: str, *, opening: bool = True) -> str | None:
    """The word a yes/no question puts its claim about: the first after its auxiliary
    and any article or determiner ("Are vpns allowed in China?" → "vpns", "Is the
    metaverse going to get regulated?" → "metaverse", "Do they want …" → "they"). With
    ``opening`` only when the auxiliary opens ``text`` (a subject); else the first
    auxiliary anywhere ("um is the metaverse …", as read); None without one."""
    m = _CLAIM_ABOUT.match(text.lstrip()) if opening else _CLAIM_ABOUT.search(text)
    if m is None:
        return None
    word = m.group("word")
    # A claim about doing something is about what it is done to: "Is it illegal to use
    # a vpn …" and "Is using a vpn … illegal" both put it about "vpn".
    is_it = word.lower() == "it"
    done = _DONE_TO.match(text, m.end()) if is_it or word.lower().endswith("ing") else None
    if done is not None and is_it == bool(done.group("infinitive")):
        return done.group("word")
    return word


# A yes/no question asking whether someone holds a view ("Does the writer think online
# safety gets turned into a political football?", "Did Zhi claim …"): the reader frames
# the holder and the verb out, leaving the claim, in the asker's words, as the subject.
# Only verbs of holding a view: one of saying or mentioning ("Does Zhang say where …",
# "Do the texts talk about …") asks whether the texts speak of a topic, not a claim.
_VIEW_VERBS = r"(?:think|thinks|thought|believe|believes|believed|reckon|reckons|reckoned|feel|feels|felt|claim|claims|claimed|argue|argues|argued|agree|agrees|agreed)"
# Not agreeing on a topic ("do Zhi and Guangming agree on blockchain?"): no claim put, but
# whether their views meet, which only their passages on the topic settle.
_HELD_CLAIM = re.compile(
    rf"{_YES_NO.pattern}\s+(?:[\w'’-]+\s+){{1,4}}?{_VIEW_VERBS}\s+(?:that\s+)?(?!(?:on|about|over|regarding|in|with)\b)(?P<claim>\S.*)", re.IGNORECASE
)


def held_claim(read: str) -> str | None:
    """The claim a yes/no question asks whether someone holds (``read``, the question as
    read: "Does the writer think online safety gets turned into a political football?" →
    "online safety gets turned into a political football?"); None for any other question."""
    m = _HELD_CLAIM.match(read.lstrip())
    return m.group("claim") if m else None


def claim_opening(claim: str) -> str | None:
    """The word a held claim (held_claim) is put about: its first after any article or
    determiner ("this whole idea …" → "whole")."""
    m = re.match(rf"\W*(?:(?:{_DETERMINERS})\s+)*(?P<word>[\w'’-]+)", claim, re.IGNORECASE)
    return m.group("word") if m else None


# A yes/no question asking whether a piece speaks of something ("Does Guangming address
# the surveillance of ethnic groups?", "Do they say anything about deepfakes?", "Is it
# true Zhi mentions X?"): its verb, within its first words, is one of speaking of a topic.
# So is one of telling, citing or treating of it ("Does any author cite a UN resolution
# on …", "Do the articles give figures on …", "Is there a line describing …", "Is there
# a description of …", "Does X come up"): the asker
# wants a passage that holds the topic, not one settling a claim. Not "list", which asks
# what a list holds ("Can you confirm it lists Wi-Fi and smartphones …").
_OF_TOPIC = re.compile(
    r"\b(?:address(?:es|ed)?|discuss(?:es|ed)?|mention(?:s|ed)?|cover(?:s|ed)?|touch(?:es|ed)?\s+(?:on|upon)|"
    r"talk(?:s|ed)?\s+about|speaks?\s+(?:of|about)|deal(?:s|t)?\s+with|refer(?:s|red)?\s+to|say(?:s)?\s+anything\s+(?:about|on)|"
    r"make\s+any\s+mention|describ(?:e|es|ed|ing)|comment(?:s|ed)?\s+on|cit(?:e|es|ed|ing)|treat(?:s|ed)?|"
    r"give(?:s)?\s+(?:any\s+)?(?:figures|numbers|details|data)|take(?:s)?\s+a\s+(?:position|stand|view)\s+on|"
    r"(?:line|passage|sentence|paragraph)\s+(?:on|about|giving|saying|explaining)|(?:bring(?:s)?|brought)\s+up|(?:come(?:s)?|came)\s+up|"
    r"acknowledg(?:e|es|ed)|(?:description|figures|numbers|statistics|stats|details|discussion|reference|account)\s+(?:of|on|about|for))\b",
    re.IGNORECASE,
)
# The words a yes/no question may put before its verb of speaking: the auxiliary, who
# speaks ("the Guangming piece", "any of them", "Zhi") and "it true/correct/right that".
MAX_WORDS_BEFORE_TOPIC_VERB = 6


def _topic_verb(subject: str) -> re.Match[str] | None:
    """The verb of speaking of a topic by which a yes/no subject asks only whether the
    texts speak of it, within its first words; None for any other subject."""
    if not asks_yes_no(subject):
        return None
    m = _OF_TOPIC.search(subject)
    return m if m and len(re.findall(r"[\w'-]+", subject[: m.start()])) <= MAX_WORDS_BEFORE_TOPIC_VERB else None


def asks_of_topic(subject: str) -> bool:
    """Whether a yes/no subject asks only whether the texts speak of something ("Does
    Guangming address the online surveillance of ethnic groups?"): it puts no claim in
    the asker's words for a passage to settle in its own, only a topic the texts must
    hold — as when the reader has already left the topic alone as the subject."""
    return _topic_verb(subject) is not None


# Words that say where the texts might speak of it, not what: framing as much as the verb.
_ANYWHERE = frozenset(("anywhere", "somewhere", "everywhere"))


def speaking_words(subject: str) -> tuple[str, ...]:
    """The words of a yes/no question of a topic (asks_of_topic) that ask whether the
    texts speak of it, not what they speak of ("mentioned", "anywhere" in "is the
    Islamic State mentioned anywhere"), in lower case; () for any other subject."""
    verb = _topic_verb(subject)
    if verb is None:
        return ()
    return (*verb.group().lower().split(), *(w for w in re.findall(r"\w+", subject.lower()) if w in _ANYWHERE))


# A law, act or statute asked for as one instrument of its kind: "what law protects
# minors online", "what's the law against online fraud", "is there a defamation law",
# "does China have a privacy law", "any fake news laws", "Brazil's internet law",
# "which data protection authority or law". Not law as a whole ("the rule of law",
# "obey the law", "make their own cyber laws", "bodies of law"): an article, "what",
# "which" or "any" before it with no "of" between, the law "against" or "banning"
# something, or a name's law.
_LAW = r"(?:law|laws|legislation|statute|statutes)"
# The words between the article and the law are what kind of law it is ("privacy",
# "data protection", "fake news"): no glue or place word ("a place outside the law",
# "a place where laws don't apply").
_NOT_LAW_MODIFIERS = (
    "of|the|a|an|outside|beyond|without|where|to|by|under|within|with|in|on|for|and|or|that|which|who|"
    "is|are|was|were|be|been|do|does|did|not|no|place|world|zone|space"
)
_LAW_MODIFIERS = rf"(?:(?!(?:{_NOT_LAW_MODIFIERS})\b)[\w-]+\s+|(?:kind|sort|type)\s+of\s+){{0,3}}?"
# ... and the law is no word qualifying another ("a law student", "law enforcement").
_NOT_AFTER_LAW = r"(?![\s-]+(?:of|and|student|students|school|schools|scholar|scholars|enforcement|firm|firms|institute|professor|professors)\b)"
_ASKS_FOR_A_LAW = re.compile(
    rf"\b(?:a|an|any|what|which|there)\s+{_LAW_MODIFIERS}(?:(?:authority|body)\s+or\s+)?{_LAW}\b{_NOT_AFTER_LAW}"
    rf"|\bthe\s+{_LAW_MODIFIERS}{_LAW}\s+(?:against|banning|forbidding|prohibiting|protecting)\b"
    rf"|(?-i:[A-Z])[\w-]*(?:['’]s|s['’])\s+{_LAW_MODIFIERS}(?:{_LAW}|(?-i:Act))\b{_NOT_AFTER_LAW}",
    re.IGNORECASE,
)
# How a text names one: a name in capitals ending on its kind ("the Cybersecurity Law",
# "the UN Charter", "the Budapest Convention").
_NAMED_INSTRUMENT = re.compile(r"(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+|on\s+|for\s+|the\s+)*(?-i:[A-Z])[\w-]*)*\s+(?-i:Law|Act|Code|Convention|Charter|Treaty|Regulations?|Directive|Statute)\b")


def asks_for_a_law(subject: str) -> bool:
    """Whether ``subject`` asks for a law as one instrument of its kind (_ASKS_FOR_A_LAW):
    its name, or what it does. The caller gives names their capitals."""
    return bool(_ASKS_FOR_A_LAW.search(subject))


def names_a_law(text: str) -> bool:
    """Whether ``text`` names a law, act, code, convention, charter or treaty by its name,
    or speaks of one as an instrument as a question asks for it ("Brazil adopted an
    internet law that …"; "in accordance with the law" names none)."""
    return bool(_NAMED_INSTRUMENT.search(text) or _ASKS_FOR_A_LAW.search(text))


# A question asking for the members of a kind of thing: "what kinds of X", "which types of
# X", "give examples of X", "list the X", "name the X", "what are the X of Y", "what X does
# Zhi list". X is what a passage answering it lists things as ("cybercrimes such as
# violence, pornography …", "A, B and other X"), not one of the things ("piracy" in
# "slander, piracy and false news"): a passage naming X only as an item answers nothing.
# Plural only: "what kind of internet access should they be given", "what sort of running
# of the net" ask what it is like, a quality the texts give in words of their own.
_MEMBER_NOUNS = r"(?:kinds|types|sorts|forms|examples|categories|varieties|instances)"
# (Its noun ends before a name: "list the crimes Zhang mentions" asks for crimes.)
_ASKED_NOUN = r"(?P<noun>[\w’'-]+(?:\s+(?!(?:of|on|in|at|as|for|to|by|from|with|against|about|like|that|which|who|does|do|did|is|are|was|were|the|they|he|she|it|mentions|lists|cites|says|gives)\b|(?-i:[A-Z][a-z]))[\w’'-]+){0,2})"
_ASKS_MEMBERS = (
    re.compile(rf"\b(?:what|which)\s+(?:(?:different|specific|main|other)\s+)?{_MEMBER_NOUNS}\s+of\s+(?:the\s+)?{_ASKED_NOUN}", re.IGNORECASE),
    re.compile(rf"\b(?:give|name|list)\s+(?:some\s+|any\s+|the\s+)?{_MEMBER_NOUNS}\s+of\s+(?:the\s+)?{_ASKED_NOUN}", re.IGNORECASE),
    re.compile(rf"^\W*(?:please\s+)?(?:list|name|enumerate)\s+(?:all\s+)?(?:of\s+)?the\s+{_ASKED_NOUN}", re.IGNORECASE),
    re.compile(rf"^\W*(?:what|which)\s+(?!(?:do|does|did|is|are|was|were|has|have)\b){_ASKED_NOUN}(?:\s+[\w’'-]+){{0,4}}?\s+(?:does|do|did)\s+(?:[\w’'-]+\s+){{1,4}}?(?:list|name|mention|cite|give)\b", re.IGNORECASE),
)


def asked_members_of(subject: str) -> tuple[str, ...]:
    """The words, lower-cased, of the kind of thing whose members ``subject`` asks for
    (_ASKS_MEMBERS: "what kinds of piracy …" → ("piracy",), "list the fake news cases on
    Twitter" → ("fake", "news", "cases")); () for any other subject."""
    for pattern in _ASKS_MEMBERS:
        m = pattern.search(subject)
        if m:
            return tuple(w.lower() for w in re.findall(r"[\w’'-]+", m.group("noun")) if w.lower() not in FUNCTION_WORDS)
    return ()

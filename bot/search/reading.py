"""How the search reads a question: misspellings and acronyms read as the corpus's own
words, then the framing set apart from the subject (see ``asking``)."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ..texts.corpus import Document
from .abstention import DISCOURSE_WORDS
from .acronyms import AcronymTable, initials
from .asking import DOCUMENT_NOUNS, NOTHING_ASKED, PHRASAL_VERBS, PLAIN, PRONOUNS, VERBS, Asks, ChatSpeak, Framed, Framer
from .asking.glosses import ForeignWords, english, writes_han
from .asking.needs import guarded
from .asking.asker import quoted_phrase_asked
from .asking.capitals import unshouted
from .asking.cloze import unblanked
from .asking.flashcards import CARD_WORDS, as_card_question
from .asking.markup import without_markup, without_page_marks
from .asking.prompting import unprompted
from .asking.recollection import recalled
from .asking.register import plain_register
from .asking.speech import spoken_years, unspoken
from .asking.syntax import restriction, search_syntax
from .asking.worksheet import without_item_frame
from .asking.words import QUESTION_AUXILIARIES
from .lexical import undotted
from .names import TITLE_MODIFIERS, TITLES, capital_readings
from .scanning import plain_characters, rescanned
from .spelling import Correction, Speller, apply

# Words questions are framed with, which a corpus need not use: a misspelling of
# one of them ("waht", "txts", "abuot") is read as it.
_NOUNS = re.findall(r"[a-z]{3,}", DOCUMENT_NOUNS.replace("(?:y|ies)", "y"))
# What a question calls a document: "text", "texts", "article", "piece"…
DOCUMENT_WORDS = frozenset(_NOUNS + [w[:-1] for w in _NOUNS if w.endswith("s")])
FRAMING_WORDS = frozenset(
    list(DOCUMENT_WORDS)
    + re.findall(r"(?<![a-z\])])[a-z]{3,}(?![a-z\[(])", f"{PRONOUNS} {VERBS.replace(PHRASAL_VERBS, '')}")
    + """what which who whom whose when where why how does do did is are was were about tell
    according regarding concerning anything something please quote quotes show give say i me my
    i'm i've i'd we're we've you're they're""".split()
    # The asker's hedges and fillers ("who really said …", "…, like what was …") and
    # vague nouns ("the pandora's box thing"): how they speak, not what about. Not
    # "actually": as a weakest word it kept two off-topic questions refused ("what does
    # the interactive advertising bureau actually do"; without it they are answered, as
    # the question without the hedge is), and no covered one gained by it.
    + "really exactly specifically basically honestly literally seriously even like thing things stuff whole".split()
    # ... and "why X mattered", "who do they blame for X": the answering sentence says
    # what X meant, or who did it, in its own words.
    + "matter matters mattered blame blames blamed".split()
    # ... and a newsroom's names for a piece's parts ("the lede", "the kicker"), which
    # asking.structure reads: not to be respelt as corpus words ("lede" → "led").
    + "lede ledes kicker".split()
    # ... and the modal verbs a case is put to the texts with ("what would Zhi say about
    # …", "what could a country do"), which the texts may never write: not to be respelt
    # as corpus words ("would" → "world").
    + "would could should might must shall will can".split()
)
# What an asker calls the words they want ("which line says …", "the passage where …"):
# known to the speller, which a corpus need not use ("line" is no "life"), though not
# framing words everywhere: "part", "line" may name what a passage speaks of.
_REQUEST_NOUNS = "line lines sentence sentences passage passages paragraph paragraphs quotation quotations bit bits".split()
# The framing words by their first letter: a misspelt framing word is looked for among
# those it shares its first letter with (_framing_near), not among them all.
_FRAMING_BY_LETTER = {letter: tuple(group) for letter, group in itertools.groupby(sorted(FRAMING_WORDS), key=lambda w: w[0])}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Shorter pieces of the model's vocabulary are fragments ("wr"), not words.
MIN_VOCABULARY_WORD = 3
# The words before an acronym that its reading may lean on ("privacy and IP"): a
# content word, perhaps with a connector between.
PRECEDING_WORDS = 2
# A rare word read as a name's initials has this many letters at least ("cass", not "gig"
# whose three letters chance names share more often).
MIN_RARE_ACRONYM = 4
# At most this many misspelt framing words are tried together (each with its few
# neighbours): a question's frame has a handful of words.
MAX_REFRAMED = 4
# An outlet's initials are read as its name from two letters ("GT").
MIN_OUTLET_INITIALS = 2


# Contractions typed without their apostrophe ("dont", "cant", "whats", "im"), which the
# speller would read as other words ("done", "can": the opposite): English's own, not any
# corpus's. "wont" and "its" are words; "wont" is "won't" in a question far more often.
_NOT_CONTRACTED = guarded(re.compile(r"\b(do|does|did|is|are|was|were|ca|could|should|would|wo|have|has|had|must|need)nt\b", re.IGNORECASE))
_IS_CONTRACTED = re.compile(r"\b(what|that|there|where|who|how)s\b", re.IGNORECASE)
_I_CONTRACTED = guarded(re.compile(r"\b([iI])(m|ve)\b"))


# "e.g." and "i.e." introduce an example or a gloss (read before dotted initials, which
# would make them the acronyms "EG", "IE").
_LATIN = {"e.g": "for example", "eg": "for example", "i.e": "that is", "ie": "that is"}
_LATIN_ABBREVIATIONS = guarded(re.compile(r"(?<![\w.])(e\.g|i\.e)\.?(?=[\s,:;)]|$)|(?<![\w.])(eg|ie)\.(?=[\s,:;)]|$)", re.IGNORECASE))


# English idioms whose words, matched one by one, say something else: "in charge of"
# is being responsible for, not "charges" brought against someone.
_IDIOMS = {"in charge of": "responsible for"}
_IDIOM = guarded(re.compile(r"\b(" + "|".join(re.escape(k) for k in _IDIOMS) + r")\b", re.IGNORECASE))


# Clipped names the everyday language gives a thing ("the net" is the Internet, as
# "tech" is technology), read as the full word when the texts write it and never write
# the clipped phrase themselves (a text on fishing keeps its "net").
_CLIPPED_PHRASES = {"the net": "the internet", "the web": "the internet"}
_CLIPPED_PHRASE = guarded(re.compile(r"\b(" + "|".join(re.escape(k) for k in _CLIPPED_PHRASES) + r")\b(?![\w-])", re.IGNORECASE))


def unabbreviated(text: str, *, chat: ChatSpeak = PLAIN) -> str:
    """The text with chat's shorthand written out (``chat``: for the corpus read) and years
    said aloud as digits: "what r ppl saying abt govt policy" → "what are people saying
    about government policy"."""
    text = _IDIOM.sub(lambda m: _IDIOMS[m.group(1).lower()], spoken_years(text))
    return chat.plain(_LATIN_ABBREVIATIONS.sub(lambda m: _LATIN[(m.group(1) or m.group(2)).lower()], text))


def apostrophised(text: str) -> str:
    """The text with its contractions' apostrophes where they were left out: "dont" →
    "don't", "whats the" → "what's the", "im" → "I'm"."""
    text = _NOT_CONTRACTED.sub(lambda m: f"{m.group(1)}n't", text)
    text = _IS_CONTRACTED.sub(lambda m: f"{m.group(1)}'s", text)
    return _I_CONTRACTED.sub(lambda m: f"I'{m.group(2)}", text)


# Word orders a learner carries over from their own language (German, French, Italian,
# Spanish…), read as English puts them: "according Zhang" → "according to Zhang"; "what
# says the author about X" (subject after the verb) → "what does the author say about X";
# "how is explained X" (participle before its subject) → "how is X explained". English's
# own, not any corpus's.
_ACCORDING = guarded(re.compile(r"\baccording\s+(?!to\b|as\b)(?=[A-Za-z])", re.IGNORECASE))
# "From when …?" asks since when, as Italian "da quando", French "depuis quand", Spanish
# "desde cuándo" do.
_FROM_WHEN = re.compile(r"^(\W*)from\s+when\b", re.IGNORECASE)
# The verbs a writer says things with, as a learner puts them before the writer: their
# plain form, and whether the form typed is past ("what said Zhang about …").
_SAYING_FORMS = {
    "says": ("say", False), "said": ("say", True), "writes": ("write", False), "wrote": ("write", True),
    "thinks": ("think", False), "thought": ("think", True), "tells": ("tell", False), "told": ("tell", True),
    "argues": ("argue", False), "argued": ("argue", True), "claims": ("claim", False), "claimed": ("claim", True),
    "explains": ("explain", False), "explained": ("explain", True), "means": ("mean", False), "meant": ("mean", True),
    "suggests": ("suggest", False), "suggested": ("suggest", True), "proposes": ("propose", False), "proposed": ("propose", True),
    "states": ("state", False), "stated": ("state", True), "reports": ("report", False), "reported": ("report", True),
}
# The writer between the verb and what it is said about: a few words at most.
MAX_INVERTED_SUBJECT_WORDS = 5
# ... a noun phrase, holding no auxiliary or modal: with one, the verb typed is a noun
# opening a clause of the subject ("How states can intervene in the flux of information?":
# the states, not a writer, can intervene).
_WRITER_WORD = rf"(?!(?:{QUESTION_AUXILIARIES}|may|might|must|shall)\b)[\w'’-]+"
# Either may follow where the question is asked of, set off by a comma ("In the article of
# 2015, how is explained …"): a few words, none a question's end.
_SET_OFF_LEAD = r"(?:[^,;:?!.]{1,60},\s*)?"
_SAYS_INVERTED = re.compile(
    rf"^(?P<lead>\W*{_SET_OFF_LEAD}(?:what|how)\s+)(?P<verb>{'|'.join(_SAYING_FORMS)})\s+"
    rf"(?P<who>(?:{_WRITER_WORD}\s+){{0,{MAX_INVERTED_SUBJECT_WORDS - 1}}}?{_WRITER_WORD})\s+(?=(?:about|on|of|regarding|concerning)\b)",
    re.IGNORECASE,
)
# "How is explained the relation …", "when was founded the academy", "how is called the
# principle": a participle put before a subject that opens with a determiner.
_PARTICIPLE = (
    r"[a-z]+ed|called|written|said|made|given|seen|known|done|taken|held|built|begun|shown|chosen|drawn|meant|"
    r"thought|brought|set|led|found|put|understood|kept|told|run|won|lost|hidden|spoken|broken"
)
_PARTICIPLE_FIRST = re.compile(
    rf"^(?P<lead>\W*{_SET_OFF_LEAD}(?:how|when|where|why|what|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)(?P<participle>{_PARTICIPLE})\s+"
    r"(?P<subject>(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+[^?!.]+?)"
    # ... the participle put back before where it is asked of ("… in the 2015 article"),
    # which stays the question's last words, as they are when English asks it.
    rf"(?P<place>\s+(?:in\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,3}}(?:{DOCUMENT_NOUNS})|according\s+to\s+[^?!.]+))?(?P<end>\s*[?!.]*\s*)$",
    re.IGNORECASE,
)


def in_english_order(text: str) -> str:
    """The question with a learner's word order read as English's: "What says the author
    about X?" → "What does the author say about X?", "How is explained the relation?" →
    "How is the relation explained?", "according Guangming" → "according to Guangming",
    "From when …?" → "Since when …?"."""
    text = _FROM_WHEN.sub(lambda m: f"{m.group(1)}{'Since' if m.group()[len(m.group(1))].isupper() else 'since'} when", _ACCORDING.sub("according to ", text))

    def says(match: re.Match) -> str:
        plain, past = _SAYING_FORMS[match.group("verb").lower()]
        return f"{match.group('lead')}{'did' if past else 'does'} {match.group('who')} {plain} "

    text = _SAYS_INVERTED.sub(says, text, count=1)
    return _PARTICIPLE_FIRST.sub(
        lambda m: f"{m.group('lead')}{m.group('subject')} {m.group('participle')}{m.group('place') or ''}{m.group('end')}", text, count=1
    )


_ACRONYM_TYPED = re.compile(r"[A-Z]{2,}")


def _is_name_like(word: str, *, starts_question: bool) -> bool:
    """Whether a word is written as a name: capitalised (unless only for starting the
    question) or with a capital inside it."""
    inner = any(c.isupper() for c in word[1:])
    return inner or (word[:1].isupper() and not starts_question)


# Initials typed in capitals, perhaps possessive ("GT", "GT's").
_INITIALS = re.compile(r"([A-Z]{2,})((?:['’]s)?)")
# What every acronym typed in capitals opens with (acronyms._ACRONYM, _INITIALS).
_OPENING_CAPITALS = re.compile(r"[A-Z]{2}")


def _folded(token: str) -> str:
    """A token as an acronym is looked for: in lower case when only its first letter may
    be a capital ("Aiib"), else as typed ("ICANN", "iPhone")."""
    return token.lower() if token[1:].islower() else token
# A part of a piece asked for by its number spelt out: "section one", "part two".
_PART_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPELT_PART_NUMBER = re.compile(rf"\b(?P<noun>part|section|chapter)\s+(?P<number>{'|'.join(_PART_NUMBERS)})\b(?![-’'])", re.IGNORECASE)
# The names of the months and the days of the week: a date, which names a time the
# texts were written or speak of, never a thing they would lack ("the piece of January 2016").
_CALENDAR_WORDS = frozenset(w for w in (*calendar.month_name, *calendar.day_name) if w)


# What comes before a word that opens a sentence: nothing, or a sentence's end or a colon,
# perhaps with an opening quote or bracket after it; where it ends, a sentence opens.
# Not the stop after an initial or a title ("U.S. Senator", "Dr. Smith"): a name follows it.
_SENTENCE_OPENING = re.compile(r"(?:^|(?<![A-Z])(?<!\b[DM]r)(?<!\bMs)(?<!\bSt)\.|[?!:;])[\s\"“‘'(\[]*")


# A title typed with its capital, perhaps abbreviated ("Dr."), and the space after it.
_TITLE = re.compile(r"\b([A-Z][a-z]+)\.?\s+")


# Initials spoken letter by letter ("w i c", "u n"): two to seven single letters apart,
# not beside the marks that join a letter to a word ("R&D", "u-turn"; "u.s." is undotted).
MIN_SPOKEN_INITIALS = 2
_SPELLED_LETTERS = re.compile(r"(?<![\w&'’./-])[a-zA-Z](?:[ ]+[a-zA-Z]){1,6}(?![\w&'’/.-])")
# The initials the texts write themselves ("UN", "NSA", "ICANN").
_WRITTEN_INITIALS = re.compile(r"\b[A-Z]{2,}\b")
_WRITTEN_NAME = re.compile(r"(?<=[\w,;] )[A-Z][a-z]+")


@dataclass(frozen=True)
class Query:
    """A question as the search reads it."""

    question: str  # as asked, cleaned
    read: str  # with misspellings and acronyms read as the corpus's words
    subject: str  # ``read`` without its framing
    documents: frozenset[str]  # the documents it names; empty for all
    changes: tuple[tuple[str, str], ...] = ()  # (as asked, as read)
    respelt: bool = False  # some word was read as a corpus word it misspells
    unknown_names: tuple[str, ...] = ()  # names in the subject the corpus never mentions
    asks: Asks = NOTHING_ASKED  # what it asks for by its structure (an author, a conclusion…)
    excluded: tuple[str, ...] = ()  # terms typed after a minus: no passage quoted may hold them
    keywords: bool = False  # typed in a search box's syntax: names side by side are separate terms
    quoted: tuple[str, ...] = ()  # ... and the phrases in quotes it wants word for word (asking.syntax.Syntax.required)
    # The pieces its premise named, when another piece was found to say it and the question
    # was read over every piece (Searcher._piece_guessed): the reply says so.
    guessed: frozenset[str] = frozenset()

    def concerns(self, doc_id: str) -> bool:
        """Whether the question is about a document: it names it, or names none."""
        return not self.documents or doc_id in self.documents

    @property
    def read_as(self) -> str | None:
        """What to tell the user the question was read as: the question whole, as read
        (its respelt words and spelt-out acronyms in place, its frame and the piece it
        names kept: "does the 2022 article criticize …", not the subject searched), and
        only when some word was read as another; a change of case alone is none."""
        if not any(typed.casefold() != read.casefold() for typed, read in self.changes):
            return None
        return self.read


def _respelt(phrase: str, corrections: list[Correction]) -> str:
    """``phrase`` with each word the corrections respell as they respell it."""
    fixes = {c.original.lower(): c.corrected for c in corrections if c.original.isalpha()}
    return re.sub(r"[^\W\d_]+", lambda m: fixes.get(m.group().lower(), m.group()), phrase) if fixes else phrase


# A proposal asked for by a phrasal verb ("what did Xi lay out", "the principles the
# article sets out"): the verb of telling, which no window need
# hold (the texts "put forward" or "propose" it), is read as "propose", one of the
# framing verbs. Not "set out to" (aim), "put forward" (the texts write it) nor "spell
# out" (also: write an acronym in full).
_SETTING_OUT = re.compile(r"\b(?:lay|lays|laid|laying|set|sets|setting)\s+out\b(?!\s+to\b)", re.IGNORECASE)


def _proposed(match: re.Match[str]) -> str:
    return "proposes" if match.group().lower().startswith(("lays", "sets")) else "propose"


class QuestionReader:
    """Turns a cleaned question into a Query, knowing the corpus's words and names."""

    def __init__(
        self,
        documents: dict[str, Document],
        *,
        stopwords: frozenset[str],
        known: Callable[[str], bool],
        is_word: Callable[[str], bool] | None = None,
        is_common: Callable[[str], bool] | None = None,
        english: Iterable[str] = (),
        stem: Callable[[str], str] | None = None,
    ):
        """``known(word)``: whether the corpus uses the word in some form (its stem);
        ``is_word(word)``: whether a lower-case word is a word at all (the model's
        vocabulary knows it), so that one that isn't ("smes") may be an acronym;
        ``is_common(word)``: whether it is among the vocabulary's commonest words, so that
        a rare one the texts never use ("cass") may be a name's initials; ``english``: the
        commonest words of the language (the model's), which a misspelt word the texts have
        no near word for is read as ("recieved" → "received"); ``stem``: the corpus's
        stemmer, by which a misspelt form it doesn't write of a word it does is read."""
        bodies = [doc.body for doc in documents.values()]
        headings = [field for doc in documents.values() for field in (doc.title, doc.outlet, doc.author) if field]
        names = [w for field in headings for w in field.split()]
        self._speller = Speller(bodies, extra_words=[*FRAMING_WORDS, *_REQUEST_NOUNS, *CARD_WORDS, *stopwords, *names], stopwords=stopwords, headings=headings, english=english, stem=stem)
        # The names the documents' front matter gives (their authors: "Zhi", "Zhang"),
        # which their bodies need not write.
        self._front_names = frozenset(w.lower() for w in names if w[:1].isupper())
        self._chat = ChatSpeak(bodies)
        self._acronyms = AcronymTable(bodies, stopwords=stopwords)
        self._written_initials = frozenset(_WRITTEN_INITIALS.findall("\n".join(bodies)))
        # The words the texts capitalise inside a sentence, and the front matter's: names.
        self._written_names = frozenset(_WRITTEN_NAME.findall("\n".join(bodies))) | frozenset(names)
        # A paper is often typed by its initials ("GT" for Global Times, as "NYT" for
        # the New York Times): an outlet's initials read as its name, when no other
        # outlet has them.
        outlets = {doc.outlet for doc in documents.values() if doc.outlet}
        by_initials: dict[str, set[str]] = {}
        for outlet in outlets:
            by_initials.setdefault(initials(outlet.split()), set()).add(outlet)
        self._outlet_initials = {
            key: next(iter(names)) for key, names in by_initials.items() if len(key) >= MIN_OUTLET_INITIALS and len(names) == 1
        }
        self._is_word = is_word
        self._stopwords = stopwords
        self._is_common = is_common
        # Without the model's vocabulary no word can be told foreign rather than English.
        self._foreign = (
            ForeignWords(
                known=lambda word: self._speller.knows(word) or known(word), is_word=is_word, is_common=is_common,
                near_known=self._speller.is_near, stopwords=stopwords, han=writes_han(bodies),
            )
            if is_word is not None and is_common is not None else None
        )
        self._framer = Framer(documents, is_word=is_word)
        self._documents = documents
        self._known = known
        written = "\n".join(bodies).lower()
        self._clipped = {
            clipped: full for clipped, full in _CLIPPED_PHRASES.items()
            if not re.search(rf"\b{re.escape(clipped)}\b", written) and re.search(rf"\b{re.escape(full)}\b", written)
        }
        # A capital city the texts never write, typed as a name (capitalised, not inside
        # a longer name: "Washington Post", "George Washington"), for its country's
        # government; not where something is ("the embassy in Washington"), unless it
        # owns what follows ("fit in Beijing's plans": the government's).
        self._capitals = capital_readings(bodies)
        self._capital = (
            re.compile(
                r"(?<![A-Z][a-z]\s)(?:(?<!\bin\s)(?<!\bat\s)|(?=\w+['’]s\b))(?<![\w-])(" + "|".join(map(re.escape, sorted(self._capitals))) + r")(?![\w-])(?!\s+[A-Z])"
            )
            if self._capitals else None
        )

    def read(self, question: str, *, spelling: bool = True, swaps: bool = False) -> Query:
        """Spelling first (a misspelt frame is still a frame), then acronyms, then framing;
        a message in search-engine syntax is read without its operators, its filters and
        minus terms saying where to search (asking.syntax). With ``swaps``, real words
        autocorrect may have put for the corpus's are read as them too (Speller.swaps)."""
        # A worksheet item pasted whole is read by its stem (asking.worksheet).
        question = without_item_frame(question)
        # A phrase quoted and asked about as such is what is searched for (asking.asker):
        # "where is that from?" asks for no place.
        question = quoted_phrase_asked(question)
        syntax = search_syntax(question)
        typed = syntax.text if syntax is not None and syntax.text else question
        # Damage a scan or a PDF did, mended first: the steps after read words.
        scanned = (
            rescanned(typed, is_word=self._tag_word, in_corpus=self._speller.knows, is_small=lambda word: word.lower() in self._stopwords)
            if spelling else []
        )
        typed = apply(typed, scanned)
        typed, spoken = self._joined_letters(typed)
        # "section one", "part two" are "section 1", "part 2": a part asked for by its number.
        typed = _SPELT_PART_NUMBER.sub(lambda m: f"{m.group('noun')} {_PART_NUMBERS[m.group('number').lower()]}", typed)
        # "U.S." is read as the acronym it spells, "US", in every step after (words() does as much).
        glossed, foreign = english(typed, self._foreign) if self._foreign is not None else (typed, [])
        text, capitals = self._read_capitals(self._unclipped(in_english_order(apostrophised(undotted(unabbreviated(glossed, chat=self._chat))))))
        corrections = self._speller.correct(text, keep=self._keep, real=self._is_real_word) if spelling else []
        if swaps:
            corrections += self._speller.swaps(text, taken=corrections)
            corrections += self._speller.false_friends(text, taken=corrections)
        read = apply(text, corrections)
        changes = [*((c.original, c.corrected) for c in scanned), *spoken, *foreign, *capitals, *((c.original, c.corrected) for c in corrections)]
        read, expanded = self._expand_acronyms(read)
        changes.extend(expanded)
        # A question put after a clause on other pieces is read alone: the clause would
        # draw the search to their words ("Zhang dates X; when does Zhi say Y?").
        asked = self._framer.asked_of_another_piece(read)
        if asked != read:
            read, question = asked, self._framer.asked_of_another_piece(question)
        framed = self._framer.frame(read)
        reframed: list[tuple[str, str]] = []
        if spelling:
            read, framed, reframed = self._reframe(read, framed)
            changes.extend(reframed)
        subject = _SETTING_OUT.sub(_proposed, self._untitled(framed.subject))
        unknown = self._unknown_names(read, subject)
        documents, excluded = framed.documents, ()
        if syntax is not None:
            kept = restriction(syntax, documents, self._documents, names=self._document_named)
            documents, excluded = kept.documents, kept.excluded_terms
        return Query(
            question, read, subject, documents, tuple(changes), bool(scanned or corrections or reframed), unknown, framed.asks, excluded,
            keywords=syntax is not None,
            # A phrase wanted word for word is wanted as the texts spell it ("self-defence").
            quoted=tuple(_respelt(phrase, corrections) for phrase in syntax.required) if syntax is not None else (),
        )

    def prepared(self, text: str) -> str:
        """The message as the reading takes it: without its markup (asking.markup), in
        lower case when typed in capitals or Title Case (``unshouted``), and without a
        speaker's hesitations and corrections (asking.speech), and without what a prompt
        for an AI assistant tells it to be and how to answer (asking.prompting), and with
        a lawyer's Latin in plain words (asking.register); a fill-in-the-blank item without
        its blank and the instruction to fill it (asking.cloze), and without the page numbers a
        handout's header or footer brought (asking.markup) and a PDF's ligatures and invisible
        characters (scanning); a revision card as the
        question it asks of its term (asking.flashcards); a line half remembered
        without the asker's groping for it (asking.recollection)."""
        return recalled(unspoken(unprompted(plain_register(self.unshouted(as_card_question(without_markup(unblanked(without_page_marks(plain_characters(text))), is_word=self._tag_word)))))))

    def _tag_word(self, word: str) -> bool:
        """Whether a hashtag typed in one case may run this word into others: a corpus word
        or one of the model's vocabulary."""
        return self._speller.knows(word) or self._is_real_word(word)

    def unshouted(self, text: str) -> str:
        """The message in lower case when it is typed in capitals or Title Case
        (asking.capitals), but for the acronyms the texts write ("NSA", not "US": it is
        "us" too) or that stand for a name of theirs and are no word ("AIIB", not "DID"),
        and the names they write capitalised ("Guangming")."""
        return unshouted(text, stopwords=self._stopwords, is_acronym=self._is_acronym, is_name=self._is_written_name)

    def _is_written_name(self, word: str) -> bool:
        return re.sub(r"['’]s$", "", word) in self._written_names

    def _is_acronym(self, word: str) -> bool:
        if word in self._written_initials:
            return True
        # An outlet's initials may be a common word: "GO" (Guangming Online) is "go".
        if word in self._outlet_initials:
            return self._is_common is not None and not self._is_common(word.lower())
        return self._is_word is not None and not self._is_word(word.lower()) and self._acronyms.expand(word) is not None

    def _joined_letters(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """Initials typed letter by letter ("the w i c", "u n", "i c a n n", as a dictation
        engine writes them spoken) joined into the acronym, when the texts write it or a
        name of theirs has those initials; a real word before it ("is a w i c") stays.
        Other letters stay as typed: "r u" is chat's "are you"."""
        changes: list[tuple[str, str]] = []

        def join(match: re.Match) -> str:
            letters = match.group().split()
            for start in range(len(letters) - MIN_SPOKEN_INITIALS + 1):
                key = "".join(letters[start:]).upper()
                if key in self._written_initials or self._acronyms.expand(key) is not None:
                    changes.append((" ".join(letters[start:]), key))
                    return " ".join([*letters[:start], key])
            return match.group()

        return _SPELLED_LETTERS.sub(join, text), changes

    def may_swap(self, question: str) -> bool:
        """Whether the question as typed holds a real word autocorrect may have put for
        the corpus's (Speller.swaps), or a learner's false friend (Speller.false_friends): the
        cheap test before it is read again with them."""
        return bool(self._speller.swaps(question) or self._speller.false_friends(question))

    def respelt_a_word(self, query: Query) -> bool:
        """Whether a word the question was read as another is itself a word of the model's
        vocabulary ("bread" read as "broad", "criticise" as "criticize"): the question as
        typed may then mean what it says, and is weighed beside the respelt reading. A
        typo no vocabulary holds ("sovreignty") means nothing as typed."""
        return any(
            self._is_real_word(word)
            for typed, read in query.changes
            if typed.casefold() != read.casefold()
            for word in typed.split()
        )

    def _document_named(self, text: str) -> frozenset[str]:
        return self._framer.named_documents(text, titles_near=False)

    def _untitled(self, subject: str) -> str:
        """The subject without the titles typed before a name the texts write ("what did
        President Xi urge" → "what did Xi urge"): the name says whom it asks about, and a
        window saying "Xi" answers it whether or not it writes his office. A title before
        a name the texts never write stays, as does a title alone ("the Foreign Minister")."""
        spans, end = [], None
        for match in reversed(list(_TITLE.finditer(subject))):
            title = match.group(1).lower()
            if title not in TITLES and not (title in TITLE_MODIFIERS and match.end() == end):
                continue
            if match.end() != end:
                # Not before another title of a run: a name must follow.
                name = _TOKEN.match(subject, match.end())
                word = re.sub(r"['’]s$", "", name.group()) if name else ""
                if not word[:1].isupper() or word.lower() in TITLES or not (self._speller.is_name(word) or word.lower() in self._front_names):
                    continue
            spans.append((match.start(), match.end()))
            end = match.start()
        for start, stop in spans:  # from the last back
            subject = subject[:start] + subject[stop:]
        return subject

    def _unclipped(self, text: str) -> str:
        """The text with the clipped names the texts write in full read as they write
        them ("running the net" → "running the internet")."""
        if not self._clipped:
            return text
        return _CLIPPED_PHRASE.sub(lambda m: self._clipped.get(m.group().lower(), m.group()), text)

    def _read_capitals(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with each capital city the texts never write read as the name they
        give its country ("What does Beijing want" → "What does China want"), and the
        changes made."""
        if self._capital is None:
            return text, []
        changes = []

        def country(match: re.Match) -> str:
            changes.append((match.group(), self._capitals[match.group()]))
            return self._capitals[match.group()]

        return self._capital.sub(country, text), changes

    def _reframe(self, read: str, framed: Framed) -> tuple[str, Framed, list[tuple[str, str]]]:
        """Short misspelt framing words ("wat does the txt say about …") that the speller
        leaves alone, being no corpus words and maybe words of chat: read as the framing
        words one edit away when that sets them apart from the subject, as the frame
        they are."""
        offset = read.find(framed.subject)
        if offset < 0:
            # The framer moved part of the question (a label, a case put after it): where a
            # word of the subject was typed is not where the subject says.
            return read, framed, []
        near = []
        for match in _TOKEN.finditer(framed.subject):
            word = match.group()
            # (A capitalised word inside the question names something: "Delegate of Chad"
            # has no misspelt "chap".)
            if not (self._speller.knows(word) or self._known(word)) and not (word[0].isupper() and read[: offset + match.start()].strip()):
                candidates = self._framing_near(word.lower())
                if candidates:
                    near.append((offset + match.start(), offset + match.end(), word, candidates))
        if not near or len(near) > MAX_REFRAMED:
            return read, framed, []
        best = (len(framed.subject), 0, read, framed, [])
        for choice in itertools.product(*[[None, *candidates] for *_, candidates in near]):
            reread, changes = read, []
            for (start, end, word, _), candidate in reversed(list(zip(near, choice))):
                if candidate is not None:
                    reread = reread[:start] + candidate + reread[end:]
                    changes.insert(0, (word, candidate))
            if not changes:
                continue
            reframed = self._framer.frame(reread)
            # The words left the subject, and more with them: a frame was found.
            typed = sum(len(word) for word, _ in changes)
            if len(reframed.subject) < len(framed.subject) - typed:
                best = min(best, (len(reframed.subject), len(changes), reread, reframed, changes), key=lambda b: b[:2])
        return best[2], best[3], best[4]

    def _framing_near(self, word: str) -> list[str]:
        """The framing words one edit from a word, with its first letter."""
        return sorted(w for w in _FRAMING_BY_LETTER.get(word[0], ()) if w != word and OSA.distance(w, word, score_cutoff=1) <= 1)

    def _unknown_names(self, question: str, subject: str) -> tuple[str, ...]:
        """Capitalised words of the subject that the corpus never uses, even as the
        country a demonym comes from ("Brazilian"), and that are not part of a name it
        partly knows ("Southeast Asian"). A capital inside a word marks a name too
        ("iPhone", "eBay"). The question's first word is left out when its only capital
        is the one for starting the question, and so is a word opening one of its later
        sentences or what follows a colon ("Someone told me …", "Is that right? Does …"):
        found as typed in the question, not by where the subject stands in it, since the
        framing may have taken words from the subject's middle."""
        # Found once, forward: asked at each word (the text before it searched each time),
        # a question of 1,000 characters took ~8 ms.
        openings = {m.end() for m in _SENTENCE_OPENING.finditer(question)}
        openers, elsewhere = set(), set()
        for match in _TOKEN.finditer(question):
            (openers if match.start() in openings else elsewhere).add(match.group())
        tokens = [m for m in _TOKEN.finditer(subject)]
        # Whether the corpus knows a token, asked only of the words written as names and
        # their neighbours: most words of a question are neither.
        known: list[bool | None] = [None] * len(tokens)

        def knows(j: int) -> bool:
            if known[j] is None:
                known[j] = self._knows_name(tokens[j].group())
            return bool(known[j])

        unknown = []
        for i, match in enumerate(tokens):
            word = match.group()
            # Capitalised only where a sentence opens: as typed nowhere else in the question.
            starts_question = word in openers and word not in elsewhere
            if not _is_name_like(word, starts_question=starts_question) or knows(i):
                continue
            if word.lower() in DISCOURSE_WORDS:
                continue  # chat's "OK", "BTW" in capitals: no name, as in lower case
            beside = [tokens[j].group() for j in (i - 1, i + 1) if 0 <= j < len(tokens) and knows(j)]
            # (Not an acronym, a name whole in itself: "the UN GGE" names a group the
            # texts never mention, though they write "UN".)
            if not _ACRONYM_TYPED.fullmatch(word) and any(w[:1].isupper() and self._speller.is_name(w) for w in beside):
                continue
            unknown.append(word)
        return tuple(unknown)

    def _knows_name(self, word: str) -> bool:
        # A lower-case word joined to a name ("UN-type", "US-led", "China-style") is an
        # ordinary word describing by it, not part of the name.
        split = re.split(r"[-’']", word)
        parts = [p for i, p in enumerate(split) if p and p.lower() != "s" and not (i and p.islower())]
        return all(self._knows_word(p) for p in parts)

    def _knows_word(self, word: str) -> bool:
        if len(word) < 2 or self._speller.knows(word) or self._known(word) or word in _CALENDAR_WORDS:
            return True
        stem = re.sub(r"(?:ians?|ans?|ese|ish|i|s)$", "", word)
        return len(stem) >= 4 and any(self._speller.knows(stem + end) for end in ("", "a", "e", "ia", "y"))

    def _keep(self, word: str) -> bool:
        """Whether a word the corpus doesn't spell so stays as typed: a form of a corpus
        word or an acronym."""
        return self._known(word) or self._acronym(word) is not None

    def _is_real_word(self, word: str) -> bool:
        """Whether a word is one of the model's vocabulary, read as a corpus word only
        beside the word the corpus pairs it with ("tech" is not "teach", "kids" not
        "kinds"; "rumours" finds "rumors" by meaning, as a synonym; but "grate powers"
        are the texts' "great powers")."""
        return self._is_word is not None and len(word) >= MIN_VOCABULARY_WORD and self._is_word(word.lower())

    def _may_be_acronym(self, token: str) -> bool:
        """Whether ``_acronym`` may read a token as anything: typed opening on two capitals
        (which AcronymTable.expand and the outlets' initials want of a word the corpus
        uses), or a word the corpus doesn't use. Most words of a question are neither, and
        are told so before the word after them is looked for."""
        return bool(_OPENING_CAPITALS.match(token)) or self._unused(_folded(token))

    def _unused(self, folded: str) -> bool:
        """Whether a word in lower case (``_folded``) is one the corpus doesn't use."""
        return self._is_word is not None and folded.islower() and not self._speller.knows(folded)

    def _acronym(self, token: str, following: str | None = None, preceding: list[str] | None = None) -> str | None:
        """The corpus name an acronym stands for; one typed in lower case, or capitalised
        only ("Aiib"), only when it is no word."""
        folded = _folded(token)
        unused = self._unused(folded)
        lower_case = unused and not self._is_word(folded)
        expanded = self._acronyms.expand(folded if lower_case else token, lower_case=lower_case, following=following, preceding=preceding)
        if expanded is None and unused and len(folded) >= MIN_RARE_ACRONYM and self._is_common is not None and not self._is_common(folded):
            # A rare word of the model's vocabulary ("cass", "asean") that the texts never
            # use is the name of theirs it spells the initials of ("cass institute of law":
            # the Chinese Academy of Social Sciences), if any; not a lower-case term, whose
            # initials chance stretches share.
            name = self._acronyms.expand(folded.upper())
            return name if name is not None and name[:1].isupper() else None
        typed_initials = _INITIALS.fullmatch(token)
        if expanded is None and typed_initials and not (self._is_common is not None and self._is_common(typed_initials.group(1).lower())):
            # Not an everyday word typed in capitals ("GO" for Guangming Online is "go").
            outlet = self._outlet_initials.get(typed_initials.group(1))
            return outlet + typed_initials.group(2) if outlet else None
        return expanded

    def _expand_acronyms(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """"ICANN" → its name; an acronym the corpus also uses keeps itself beside it ("UN (United Nations)")."""
        changes = []
        # The words before each one are the tokens already met: sub visits every match in
        # order, and the prefix before a match holds those very tokens (_TOKEN has no
        # lookaround). Finding them again in the prefix made a long question's reading
        # quadratic in its length.
        seen: list[str] = []

        def replace(match: re.Match) -> str:
            token = match.group()
            before = seen[-PRECEDING_WORDS:]
            seen.append(token)
            if not self._may_be_acronym(token):
                return token
            after = _TOKEN.search(text, match.end())
            name = self._acronym(token, after.group() if after else None, before)
            if name is None:
                return token
            changes.append((token, name))
            return f"{token} ({name})" if self._speller.knows(token) else name

        return _TOKEN.sub(replace, text), changes

"""Spelling: a question's misspelt words read as the corpus's own words (rapidfuzz, OSA distance).

The dictionary is the corpus's vocabulary plus the words questions are framed with,
never a dictionary of English: "sovreignty" is read as "sovereignty" because the texts
use that word, and a word the texts don't use stays what it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..texts.names import capitalised_inside

# Edits allowed by word length: a short word is one edit from too many others.
# Words of up to three letters are corrected only when the correction makes a pair
# of words the corpus uses ("Cold Wr" → "Cold War").
MIN_CORRECTED_LENGTH = 4
TWO_EDITS_FROM_LENGTH = 8
SHORT_WORD_EDITS = 1
CANDIDATES = 12
# Edits allowed when the correction makes a pair of words the corpus uses.
PAIRED_EDITS = 2
# A pair may have small words between ("War on Terror"): at most this many.
MAX_PAIR_GAP = 2
MIN_JOINED_PART = 3
# A word of this many letters that neither the corpus nor the model's vocabulary has,
# with no corpus word near it, is read as the commonest word of that vocabulary two
# letters swapped or a letter dropped inside away ("recieved" → "received", "saftey" →
# "safety", "hosptals" → "hospitals"), or a letter inside struck for the key beside it
# ("hsppened"): the encoder then sees the word meant, not pieces of it. Not any letter
# changed, nor one added or dropped at the end: the vocabulary is no dictionary, and
# such a word is more often another word or a form of one ("meddle" is not "middle",
# "harms" not "harm"). Shorter ones are chat or names more often.
MIN_ENGLISH_CORRECTED = 5
MIN_DROPPED_LETTER = 7
# A misspelt form the corpus doesn't write of a word it does is read by its stem from
# this many letters of stem (Speller._other_form): shorter stems are a slip from too many.
MIN_STEM_CORRECTED = 5
# A real word autocorrect put for a corpus word ("hundred ears", "sovereign tea") is read
# as the corpus's only beside the word the corpus pairs it with: from this many letters,
# a letter off ("ears" → "years", even the first); from SWAPPED_TWO_EDITS_FROM, two.
MIN_SWAPPED_LENGTH = 4
SWAPPED_TWO_EDITS_FROM = 5
SWAPPED_EDITS = 2
# ... and two real words typed for one corpus word ("black doors" → "backdoors"), joined.
MIN_SWAPPED_JOINED = 7
# ... or a long word broken into three or four short ones ("he gem on ism" → "hegemonism"):
# parts of two to five letters, the word at least eight.
MIN_SPLIT_PARTS = 3
MAX_SPLIT_PARTS = 4
MIN_SPLIT_PART = 2
MAX_SPLIT_FRAGMENT = 5
MIN_SPLIT_WORD = 8
# A name the corpus writes as one word, heard as two and typed apart by a dictation engine
# ("wu jen", "gwang ming"): from this many letters, at most this many edits off.
MIN_HEARD_NAME = 6
HEARD_NAME_EDITS = 2
# A capitalised word a letter off a name of a piece's own (its outlet, author or title:
# "Guangmin" for "Guangming") is read as that name with no pair to vouch for it: the asker
# names a piece as they name a source, by itself ("…, Guangmin"). From this many letters.
MIN_PIECE_NAME = 7
# Sounds a learner's ear or alphabet doesn't tell apart in a name ("Van Yi" for "Wang
# Yi": no "w" in Russian or Persian letters, a final "ng" heard as "n"): a capitalised
# word the corpus doesn't write is read as a corpus name with the same key, beside the
# word the corpus writes that name with. Keys of at least this many letters: a shorter
# one matches too many names.
_SOUND_FOLDS = (("ph", "f"), ("v", "w"))
_FINAL_NG = re.compile(r"ng$")
# ... and the sounds English spelling writes other than a romanisation does: "zh" and "j",
# "x" and "sh", "q" and "ch", "oo" and "u", "ee" and "i" (Pinyin's "Wuzhen" heard as "woo jen").
_HEARD_FOLDS = (("zh", "j"), ("x", "sh"), ("q", "ch"), ("oo", "u"), ("ee", "i"))
MIN_SOUND_KEY = 3
# A regular inflection of a word of the language ("spied" of "spy", "bans" of "ban",
# "snooping" of "snoop") is a word of the language too, though the model's vocabulary
# holds only its stem: read as a corpus word only as a real word is, beside the word
# the corpus pairs that with ("spied" is no "speed"; "double standers" are "double
# standards"). English's endings, not any corpus's: each with the letters its stem may
# end in before it (a stem's final "y" written "ie", a final "e" dropped, a consonant doubled).
_INFLECTIONS = ("s", "es", "ies", "ed", "ied", "d", "ing", "er", "ers", "r", "rs", "est", "st", "ly")
# Stems of at least this many letters: "ted" is no form of "te".
MIN_INFLECTED_STEM = 3
_SIBILANT = re.compile(r"(s|x|z|ch|sh|o)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# A stem of one syllable ending consonant, vowel, consonant doubles that consonant
# before -ed, -ing, -er, -est ("pot" → "potted"): written undoubled ("neded"), it's a slip.
_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# A word the corpus writes more often than this is taken as meant ("become" is no "before").
MAX_SWAPPED_COUNT = 1
# British spellings and their American forms, by their endings ("realise" → "realize",
# "colour" → "color", "centre" → "center", "defence" → "defense", "programme" →
# "program", "travelled" → "traveled"): English, not any corpus. A British word is read
# as its American form when the corpus writes that form and not the British one.
_BRITISH_ENDINGS = (
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w)our(s|ed|ing|ite|ites|able|ful|less)?$"), r"or\1"),
    (re.compile(r"(?<=\w\w[^aeiou])re(s|d)?$"), r"er\1"),
    (re.compile(r"(?<=\w\w)ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=\w\w)ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=\w\w)mme(s)?$"), r"m\1"),
    (re.compile(r"(?<=\w\w[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
)
# Words a European learner of English uses in their own language's sense (false
# friends: "argument" for topic, as Italian "argomento"; "politic" for policy, as German "Politik"),
# or a cognate of theirs English writes otherwise ("pandemy", "menace" for threat,
# "informations" counted as French "informations"): read as the English word meant when
# the question as typed is refused, and said in the reply. English's, not any corpus's.
# Not the ones a native speaker uses as often in their English sense ("the actual story",
# "a sensible plan", "the politics of it", "the formation of a bloc"): read as the
# learner's word, a native's refused question was answered about something else.
LEARNERS_FALSE_FRIENDS = {
    "argument": "topic", "arguments": "topics", "politic": "policy",
    "frontier": "border", "frontiers": "borders", "menace": "threat", "menaces": "threats",
    "pandemy": "pandemic", "epidemy": "epidemic", "critic": "criticism",
    "informations": "information", "advices": "advice", "concurrence": "competition",
    # ... and a German, Dutch or Scandinavian learner's ("the aktuell world situation").
    "aktuell": "current", "aktuelle": "current",
}
# In the Latin alphabet, marked letters too ("mentalità" is read unmarked, a typo of
# "mentality"); never part of a word of another alphabet's letters.
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_WORD = re.compile(rf"(?<![^\W\d_])[{_LATIN}]+(?:['’][{_LATIN}]+)?(?![^\W\d_])")
_POSSESSIVE = re.compile(r"['’]s$")
_Y_PLURAL = re.compile(r"[^aeiou]ys$")  # "countrys", not "days" or "keys"
# The texts' curly apostrophe and a keyboard's straight one are one letter: "what's"
# is not a misspelling of the texts' "what’s".
_APOSTROPHES = str.maketrans({"’": "'"})
# Where a sentence or a line ends, which no pair of words spans.
_SENTENCE_END = re.compile(r"[.!?;:]+[\"'”’)]*\s+|\n+")


@dataclass(frozen=True)
class Correction:
    """One word of the question read as a corpus word."""

    start: int
    end: int
    original: str
    corrected: str
    edits: int


def _fold(word: str) -> str:
    """The word in lower case, its apostrophes straight and its letters unmarked ("à": "a")."""
    word = word.lower().translate(_APOSTROPHES)
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _allowed_edits(word: str) -> int:
    if len(word) < MIN_CORRECTED_LENGTH:
        return SHORT_WORD_EDITS
    return 2 if len(word) >= TWO_EDITS_FROM_LENGTH else 1


def _match_case(original: str, corrected: str) -> str:
    if original.isupper() and len(original) > 1:
        return corrected.upper()
    if original[:1].isupper():
        return corrected[:1].upper() + corrected[1:]
    return corrected


class Speller:
    """Reads unknown question words as the nearest corpus words, by edit distance."""

    def __init__(
        self, texts: Iterable[str], *, extra_words: Iterable[str] = (), stopwords: Iterable[str] = (),
        headings: Iterable[str] = (), english: Iterable[str] = (), stem: Callable[[str], str] | None = None,
    ):
        """``texts``: the corpus; ``extra_words``: words questions use that the corpus may not;
        ``stopwords``: words too common to vouch for a correction beside them ("the Parts");
        ``headings``: the documents' titles, outlets and authors, whose pairs of words vouch
        for reading a real word autocorrect put for theirs ("the Dairy Post" for an outlet's name);
        ``english``: the commonest words of the language, commonest first, for a misspelling
        of a word the corpus doesn't use; ``stem``: the corpus's stemmer, for a misspelt
        form the corpus doesn't write of a word it does ("benfit" for its "benefits")."""
        headings = list(headings)
        counts: Counter[str] = Counter()
        bigrams: set[tuple[str, str]] = set()
        pairs: set[tuple[str, str]] = set()  # possessives dropped: "Ali Baba’s" is a pair "ali baba"
        names: set[str] = set()
        stop = {_fold(w) for w in stopwords}
        across: set[tuple[str, tuple[str, ...], str]] = set()  # pairs with small words between: "war (on) terror"
        for text in texts:
            # Words are a pair only inside a sentence: "… international relations. Zhang
            # …" pairs no "relations" with "Zhang".
            for sentence in _SENTENCE_END.split(text):
                tokens = [_fold(w) for w in _WORD.findall(sentence)]
                counts.update(tokens)
                across.update(_pairs_across_small_words(tokens, stop))
                bigrams.update(zip(tokens, tokens[1:]))
                bare = [_POSSESSIVE.sub("", t) for t in tokens]
                pairs.update(zip(bare, bare[1:]))
            names.update(_fold(word) for word in capitalised_inside(text))
        self._names = names
        self._names_by_sound: dict[str, set[str]] = {}  # _name_heard_as
        for name in names:
            self._names_by_sound.setdefault(_sound_key(name), set()).add(name)
        for word in extra_words:
            counts[_fold(word)] += 1
        self._counts = counts
        self._stop = stop
        self._pairs = bigrams | pairs
        adjacent = {pair for pair in bigrams if not (pair[0] in stop or pair[1] in stop)}
        self._bigrams = adjacent | {(first, second) for first, _, second in across}
        # The same pairs by one word: the words the corpus writes after it, and before
        # it. A correction that must make a pair is among them (_best).
        self._pairs_after: dict[str, set[str]] = {}
        self._pairs_before: dict[str, set[str]] = {}
        for first, second in self._bigrams:
            self._pairs_after.setdefault(first, set()).add(second)
            self._pairs_before.setdefault(second, set()).add(first)
        # ... with the small words between them: a real word is read as another only
        # beside the words the corpus writes it with ("rule of law", not "security in other").
        # ... a possessive by its owner too: "Ali Baba's" pairs "ali" with "baba".
        bare_pairs = {pair for pair in pairs if not (pair[0] in stop or pair[1] in stop)}
        self._spaced = {(first, (), second) for first, second in adjacent | bare_pairs} | across
        for heading in headings:
            tokens = [_fold(w) for w in _WORD.findall(heading)]
            self._spaced.update((first, (), second) for first, second in zip(tokens, tokens[1:]) if not {first, second} & stop)
        # The same pairs by one word and the small words between: the words the corpus
        # writes after it, and before it. A swap must make such a pair (_swapped).
        self._written_after: dict[_Spaced, set[str]] = {}
        self._written_before: dict[_Spaced, set[str]] = {}
        for first, gap, second in self._spaced:
            self._written_after.setdefault((first, gap), set()).add(second)
            self._written_before.setdefault((second, gap), set()).add(first)
        self._long_words = [w for w in counts if len(w) >= MIN_CORRECTED_LENGTH - 1]
        self._english = {w: rank for rank, w in enumerate(dict.fromkeys(_fold(w) for w in english)) if len(w) >= MIN_ENGLISH_CORRECTED - 1}
        self._near_long = _ByLength(self._long_words)
        # The names of the bodies and of the front matter (an outlet, "Guangming Online").
        heading_names = {_fold(w) for heading in headings for w in _WORD.findall(heading) if w[:1].isupper()}
        heard = names | heading_names
        self._all_names = frozenset(heard)
        self._near_names = _ByLength(sorted(w for w in heard if w.isalpha() and len(w) >= MIN_HEARD_NAME))
        self._near_english = _ByLength(list(self._english))
        self._piece_names = _ByLength(sorted(w for w in heading_names if w.isalpha() and len(w) >= MIN_PIECE_NAME))
        self._long_names = _ByLength(sorted(w for w in heard if w.isalpha() and len(w) >= MIN_PIECE_NAME))
        self._stem = stem
        # Each stem of the corpus's words and the forms it writes of it, commonest first.
        self._forms: dict[str, list[str]] = {}
        if stem is not None:
            for word, _ in counts.most_common():
                if word.isalpha() and len(word) >= MIN_CORRECTED_LENGTH:
                    self._forms.setdefault(stem(word), []).append(word)
        self._near_stems = _ByLength(list(self._forms))

    def knows(self, word: str) -> bool:
        return _fold(word) in self._counts

    def is_near(self, word: str) -> bool:
        """Whether a corpus word is one edit from ``word`` (a typo of it, perhaps)."""
        folded = _fold(word)
        return process.extractOne(folded, self._near_long.within(len(folded), 1), scorer=OSA.distance, score_cutoff=1) is not None

    def is_name(self, word: str) -> bool:
        """Whether the corpus writes a word capitalised inside a sentence, as (part of) a name."""
        return _fold(word) in self._names

    def correct(
        self, text: str, *, keep: Callable[[str], bool] | None = None, real: Callable[[str], bool] | None = None
    ) -> list[Correction]:
        """Corrections for the words of ``text`` the corpus doesn't know.

        ``keep(word)`` says a word is known in another way (a stem the corpus uses,
        an acronym it spells out) and must stay as it is; ``real(word)`` that it is a
        word of the language the corpus merely doesn't use ("tech", "grate"): read as a
        corpus word only when that makes a pair of words the corpus uses ("grate
        powers" → "great powers"), as a name is.
        """
        matches = list(_WORD.finditer(text))
        lowered = [_fold(m.group()) for m in matches]
        corrections = self._joined(text, matches, lowered)
        joined = {i for c in corrections for i, m in enumerate(matches) if c.start <= m.start() < c.end}
        for i, match in enumerate(matches):
            word = lowered[i]
            original = match.group()
            if i in joined or word in self._counts:
                continue
            plural = self._y_plural(word)
            if plural is not None:
                # Before ``keep``: the corpus's stem ("countri") makes it a form of a corpus word.
                corrections.append(Correction(match.start(), match.end(), original, _match_case(original, plural[0]), plural[1]))
                continue
            if keep is not None and keep(original):
                continue
            if original.isupper() and len(original) > 1:
                continue  # an acronym, not a misspelling
            if word.endswith("s") and word[:-1] in self._stop:
                continue  # a small word made a noun ("the have-nots", "ifs and buts"), not a misspelling
            owner = _POSSESSIVE.sub("", word)
            if owner != word and (owner in self._counts or (keep is not None and keep(owner)) or (real is not None and real(owner))):
                continue  # a known word's possessive ("the writer's opinion"), not a misspelt plural ("writers")
            american = self._american(word, known=keep)
            if american is not None:
                corrections.append(Correction(match.start(), match.end(), original, _match_case(original, american), 1))
                continue
            before = _neighbour(lowered[i - 1 :: -1] if i > 0 else [], self._stop)
            after = _neighbour(lowered[i + 1 :], self._stop)
            # A capitalised word inside the question is a name: read as a corpus name
            # only when that makes a pair of words the corpus uses ("Edward Snowdn").
            # A word of the language is read as a corpus word only a typo away ("colour"
            # → "color"), not as far as a pair may vouch for ("section" is not "session").
            stem = self._inflected(word, real) if real is not None else None
            is_real = real is not None and (real(original) or stem is not None)
            is_name = original[:1].isupper() and i > 0
            # An inflection's ending is typed as meant: a slip is in its stem, and no
            # more of one than a word that long allows ("snooping" is no "shopping").
            # So too for a word with an inflection's ending whose stem neither the
            # corpus nor the vocabulary holds ("hijacked", "censored"): alone, it is
            # read as a corpus word only as near as its stem's length allows, not as
            # far as the ending lengthens it to ("hacked", "centered" are two edits off
            # stems of six letters, other words); a pair the corpus writes still vouches.
            typed_stem = stem if stem is not None or is_real else _typed_stem(word)
            stem_edits = _allowed_edits(typed_stem) if typed_stem is not None else None
            best = self._best(word, before, after, needs_pair=is_real or is_name, far=not is_real, edits=stem_edits)
            if best is None and not (is_real or is_name):
                best = self._other_form(word, real=real) or self._english_word(word)
            if best is None and is_name:
                best = self._name_heard_as(word, before, after) or self._piece_name_near(word) or (None if is_real else self._name_near(word))
            if best is not None:
                corrected, edits = best
                corrections.append(Correction(match.start(), match.end(), original, _match_case(original, corrected), edits))
        return corrections

    def _inflected(self, word: str, real: Callable[[str], bool]) -> str | None:
        """The word of the language (``real``) or of the corpus that ``word`` is a regular
        inflection of ("spy" for "spied", "ban" for "bans"), or None."""
        return next((stem for stem in _inflected_stems(word) if stem in self._counts or real(stem)), None)

    def _other_form(self, word: str, *, real: Callable[[str], bool] | None = None) -> tuple[str, int] | None:
        """A misspelt form the corpus doesn't write of a word it does, read by its stem
        ("strenghtened", "decoupeling", "benfit" → "strengthened", "decoupling",
        "benefit" for the texts' "strengthen", "decouple", "benefits"); None when no stem
        is near. Only a slip inside the stem — a letter left out, added or two swapped —
        counts: a letter changed, or one at the stem's end, makes another word as often
        ("resents" is no "recents", "characterises" no "characteristes"), and a stem that
        is a word of the language (``real``) is one ("patching", "grids")."""
        if self._stem is None or not word.isalpha():
            return None
        typed = self._stem(word)
        if len(typed) < MIN_STEM_CORRECTED or (real is not None and any(real(typed + end) for end in ("", "e"))):
            return None
        limit = _allowed_edits(typed)
        found = process.extract(typed, self._near_stems.within(len(typed), limit), scorer=OSA.distance, score_cutoff=limit, limit=CANDIDATES)
        found = [f for f in found if f[1] > 0 and f[0][0] == typed[0] and f[0][-1] == typed[-1] and _slipped(f[0], typed)]
        if not found:
            return None
        stem, edits, _ = min(found, key=lambda f: (f[1], -sum(self._counts[w] for w in self._forms[f[0]]), f[0]))
        forms = self._forms[stem]
        ending = word[len(typed) :] if word.startswith(typed) else ""
        formed = stem + ending
        if not (ending and self._stem(formed) == stem):
            # Typed with no ending: the stem, if it is a word ("benefit" for the texts'
            # "benefits"), else the corpus's own form of it ("spyware", not "spywar").
            formed = stem if stem in forms or (real is not None and real(stem)) else forms[0]
        return formed, int(edits)

    def _y_plural(self, word: str) -> tuple[str, int] | None:
        """The corpus's plural of a word in -y that a child or learner made with a bare -s
        ("countrys", "companys" → "countries", "companies")."""
        if len(word) < MIN_CORRECTED_LENGTH or not _Y_PLURAL.search(word):
            return None
        plural = f"{word[:-2]}ies"
        return (plural, 2) if plural in self._counts else None

    def _english_word(self, word: str) -> tuple[str, int] | None:
        """The commonest word of the model's vocabulary a slip of the fingers from ``word``
        (MIN_ENGLISH_CORRECTED letters or more), with its edits; None when there is none."""
        if len(word) < MIN_ENGLISH_CORRECTED or not self._english:
            return None
        found = process.extract(word, self._near_english.within(len(word), 1), scorer=OSA.distance, score_cutoff=1, limit=CANDIDATES)
        found = [f for f in found if _slip_of(f[0], word)]
        if not found:
            return None
        corrected, edits, _ = min(found, key=lambda f: (f[1], self._english[f[0]]))
        return corrected, int(edits)

    def swaps(self, text: str, *, taken: Iterable[Correction] = ()) -> list[Correction]:
        """Real words autocorrect put for the corpus's: a word the corpus writes at most
        once, or two words joined, read as a corpus word a letter or two away when that
        makes a pair the corpus writes with a neighbour (and the small words between)
        and the word as typed doesn't ("hundred ears" → "hundred years", "sovereign
        tea" → "sovereignty", "digital divine" → "digital divide", "rule of claw" →
        "rule of law"). Words ``taken`` corrects already are left to it."""
        matches = list(_WORD.finditer(text))
        lowered = [_fold(m.group()) for m in matches]
        busy = {i for c in taken for i, m in enumerate(matches) if c.start <= m.start() < c.end}
        corrections: list[Correction] = []
        i = 0
        while i < len(matches):
            before = _spaced_neighbour(lowered[:i][::-1], self._stop, reverse=True)
            pair = lowered[i : i + 2]
            if (
                len(pair) == 2 and not {i, i + 1} & busy and not set(pair) & self._stop and len("".join(pair)) >= MIN_SWAPPED_JOINED
                and text[matches[i].end() : matches[i + 1].start()] == " " and tuple(pair) not in self._pairs
            ):
                joined = self._swapped("".join(pair), before, _spaced_neighbour(lowered[i + 2 :], self._stop), typed=pair)
                if joined is not None:
                    first, second = matches[i], matches[i + 1]
                    typed = text[first.start() : second.end()]
                    corrections.append(Correction(first.start(), second.end(), typed, _match_case(first.group(), joined[0]), joined[1]))
                    i += 2
                    continue
            word, original = lowered[i], matches[i].group()
            if (
                i not in busy and word not in self._stop and len(word) >= MIN_SWAPPED_LENGTH and not original.isupper()
                and self._counts[word] <= MAX_SWAPPED_COUNT
            ):
                found = self._swapped(word, before, _spaced_neighbour(lowered[i + 1 :], self._stop), typed=[word])
                if found is not None:
                    corrections.append(Correction(matches[i].start(), matches[i].end(), original, _match_case(original, found[0]), found[1]))
            i += 1
        return corrections

    def false_friends(self, text: str, *, taken: Iterable[Correction] = ()) -> list[Correction]:
        """A learner's false friends (LEARNERS_FALSE_FRIENDS) read as the English words
        meant, unless the corpus itself writes the word more than MAX_SWAPPED_COUNT times
        (then the asker likely means it as the texts do). Words ``taken`` corrects
        already are left to it."""
        busy = [(c.start, c.end) for c in taken]
        corrections = []
        for match in _WORD.finditer(text):
            word = _fold(match.group())
            meant = LEARNERS_FALSE_FRIENDS.get(word)
            if meant is None or self._counts[word] > MAX_SWAPPED_COUNT or any(a < match.end() and match.start() < b for a, b in busy):
                continue
            corrections.append(Correction(match.start(), match.end(), match.group(), _match_case(match.group(), meant), 1))
        return corrections

    def _swapped(self, word: str, before: _Spaced | None, after: _Spaced | None, *, typed: list[str]) -> tuple[str, int] | None:
        """The corpus word nearest ``word`` that pairs with a neighbour, when the words it
        was typed as pair with neither."""
        if self._spaced_pair(before, typed[0], after=False) or self._spaced_pair(after, typed[-1], after=True):
            return None  # the corpus writes it beside its neighbour as typed
        limit = SWAPPED_EDITS if len(word) >= SWAPPED_TWO_EDITS_FROM else 1
        # Only the words written beside a neighbour can pair with it: looked through alone,
        # not every corpus word near ``word`` (~0.4 ms a refused question).
        found = self._pairs_near(word, before, after, limit=limit)
        paired = [
            f for f in found
            # Not another form of the word itself ("world's" for "world").
            if _POSSESSIVE.sub("", f[0]) != _POSSESSIVE.sub("", word) and f[0] not in self._stop
            # A first letter changed is a letter mistyped or missed: one edit, no more.
            and (f[0][0] == word[0] or f[1] == 1)
        ]
        if not paired:
            return None
        corrected, edits, _ = min(paired, key=lambda f: (f[1], -self._counts[f[0]], f[0]))
        return corrected, int(edits)

    def _paired_near(self, word: str, before: str | None, after: str | None, *, limit: int) -> bool:
        """Whether some word the corpus writes right after ``before`` or right before
        ``after`` (its pairs without small words between) is at most ``limit`` edits from ``word``."""
        partners = [*self._pairs_after.get(before, ()), *self._pairs_before.get(after, ())]
        return any(OSA.distance(word, partner, score_cutoff=limit) <= limit for partner in partners)

    def _pairs_near(self, word: str, before: _Spaced | None, after: _Spaced | None, *, limit: int) -> list[tuple[str, float, int]]:
        """The words the corpus writes after ``before`` or before ``after`` (as _spaced_pair)
        at most ``limit`` edits from ``word``, nearest first (rapidfuzz's matches)."""
        partners = sorted({
            *(self._written_after.get(before, ()) if before is not None else ()),
            *(self._written_before.get(after, ()) if after is not None else ()),
        })
        return process.extract(word, partners, scorer=OSA.distance, score_cutoff=limit, limit=CANDIDATES)

    def _spaced_pair(self, neighbour: _Spaced | None, word: str, *, after: bool) -> bool:
        """Whether the corpus writes ``word`` beside ``neighbour`` (after it, or before it
        with ``after``), with the same small words between."""
        if neighbour is None:
            return False
        other, gap = neighbour
        return ((word, gap, other) if after else (other, gap, word)) in self._spaced

    def _american(self, word: str, *, known: Callable[[str], bool] | None = None) -> str | None:
        """The American spelling of a British word, if the corpus writes it or, by
        ``known``, another form of it ("weaponisation": its "weapon"; "organised": its
        "organization")."""
        for ending, american in _BRITISH_ENDINGS:
            variant = ending.sub(american, word)
            if variant != word and (variant in self._counts or (known is not None and known(variant))):
                return variant
        return None

    def _joined(self, text: str, matches: list[re.Match], lowered: list[str]) -> list[Correction]:
        """Two words typed apart that the corpus writes as one ("cyber attacks" →
        "cyberattacks", "on line" → "online"), unless it also uses them apart."""
        corrections = []
        i = 0
        while i + 1 < len(matches):
            split = self._split_apart(text, matches, lowered, i)
            if split is not None:
                corrections.append(split)
                i += len(_WORD.findall(split.original))
                continue
            first, second = matches[i], matches[i + 1]
            word = lowered[i] + lowered[i + 1]
            apart = text[first.end() : second.start()] == " " and (lowered[i], lowered[i + 1]) not in self._pairs
            # A second part of two letters is a stray ending more often than a word ("the me").
            if apart and len(lowered[i + 1]) >= MIN_JOINED_PART and word in self._counts and "'" not in word:
                corrected = _match_case(first.group(), word)
                corrections.append(Correction(first.start(), second.end(), text[first.start() : second.end()], corrected, 1))
                i += 2
            elif apart and first.group()[:1].isupper() and len(lowered[i + 1]) < MIN_JOINED_PART and lowered[i] not in self._counts and word in self._all_names:
                # A name's last letters typed apart ("Zhan g"): the name, not a word and a letter.
                corrections.append(Correction(first.start(), second.end(), text[first.start() : second.end()], first.group() + second.group(), 1))
                i += 2
            elif apart and (name := self._name_heard_apart(lowered[i], lowered[i + 1], capitalised=first.group()[:1].isupper())) is not None:
                corrections.append(Correction(first.start(), second.end(), text[first.start() : second.end()], name[0].upper() + name[1:], HEARD_NAME_EDITS))
                i += 2
            else:
                i += 1
        return corrections

    def _split_apart(self, text: str, matches: list[re.Match], lowered: list[str], i: int) -> Correction | None:
        """A long corpus word autocorrect broke into three or four short real words from
        ``i`` on ("he gem on ism" → "hegemonism", "he gem only" → "hegemony", a letter
        off): not all of them corpus words, none a pair the corpus writes nor a lone letter."""
        typed = lowered[i : i + MAX_SPLIT_PARTS]
        short = 0
        for t in typed:
            if not MIN_SPLIT_PART <= len(t) <= MAX_SPLIT_FRAGMENT or "'" in t:
                break
            short += 1
        # Autocorrect's fragments of a word are seldom all words the corpus uses ("gem",
        # "ism"); "what does the" is three of them.
        if short < MIN_SPLIT_PARTS or all(t in self._counts for t in typed[:short]):
            return None
        for parts in range(short, MIN_SPLIT_PARTS - 1, -1):
            run = matches[i : i + parts]
            word = "".join(typed[:parts])
            if (
                len(word) < MIN_SPLIT_WORD or all(t in self._counts for t in typed[:parts])
                or any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:]))
                or any(pair in self._pairs for pair in zip(typed[:parts], typed[1:parts]))
            ):
                continue
            near = None if word in self._counts else _one_letter_off(self._near_long, word)
            found = word if near is None else near[0]
            if (near is not None or word in self._counts) and len(found) >= MIN_SPLIT_WORD:
                return Correction(run[0].start(), run[-1].end(), text[run[0].start() : run[-1].end()], _match_case(run[0].group(), found), 1)
        return None

    def _name_heard_apart(self, first: str, second: str, *, capitalised: bool = False) -> str | None:
        """The corpus name two syllables typed apart spell, a letter or two off, as
        a dictation engine writes a name it doesn't know by its sounds ("woo zhen" for
        "Wuzhen", "gwang ming" for "Guangming"): neither of them a corpus word nor a
        small word ("snowden go" is no name, nor "china sea"), and only one name that
        near, with the same first letter. A name's first syllable typed ``capitalised``
        may be followed by a corpus word autocorrect put for the second, a letter off
        ("Wu then" for "Wuzhen", "Zhen fang" for "Zhenfeng")."""
        word = first + second
        if len(word) < MIN_HEARD_NAME or first in self._stop or first in self._counts:
            return None
        if second in self._stop or second in self._counts:
            return self._name_a_letter_off(word) if capitalised else None
        near = [
            name for name, _, _ in process.extract(word, self._near_names.within(len(word), HEARD_NAME_EDITS), scorer=OSA.distance, score_cutoff=HEARD_NAME_EDITS, limit=CANDIDATES)
            if name[0] == word[0]
        ]
        if not near:
            # ... or written as English spells the sounds of a romanised name ("woo jen"
            # for "Wuzhen"): the same when both are folded to the sounds (_heard_key).
            heard = _heard_key(word)
            near = [name for name in self._near_names.within(len(word), HEARD_NAME_EDITS + 1) if name[0] == word[0] and _heard_key(name) == heard]
        if len(near) > 1 and capitalised:
            return self._name_a_letter_off(word)
        return near[0] if len(near) == 1 else None

    def _name_a_letter_off(self, word: str) -> str | None:
        """The one name of ``_near_names`` a letter off ``word``, with its first letter."""
        near = [name for name in self._near_names.within(len(word), 1) if name[0] == word[0] and OSA.distance(word, name) == 1]
        return near[0] if len(near) == 1 else None

    def _piece_name_near(self, word: str) -> tuple[str, int] | None:
        """The one name of a piece's own (MIN_PIECE_NAME) a letter off ``word``, if one is."""
        return _one_letter_off(self._piece_names, word)

    def _name_near(self, word: str) -> tuple[str, int] | None:
        """The one long name the texts write (MIN_PIECE_NAME letters or more) a letter off
        ``word``, a capitalised word that is no word of the language ("Snowdon's leaks" →
        "Snowden's"): a name typed as it sounds, asked of alone, with no pair to vouch for it.
        Long names are few and far apart, so one a letter off is seldom another name."""
        owner = _POSSESSIVE.sub("", word)
        found = _one_letter_off(self._long_names, owner) if owner.isalpha() else None
        return (found[0] + word[len(owner) :], 1) if found else None

    def _name_heard_as(self, word: str, before: str | None, after: str | None) -> tuple[str, int] | None:
        """The corpus name a capitalised word sounds like ("Van" for "Wang"), when its
        neighbour is a word the corpus writes that name beside ("Van Yi" → "Wang Yi")
        and only one corpus name has its sound key: a name the texts never write
        sounds like none of theirs, or like a name written beside other words."""
        key = _sound_key(word)
        if len(key) < MIN_SOUND_KEY:
            return None
        near = {
            name for name in self._names_by_sound.get(key, ())
            if name != word and ((before, name) in self._pairs or (name, after) in self._pairs)
        }
        if not near:
            # ... or as English spells the romanised name's sounds ("Wang Yee" for "Wang
            # Yi"): a name the corpus writes beside the neighbour, alike folded (_heard_key).
            beside = {*self._pairs_after.get(before, ()), *self._pairs_before.get(after, ())}
            near = {name for name in beside & self._names if name != word and _heard_key(name) == _heard_key(word)}
        if len(near) != 1:
            return None
        name = near.pop()
        return name, int(OSA.distance(word, name))

    def _best(
        self, word: str, before: str | None, after: str | None, *, needs_pair: bool = False, far: bool = True,
        edits: int | None = None,
    ) -> tuple[str, int] | None:
        """The corpus word nearest ``word`` (at most ``edits`` edits off, if given, else
        as many as its length allows), with its edits; None when there is none."""
        limit = _allowed_edits(word) if edits is None else edits
        # A pair the corpus uses vouches for a farther correction than the word alone
        # could: "grate powers" are "great powers", two edits away.
        paired_limit = max(limit, PAIRED_EDITS) if far and len(word) >= MIN_CORRECTED_LENGTH else limit
        pair_only = len(word) < MIN_CORRECTED_LENGTH or needs_pair
        if pair_only and not self._paired_near(word, before, after, limit=paired_limit):
            return None  # nothing near it makes a pair: no corpus word near it need be looked through
        found = process.extract(word, self._near_long.within(len(word), paired_limit), scorer=OSA.distance, score_cutoff=paired_limit, limit=CANDIDATES)
        paired = [f for f in found if (before, f[0]) in self._bigrams or (f[0], after) in self._bigrams]
        if pair_only:
            # Too short to trust alone: only a correction that makes a known pair.
            found = paired
        else:
            found = [f for f in found if f[1] <= limit or f in paired]
        # Typos seldom touch a word's first letter; "election" is not "reflection".
        found = [f for f in found if f[0][0] == word[0]]
        # A small word is misspelt by a letter swapped or missed ("waht", "abut"), seldom
        # by one more: a longer word is another word, not the small one ("didi" is not
        # "did", "have-nots" not "have-not").
        found = [f for f in found if not (f[0] in self._stop and len(f[0]) < len(word))]
        if not found:
            return None
        # Fewest edits, then a word that makes a pair the corpus uses ("Nort-South" is
        # "North-South", not "Not-South"), then the same letters swapped, the commonest
        # slip ("peice" is "piece", not "peace"), then the word the corpus uses most.
        corrected, edits, _ = min(
            found, key=lambda f: (f[1], f not in paired, sorted(f[0]) != sorted(word), -self._counts[f[0]], f[0])
        )
        return corrected, int(edits)


class _ByLength:
    """A word list narrowed to the words a length can be within some edits of: no word
    whose length differs by more than ``edits`` is that few edits away, so the rest need
    not be scored. Each narrowed list keeps the words' order, so the nearest words and
    their ties come out as from the whole list, in a third of the time or less."""

    def __init__(self, words: list[str]):
        self._words = words
        self._narrowed: dict[tuple[int, int], list[str]] = {}

    def within(self, length: int, edits: int) -> list[str]:
        """The words ``edits`` or fewer letters longer or shorter than ``length``, in order."""
        key = (length, edits)
        narrowed = self._narrowed.get(key)
        if narrowed is None:
            narrowed = self._narrowed[key] = [w for w in self._words if abs(len(w) - length) <= edits]
        return narrowed


def _one_letter_off(names: _ByLength, word: str) -> tuple[str, int] | None:
    """The one name of ``names`` a letter off ``word`` (MIN_PIECE_NAME letters or more),
    with its one edit; None when there is none, or more than one."""
    if len(word) < MIN_PIECE_NAME:
        return None
    near = [name for name in names.within(len(word), 1) if OSA.distance(word, name) == 1]
    return (near[0], 1) if len(near) == 1 else None


def _sound_key(word: str) -> str:
    """A name as heard: the sounds learners write for one another folded together."""
    return _folded(_FINAL_NG.sub("n", word), _SOUND_FOLDS)


def _heard_key(word: str) -> str:
    """A word folded to the sounds English spelling and a romanisation write differently
    (_HEARD_FOLDS): "woojen" and "wuzhen" are both "wujen"."""
    return _folded(word.lower(), _HEARD_FOLDS)


def _folded(key: str, folds: tuple[tuple[str, str], ...]) -> str:
    """``key`` with each written sound of ``folds`` replaced by the one it is heard as, in turn."""
    for written, heard in folds:
        key = key.replace(written, heard)
    return key


# The keys beside each letter on a QWERTY keyboard, in its row and the rows above and
# below: the letter a finger strikes for the one meant.
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keys_beside() -> dict[str, str]:
    """Each letter's neighbours on the keyboard (_KEYBOARD): a row is offset half a key
    from the one above, so a letter touches two keys above and two below."""
    beside: dict[str, str] = {}
    for r, row in enumerate(_KEYBOARD):
        for c, letter in enumerate(row):
            near = [row[i] for i in (c - 1, c + 1) if 0 <= i < len(row)]
            for other, columns in ((r - 1, (c, c + 1)), (r + 1, (c - 1, c))):
                if 0 <= other < len(_KEYBOARD):
                    near += [_KEYBOARD[other][i] for i in columns if 0 <= i < len(_KEYBOARD[other])]
            beside[letter] = "".join(near)
    return beside


_KEYS_BESIDE = _keys_beside()


def _slip_of(meant: str, typed: str) -> bool:
    """Whether ``typed`` is ``meant`` with two neighbouring letters swapped before its
    last two, or (MIN_DROPPED_LETTER letters or more typed) with a letter inside it left
    out or struck for the key beside it ("hsppened"): a slip of the fingers. Swapped at
    the end, one letter short or one struck wrong, a short word is another word as often
    ("boast" is not "boats", "chats" not "charts", nor "blast"); a letter changed for one
    not beside it on the keyboard is another word too ("meddle" is no "middle")."""
    if len(meant) == len(typed):
        diff = [i for i, (a, b) in enumerate(zip(meant, typed)) if a != b]
        if len(diff) == 1:
            at = diff[0]
            return len(typed) >= MIN_DROPPED_LETTER and 0 < at < len(meant) - 1 and typed[at] in _KEYS_BESIDE.get(meant[at], "")
        return (
            len(diff) == 2 and diff[1] == diff[0] + 1 < len(meant) - 1
            and meant[diff[0]] == typed[diff[1]] and meant[diff[1]] == typed[diff[0]]
        )
    return (
        len(typed) >= MIN_DROPPED_LETTER and len(meant) == len(typed) + 1
        and any(meant[:i] + meant[i + 1 :] == typed for i in range(1, len(meant) - 1))
    )


def _slipped(meant: str, typed: str) -> bool:
    """Whether ``typed`` is ``meant`` with a letter left out, one added or two
    neighbouring ones swapped — not one changed for another — once or twice."""
    if len(meant) != len(typed):
        return True  # the lengths differ by the edits: letters left out or added
    diff = [i for i, (a, b) in enumerate(zip(meant, typed)) if a != b]
    return len(diff) % 2 == 0 and all(
        diff[k + 1] == diff[k] + 1 and meant[diff[k]] == typed[diff[k + 1]] and meant[diff[k + 1]] == typed[diff[k]]
        for k in range(0, len(diff), 2)
    )


def _inflected_stems(word: str) -> list[str]:
    """The stems ``word`` is a regular inflection of, by English's spelling rules
    ("spied": "spy"; "potted": "pot"; "pokes": "poke"; "boxes": "box"); none for a word
    no ending fits ("neded": "ned" would double its "d")."""
    stems = []
    for ending in _INFLECTIONS:
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < MIN_INFLECTED_STEM - 1 or not base.isalpha():
            continue
        if ending in ("ies", "ied"):
            stem = base + "y"
            if _CONSONANT_Y.search(stem):
                stems.append(stem)
        elif ending in ("d", "r", "rs", "st"):
            if base.endswith("e"):
                stems.append(base)  # "used", "users", "direst"
        elif ending == "es":
            if _SIBILANT.search(base):
                stems.append(base)  # "boxes", "reaches"
        elif ending == "s":
            if not base.endswith("s") and not _CONSONANT_Y.search(base):
                stems.append(base)  # "bans", "pokes"
        elif ending == "ly":
            stems.append(base)  # "expressly"
        else:  # -ed, -ing, -er, -ers, -est: a final "e" dropped, a consonant doubled
            if len(base) >= 2 and base[-1] == base[-2] and _DOUBLING.search(base[:-1]):
                stems.append(base[:-1])  # "potted"
                continue
            if not _DOUBLING.search(base) and not _CONSONANT_Y.search(base):
                stems.append(base)  # "snooping", "toughest"
            if not base.endswith(("e", "y")):
                stems.append(base + "e")  # "computing", "charger"
    return [stem for stem in dict.fromkeys(stems) if len(stem) >= MIN_INFLECTED_STEM]


def _typed_stem(word: str) -> str | None:
    """The letters typed before the ending of a regular inflection ``word`` may be (the
    shortest of _inflected_stems: "permeat" of "permeating"), or None."""
    return min(_inflected_stems(word), key=len, default=None)


def _neighbour(words: list[str], stop: set[str]) -> str | None:
    """The nearest of ``words`` (a question's words beside one, nearest first) that is no
    small word, past at most MAX_PAIR_GAP small words: in "War on Teror" "war" is the
    word that pairs with "teror"."""
    return next((word for word in words[: MAX_PAIR_GAP + 1] if word not in stop), None)


_Spaced = tuple[str, tuple[str, ...]]


def _spaced_neighbour(words: list[str], stop: set[str], *, reverse: bool = False) -> _Spaced | None:
    """The nearest of ``words`` (nearest first) that is no small word, past at most
    MAX_PAIR_GAP small words, and those small words in the text's order (``reverse``:
    ``words`` run backwards from the word they neighbour)."""
    for k, word in enumerate(words[: MAX_PAIR_GAP + 1]):
        if word not in stop:
            gap = tuple(words[:k])
            return word, gap[::-1] if reverse else gap
    return None


def _pairs_across_small_words(tokens: list[str], stop: set[str]) -> set[tuple[str, tuple[str, ...], str]]:
    """Pairs of words no small word, with one to MAX_PAIR_GAP small words between them
    (first, the small words, second)."""
    found = set()
    for i, first in enumerate(tokens):
        if first in stop:
            continue
        for j in range(i + 1, min(len(tokens), i + MAX_PAIR_GAP + 2)):
            if tokens[j] not in stop:
                if j > i + 1:
                    found.add((first, tuple(tokens[i + 1 : j]), tokens[j]))
                break
    return found


def apply(text: str, corrections: list[Correction]) -> str:
    """``text`` with the corrections made."""
    for c in sorted(corrections, key=lambda c: -c.start):
        text = text[: c.start] + c.corrected + text[c.end :]
    return text

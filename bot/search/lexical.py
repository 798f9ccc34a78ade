"""Lexical evidence: BM25 over passages (bm25s), with stemming and stop words.

bm25s weighs the passages' terms when the index is built; the weights are stored
beside the index (``lexical.npz``), so a question's process reads them with numpy
and neither rebuilds them nor imports bm25s, whose imports (scipy.sparse, tqdm,
importlib.metadata) cost a quarter of a second, a fifth of a cold `textbot ask`.
The store is keyed by a hash of the passages, their contexts and the libraries
that weighed them: any change means weighing again.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import math
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .stored_arrays import Arrays, stored

# Words that shape a question but say nothing about its topic ("what does the
# text say about …"); they would otherwise match every "says" in the corpus.
QUESTION_WORDS = frozenset(
    """
    what which who whom whose when where why how does do did is are was were be been
    say says said tell tells
    mention mentions according about regarding concerning the a an of to in on for
    please quote quotes give show me us there any
    """.split()
)
# Negations ("why don't they trust…"): never a question's subject, so they neither
# cover it nor count against its coverage (abstention.FUNCTION_WORDS holds them too).
# Not stop words: a passage's own "cannot" still weighs in BM25. With the texts' curly
# apostrophe and a keyboard's straight one.
_NEGATION_WORDS = """
    don't doesn't didn't isn't aren't wasn't weren't can't cannot won't wouldn't shouldn't
    couldn't haven't hasn't hadn't mustn't needn't
    """.split()
NEGATIONS = frozenset(_NEGATION_WORDS) | frozenset(w.replace("'", "’") for w in _NEGATION_WORDS)
# question term → {corpus term: similarity}, for question words the corpus never uses
Expansions = dict[str, dict[str, float]]
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_POSSESSIVE = ("'s", "’s")
# "U.S.", "U.N.": initials with full stops, read as the acronym they spell.
_DOTTED_INITIALS = re.compile(r"\b[A-Za-z](?:\.[A-Za-z])+\b\.?")
# An acronym that spells a stop word ("US", "IT", "WHO") is a name, not that word — unless
# the whole text is in capitals (a shouted "WHAT ABOUT THE US?" tells nothing apart).
MIN_ACRONYM_LETTERS = 2
MIN_SHOUTED_WORDS = 3
# A search reads the content words of the same few texts (its question, its subject)
# a dozen times; the last ones read are kept.
CONTENT_WORDS_KEPT = 64
LEXICAL_FILE = "lexical.npz"
LEXICAL_FORMAT = 4  # bump when what is stored, or how it is computed, changes
# English prefixes that negate a word ("nonrenewable", "unimaginable"): a question's
# word the corpus never uses is read as the corpus's word made from it by one of them
# ("renewed" → "nonrenewable", "imagine" → "unimaginable"): the same subject, said the
# other way. Not the other way round ("disinformation" is not "information"), not
# "dis" or "in" ("connected" is not "disconnected", "courses" not "discourse"), and a
# base shorter than MIN_DERIVED_BASE letters is none.
DERIVING_PREFIXES = ("non", "un")
MIN_DERIVED_BASE = 5
# What weighs and stems the terms: a new version of either means weighing again.
_LIBRARIES = ("bm25s", "Stemmer")


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessives folded ("network’s" → "network"), initials
    with full stops read as the acronym they spell ("U.S." → "us")."""
    return [_unpossessive(w) for w in _TOKEN.findall(undotted(text).lower())]


def undotted(text: str) -> str:
    """The text with initials and full stops written as the acronym they spell ("U.S."
    and "u.s." → "US": with full stops, never the word "us")."""
    return _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", "").upper(), text)


def _unpossessive(token: str) -> str:
    return token[:-2] if token[-2:].lower() in _POSSESSIVE else token


def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


class LexicalIndex:
    """BM25 scores of a query against a fixed list of passage texts."""

    def __init__(self, texts: list[str], *, contexts: list[str] | None = None):
        """Index ``texts``; ``contexts`` (e.g. each passage's title and outlet) count
        towards coverage but not towards BM25 scores."""
        import bm25s

        # bm25s sets its own logger to DEBUG on import and chats about every index.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self._stemmer = _stemmer()
        self._set_stopwords(set(bm25s.stopwords.STOPWORDS_EN) | QUESTION_WORDS)
        corpus_tokens = [self.tokens(text) for text in texts]
        # Each text's words stemmed, stop words included: what a phrase is looked for in.
        self.stemmed = [" ".join(self.stem_all(words(text))) for text in texts]
        self._token_sets = [set(tokens) for tokens in corpus_tokens]
        document_frequency: dict[str, int] = {}
        for tokens in self._token_sets:
            for token in tokens:
                document_frequency[token] = document_frequency.get(token, 0) + 1
        count = max(len(texts), 1)
        self._idf = {t: math.log(1 + count / (n + 0.5)) for t, n in document_frequency.items()}
        self._derived = _derived_forms(self._idf)
        if contexts is not None:
            # Passages of one document share most of their context: tokenise each once.
            context_tokens: dict[str, set[str]] = {}
            for i, context in enumerate(contexts):
                if context not in context_tokens:
                    context_tokens[context] = set(self.tokens(context))
                self._token_sets[i] = self._token_sets[i] | context_tokens[context]
        bm25 = bm25s.BM25()
        bm25.index(self._to_ids(corpus_tokens), show_progress=False)
        # The weights as bm25s keeps them: a passage × term matrix in compressed
        # columns, one column per term of ``vocab`` (bm25s adds the empty term).
        self._vocab: dict[str, int] = dict(bm25.vocab_dict)
        self._data = np.asarray(bm25.scores["data"])
        self._indices = np.asarray(bm25.scores["indices"])
        self._indptr = np.asarray(bm25.scores["indptr"])
        self._num_docs = int(bm25.scores["num_docs"])
        if bm25.nonoccurrence_array is not None:  # BM25L and BM25+ only; the default is Lucene's
            raise ValueError(f"BM25 method {bm25.method!r} is not supported")

    def _set_stopwords(self, stopwords: set[str]) -> None:
        # Frozen once: handed out at every question (late interaction's noise) as it is.
        self._stopwords = frozenset(stopwords)
        self._read_content_words = functools.lru_cache(maxsize=CONTENT_WORDS_KEPT)(self._find_content_words)
        self._read_tokens = functools.lru_cache(maxsize=CONTENT_WORDS_KEPT)(
            lambda text: tuple(self._stemmer.stemWords(self._read_content_words(text)))
        )
        self.stopword_stems = frozenset(self._stemmer.stemWords(sorted(stopwords)))

    @functools.cached_property  # asked some 40 times a question; the rows never change in number
    def _unseen_idf(self) -> float:
        """A word the corpus never uses is as telling as its rarest word."""
        return math.log(1 + max(len(self._token_sets), 1) / 0.5)

    @classmethod
    def stored(cls, texts: list[str], *, contexts: list[str] | None = None, folder: Path | None = None) -> "LexicalIndex":
        """The index of these texts and contexts: read from ``folder`` when stored there
        for them, else built, and stored there for the next process (when it can be)."""
        if folder is None:
            return cls(texts, contexts=contexts)
        key = _content_key(texts, contexts)
        return stored(folder / LEXICAL_FILE, key, lambda: cls(texts, contexts=contexts), load=cls._from_arrays, arrays=cls._arrays)

    @classmethod
    def _from_arrays(cls, arrays: Arrays) -> "LexicalIndex":
        index = cls.__new__(cls)
        index._stemmer = _stemmer()
        index._set_stopwords(set(arrays["stopwords"].tolist()))
        index._vocab = dict(zip(arrays["vocab"].tolist(), arrays["vocab_ids"].tolist()))
        index._data, index._indices, index._indptr = arrays["data"], arrays["indices"], arrays["indptr"]
        index._num_docs = int(arrays["num_docs"])
        index.stemmed = arrays["stemmed"].tolist()
        index._idf = dict(zip(arrays["idf_terms"].tolist(), arrays["idf"].tolist()))
        index._derived = _derived_forms(index._idf)
        terms = arrays["set_terms"].tolist()
        ids, bounds = arrays["set_ids"].tolist(), arrays["set_bounds"].tolist()
        index._token_sets = [{terms[i] for i in ids[start:end]} for start, end in zip(bounds, bounds[1:])]
        rows = {len(index._token_sets), len(index.stemmed), index._num_docs}
        if len(rows) > 1 or len(index._indptr) > len(index._vocab) + 1:
            raise ValueError("it is inconsistent")
        return index

    def _arrays(self) -> Arrays:
        terms = sorted(set().union(*self._token_sets)) if self._token_sets else []
        position = {t: i for i, t in enumerate(terms)}
        set_ids = [position[t] for tokens in self._token_sets for t in sorted(tokens)]
        bounds = np.cumsum([0] + [len(tokens) for tokens in self._token_sets])
        return {
            "stopwords": np.array(sorted(self._stopwords)),
            "vocab": np.array(list(self._vocab)),
            "vocab_ids": np.array(list(self._vocab.values()), dtype=np.int64),
            "data": self._data,
            "indices": self._indices,
            "indptr": self._indptr,
            "num_docs": np.array(self._num_docs),
            "stemmed": np.array(self.stemmed, dtype=str),
            "idf_terms": np.array(list(self._idf)),
            "idf": np.array(list(self._idf.values()), dtype=np.float64),
            "set_terms": np.array(terms),
            "set_ids": np.array(set_ids, dtype=np.int64),
            "set_bounds": bounds.astype(np.int64),
        }

    def content_words(self, text: str) -> list[str]:
        """Unstemmed content words of a text, in order.

        Single letters are left out: in a question they are markup ("<b>") or
        initials, never what it is about.
        """
        return list(self._read_content_words(text))

    def _find_content_words(self, text: str) -> tuple[str, ...]:
        tokens = [_unpossessive(t) for t in _TOKEN.findall(undotted(text))]
        shouted = len(tokens) >= MIN_SHOUTED_WORDS and not any(c.islower() for c in text)
        found = []
        for raw in tokens:
            word = raw.lower()
            if word in self._stopwords:
                if not shouted and len(raw) >= MIN_ACRONYM_LETTERS and raw.isalpha() and raw.isupper():
                    found.append(raw)
            elif len(word) > 1 or word.isdigit():
                found.append(word)
        return tuple(found)

    def stem(self, word: str) -> str:
        return self._stemmer.stemWord(word)

    def stem_all(self, tokens: list[str]) -> list[str]:
        """Every token stemmed, stop words included (for phrases)."""
        return self._stemmer.stemWords(tokens)

    @property
    def stopwords(self) -> frozenset[str]:
        return self._stopwords

    def is_stopword(self, word: str) -> bool:
        return word in self._stopwords or (len(word) < 2 and not word.isdigit())

    def idf(self, term: str) -> float:
        """How telling a stemmed term is; a term the corpus never uses counts as its rarest."""
        return self._idf.get(self.corpus_form(term), self._unseen_idf)

    def corpus_form(self, term: str) -> str:
        """The corpus's own stem for a stemmed term: itself, or, for one the corpus never
        uses, the corpus stem derived from it by a negating prefix ("renew" →
        "nonrenew"), when there is one."""
        return term if term in self._idf else self._derived.get(term, term)

    def holds(self, row: int, term: str) -> bool:
        """Whether one passage (with its context) contains a stemmed term (in the corpus's form)."""
        return self.corpus_form(term) in self._token_sets[row]

    def held_terms(self, row: int) -> set[str]:
        """The stemmed terms (in the corpus's form) one passage with its context holds, for
        looking up many terms at once (``holds`` each); not to be changed."""
        return self._token_sets[row]

    def rarity(self, term: str) -> float:
        """How telling a stemmed term is, as a share of the most telling (a term the corpus never uses)."""
        return self.idf(term) / self._unseen_idf

    def phrase_rarity(self, rows: int) -> float:
        """How telling a phrase held by ``rows`` passages is, as rarity() of a term."""
        return math.log(1 + max(len(self._token_sets), 1) / (rows + 0.5)) / self._unseen_idf

    def knows(self, term: str) -> bool:
        """Whether a stemmed term occurs anywhere in the indexed passages, perhaps in a derived form."""
        return self.corpus_form(term) in self._idf

    def used_together(self, terms: list[str]) -> bool:
        """Whether some passage holds every one of the stemmed terms."""
        wanted = set(terms)
        return any(wanted <= present for present in self._token_sets)

    def tokens(self, text: str) -> list[str]:
        """Stemmed content words of a text."""
        return list(self._read_tokens(text))

    def _to_ids(self, corpus_tokens: list[list[str]]):
        import bm25s

        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus_tokens]
        return bm25s.tokenization.Tokenized(ids=ids, vocab=vocab)

    def coverage(
        self,
        query: str,
        rows: list[int],
        *,
        expansions: Expansions | None = None,
        unseen_weight: Callable[[str], float] | None = None,
    ) -> float:
        """How much of the question's content (IDF-weighted) one of the given passages contains.

        One passage, not all of them together: "net neutrality" is not covered by a
        passage about a net and another about neutrality. Words the corpus never uses
        count fully against coverage — a question about "blockchain" or "climate" is
        not about these texts, however close its embedding lands to something they
        say — unless ``expansions`` maps them to corpus words of the same meaning,
        which then cover them in proportion to their similarity. A negation ("don't")
        counts neither way.
        """
        content = [w for w in self.content_words(query) if w not in NEGATIONS]
        terms = [self.corpus_form(t) for t in self._stemmer.stemWords(content)]
        if not terms or not rows:
            return 0.0
        expansions = expansions or {}
        weights = {t: self.idf(t) if self.knows(t) or unseen_weight is None else self._unseen_idf * unseen_weight(w) for w, t in zip(content, terms)}
        total = sum(weights[t] for t in terms)
        best = 0.0
        for row in rows:
            present = self._token_sets[row]
            covered = 0.0
            for term in terms:
                if term in present:
                    covered += weights[term]
                else:
                    similarity = max((sim for t, sim in expansions.get(term, {}).items() if t in present), default=0.0)
                    covered += weights[term] * similarity
            best = max(best, covered / total)
        return best

    def scores(self, query: str, *, expansions: Expansions | None = None) -> np.ndarray:
        """BM25 score of every passage; expansion terms add in proportion to similarity."""
        terms = [t for t in map(self.corpus_form, self.tokens(query)) if t in self._vocab]
        result = np.zeros(self._num_docs, dtype=np.float32)
        if terms:
            result += self._term_scores(terms)
        for neighbours in (expansions or {}).values():
            for term, similarity in neighbours.items():
                if term in self._vocab:
                    result += similarity * self._term_scores([term])
        return result

    def _term_scores(self, terms: list[str]) -> np.ndarray:
        """The terms' columns summed: bm25s's get_scores, step for step (the same sums in the same order)."""
        scores = np.zeros(self._num_docs, dtype=self._data.dtype)
        for term in terms:
            column = self._vocab[term]
            start, end = self._indptr[column], self._indptr[column + 1]
            np.add.at(scores, self._indices[start:end], self._data[start:end])
        return np.asarray(scores, dtype=np.float32)


def _derived_forms(known: dict[str, float]) -> dict[str, str]:
    """Stem the corpus doesn't use → the corpus stem derived from it by a prefix
    (DERIVING_PREFIXES): "renew" → "nonrenew". The most telling one, when several are."""
    derived: dict[str, str] = {}
    for stem in sorted(known, key=lambda t: (-known[t], t)):
        for prefix in DERIVING_PREFIXES:
            base = stem[len(prefix) :]
            if stem.startswith(prefix) and len(base) >= MIN_DERIVED_BASE and base not in known:
                derived.setdefault(base, stem)
    return derived


def _content_key(texts: list[str], contexts: list[str] | None) -> str:
    """What the stored index must have been built from: the texts, their contexts, the
    question words, and the installed libraries (found, not imported: a file's size and time)."""
    libraries = []
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        stat = origin.stat() if origin is not None else None
        libraries.append([name, str(origin), stat.st_size if stat else None, stat.st_mtime_ns if stat else None])
    content = json.dumps([LEXICAL_FORMAT, libraries, sorted(QUESTION_WORDS), texts, contexts], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()

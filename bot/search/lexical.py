"""Lexical evidence: BM25 over passages (bm25s), with stemming and stop words."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable

import numpy as np

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
# question term → {corpus term: similarity}, for question words the corpus never uses
Expansions = dict[str, dict[str, float]]
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_POSSESSIVE = ("'s", "’s")


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessives folded ("network’s" → "network")."""
    return [w[:-2] if w.endswith(_POSSESSIVE) else w for w in _TOKEN.findall(text.lower())]


class LexicalIndex:
    """BM25 scores of a query against a fixed list of passage texts."""

    def __init__(self, texts: list[str], *, contexts: list[str] | None = None):
        """Index ``texts``; ``contexts`` (e.g. each passage's title and outlet) count
        towards coverage but not towards BM25 scores."""
        import bm25s
        import Stemmer

        # bm25s sets its own logger to DEBUG on import and chats about every index.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self._stemmer = Stemmer.Stemmer("english")
        self._stopwords = set(bm25s.stopwords.STOPWORDS_EN) | QUESTION_WORDS
        self.stopword_stems = frozenset(self._stemmer.stemWords(sorted(self._stopwords)))
        self._bm25 = bm25s.BM25()
        corpus_tokens = [self.tokens(text) for text in texts]
        self._token_sets = [set(tokens) for tokens in corpus_tokens]
        document_frequency: dict[str, int] = {}
        for tokens in self._token_sets:
            for token in tokens:
                document_frequency[token] = document_frequency.get(token, 0) + 1
        count = max(len(texts), 1)
        self._idf = {t: math.log(1 + count / (n + 0.5)) for t, n in document_frequency.items()}
        # A word the corpus never uses is as telling as its rarest word.
        self._unseen_idf = math.log(1 + count / 0.5)
        if contexts is not None:
            # Passages of one document share most of their context: tokenise each once.
            context_tokens: dict[str, set[str]] = {}
            for i, context in enumerate(contexts):
                if context not in context_tokens:
                    context_tokens[context] = set(self.tokens(context))
                self._token_sets[i] = self._token_sets[i] | context_tokens[context]
        self._bm25.index(self._to_ids(corpus_tokens), show_progress=False)

    def content_words(self, text: str) -> list[str]:
        """Unstemmed content words of a text, in order.

        Single letters are left out: in a question they are markup ("<b>") or
        initials, never what it is about.
        """
        return [w for w in words(text) if w not in self._stopwords and (len(w) > 1 or w.isdigit())]

    def stem(self, word: str) -> str:
        return self._stemmer.stemWord(word)

    def stem_all(self, tokens: list[str]) -> list[str]:
        """Every token stemmed, stop words included (for phrases)."""
        return self._stemmer.stemWords(tokens)

    @property
    def stopwords(self) -> frozenset[str]:
        return frozenset(self._stopwords)

    def is_stopword(self, word: str) -> bool:
        return word in self._stopwords or (len(word) < 2 and not word.isdigit())

    def idf(self, term: str) -> float:
        """How telling a stemmed term is; a term the corpus never uses counts as its rarest."""
        return self._idf.get(term, self._unseen_idf)

    def knows(self, term: str) -> bool:
        """Whether a stemmed term occurs anywhere in the indexed passages."""
        return term in self._idf

    def used_together(self, terms: list[str]) -> bool:
        """Whether some passage holds every one of the stemmed terms."""
        wanted = set(terms)
        return any(wanted <= present for present in self._token_sets)

    def tokens(self, text: str) -> list[str]:
        """Stemmed content words of a text."""
        return self._stemmer.stemWords(self.content_words(text))

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
        which then cover them in proportion to their similarity.
        """
        content = self.content_words(query)
        terms = self._stemmer.stemWords(content)
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
        terms = [t for t in self.tokens(query) if t in self._bm25.vocab_dict]
        result = np.zeros(self._bm25.scores["num_docs"], dtype=np.float32)
        if terms:
            result += np.asarray(self._bm25.get_scores(terms), dtype=np.float32)
        for neighbours in (expansions or {}).values():
            for term, similarity in neighbours.items():
                if term in self._bm25.vocab_dict:
                    result += similarity * np.asarray(self._bm25.get_scores([term]), dtype=np.float32)
        return result

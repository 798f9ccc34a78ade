"""Quotation search: dense (FAISS) and lexical (BM25) evidence, fused and diversified.

Every candidate is a window of one to three whole sentences of one paragraph, so a
quote is always ``body[start:end]`` of a document. The score of a window mixes the
cosine similarity of its embedding with the question's and its normalised BM25
score; windows longer than one sentence must earn their extra length. When the best
evidence is too weak the search abstains instead of quoting something unrelated.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from ..texts.corpus import Document
from .encoders import Encoder
from ..errors import QuestionError
from .index import Index, Passage
from ..texts.passages import segment
from . import late_interaction
from .lexical import Expansions, LexicalIndex, words
from .results import Answer, Quote

log = logging.getLogger(__name__)

DEFAULT_TOP_K = 3
MAX_TOP_K = 20
MAX_QUESTION_CHARS = 1_000
DENSE_CANDIDATES = 200
QUERY_CACHE_SIZE = 512
# Fusion weights and abstention thresholds, tuned on the dev set (see README).
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.35
WINDOW_PENALTY = 0.04  # per extra sentence in a window
# Abstention: answer when the best passage is very close in meaning, or close
# enough and the top passages contain most of the question's content words.
CONFIDENT_DENSE = 0.60
MIN_DENSE_TO_ANSWER = 0.28
MIN_COVERAGE_TO_ANSWER = 0.45
COVERAGE_DEPTH = 3
MAX_PER_PARAGRAPH = 1
# A quote grows into a longer window of its paragraph when that window scores
# nearly as well: the next sentence often carries the answer ("It will …").
EXTEND_MARGIN = 0.08
# A lead-in ("These problems are attributed to two reasons.", "… principles:")
# says an answer follows; alone it answers nothing.
LEAD_IN_CHARS = 60
EXTEND_LEAD_IN_MARGIN = 0.25
# Passages of a document the question names (by outlet, author or title).
NAMED_DOCUMENT_BONUS = 0.15
# A question word the corpus never uses stands for the corpus words whose
# embeddings are at least this close ("splitting" → "divide", "dividing").
SYNONYM_SIMILARITY = 0.55
SYNONYMS_PER_WORD = 3
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Scored:
    """A candidate window with the evidence behind its score."""

    row: int
    passage: Passage
    dense: float
    lexical: float
    score: float


def clean_question(question: str) -> str:
    """The question with control characters removed and whitespace collapsed."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", question))
    text = " ".join(text.split())
    if not text:
        raise QuestionError("the question is empty: ask what the texts say about something")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is too long ({len(text):,} characters; the limit is {MAX_QUESTION_CHARS:,})"
        )
    return text


def document_context(document: Document) -> str:
    """What a question may say about a passage's document rather than its words."""
    return " ".join(filter(None, [document.title, document.outlet, document.author, document.notes, "author article text"]))


def document_names(document: Document) -> list[str]:
    """Ways a question may name a document: its outlet, its author's full name or surname."""
    names = [document.outlet]
    if document.author:
        names.append(document.author)
    # Padded with spaces so "Zhang" does not match inside another word.
    return [f" {' '.join(words(n))} " for n in names if words(n)]


class Searcher:
    """Finds the sentences of the corpus that answer a question."""

    def __init__(
        self, documents: dict[str, Document], index: Index, encoder: Encoder, *, cache_size: int = QUERY_CACHE_SIZE
    ):
        self.documents = documents
        self.index = index
        self._encoder = encoder
        self._cache_size = cache_size
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._texts = [documents[p.doc_id].body[p.start : p.end] for p in index.passages]
        self._lexical = LexicalIndex(
            self._texts, contexts=[document_context(documents[p.doc_id]) for p in index.passages]
        )
        self._document_names = {doc_id: document_names(doc) for doc_id, doc in documents.items()}

    def search(self, question: str, *, top_k: int = DEFAULT_TOP_K, offset: int = 0) -> Answer:
        """The best quotes for a question, or an abstention when nothing is relevant."""
        text = clean_question(question)
        if not 1 <= top_k <= MAX_TOP_K:
            raise QuestionError(f"top-k must be between 1 and {MAX_TOP_K}")
        ranked = self.rank(text)
        if not ranked:
            return Answer(question=text, answered=False)
        chosen = self._diversify(ranked, offset + top_k)[offset:]
        quotes = tuple(self._quote(s) for s in chosen)
        return Answer(question=text, answered=True, quotes=quotes)

    def rank(self, text: str) -> list[Scored]:
        """The candidate windows, best first; empty when the texts don't answer the question.

        Synonyms for the question's unfamiliar words cost a second pass of the encoder,
        so they are looked for only when the exact words leave the answer in doubt.
        """
        query = self._query_vector(text)
        dense_scores, rows = self.index.search(query, DENSE_CANDIDATES)
        ranked = self._rank(text, query, dense_scores, rows, {})
        verdict = self._verdict(text, ranked, {})
        if verdict is None:
            expansions = self._expansions(text)
            if expansions:
                ranked = self._rank(text, query, dense_scores, rows, expansions)
            verdict = self._verdict(text, ranked, expansions) is True
        return ranked if verdict else []

    def _query_vector(self, text: str) -> np.ndarray:
        """The question's embedding; recent ones are remembered, since "more quotes",
        inline queries and a class asking the same question all repeat it."""
        vector = self._query_cache.get(text)
        if vector is not None:
            self._query_cache.move_to_end(text)
            return vector
        vector = self._encoder.encode([text])[0]
        if self._cache_size > 0:
            self._query_cache[text] = vector
            if len(self._query_cache) > self._cache_size:
                self._query_cache.popitem(last=False)
        return vector

    def clear_cache(self) -> None:
        """Forget remembered question embeddings (benchmarks time the encoder with it)."""
        self._query_cache.clear()

    def _rank(
        self, text: str, query: np.ndarray, dense_scores: np.ndarray, rows: np.ndarray, expansions: Expansions
    ) -> list[Scored]:
        lexical = self._lexical.scores(text, expansions=expansions)
        top_lexical = float(lexical.max()) if lexical.size else 0.0
        dense_by_row = dict(zip(rows.tolist(), dense_scores.tolist()))
        candidates = set(dense_by_row) | set(np.flatnonzero(lexical > 0).tolist())
        if len(candidates) > len(dense_by_row):
            # Lexical hits the dense search did not return: score them exactly.
            missing = [r for r in candidates if r not in dense_by_row]
            for r, value in zip(missing, self._dense_exact(query, missing)):
                dense_by_row[r] = value
        named = self._named_documents(text)
        scored = []
        for row in candidates:
            passage = self.index.passages[row]
            lex = float(lexical[row]) / top_lexical if top_lexical > 0 else 0.0
            score = DENSE_WEIGHT * dense_by_row[row] + LEXICAL_WEIGHT * lex
            score -= WINDOW_PENALTY * (passage.size - 1)
            if passage.doc_id in named:
                score += NAMED_DOCUMENT_BONUS
            scored.append(Scored(row, passage, dense_by_row[row], float(lexical[row]), score))
        scored.sort(key=lambda s: (-s.score, s.row))
        return late_interaction.rescore(self.index, self._encoder, text, scored)

    def _expansions(self, text: str) -> Expansions:
        """Corpus words standing in for the question's words the corpus never uses."""
        unknown = {}
        for word in self._lexical.content_words(text):
            term = self._lexical.stem(word)
            if not self._lexical.knows(term) and word.isalpha():
                unknown.setdefault(term, word)
        if not unknown or not len(self.index.vocabulary):
            return {}
        vectors = self._encoder.encode(list(unknown.values()))
        similarities = vectors @ self.index.vocabulary_vectors.astype(np.float32).T
        expansions: Expansions = {}
        for term, row in zip(unknown, similarities):
            best = np.argsort(-row)[:SYNONYMS_PER_WORD]
            neighbours = {
                self._lexical.stem(self.index.vocabulary[i]): float(row[i])
                for i in best
                if row[i] >= SYNONYM_SIMILARITY
            }
            if neighbours:
                expansions[term] = neighbours
        return expansions

    def _named_documents(self, text: str) -> set[str]:
        """Documents the question names: "the Global Times piece", "Zhang Guoqing"."""
        folded = f" {' '.join(words(text))} "
        return {doc_id for doc_id, names in self._document_names.items() if any(n in folded for n in names)}

    def _dense_exact(self, query: np.ndarray, rows: list[int]) -> list[float]:
        vectors = np.vstack([self.index.vectors.reconstruct(int(r)) for r in rows])
        return (vectors @ query).tolist()

    def _verdict(self, text: str, ranked: list[Scored], expansions: Expansions) -> bool | None:
        """True to answer, False to abstain, None when only synonyms could decide."""
        if not ranked:
            return False
        best = max(s.dense for s in ranked[:COVERAGE_DEPTH])
        if best >= CONFIDENT_DENSE:
            return True
        if best < MIN_DENSE_TO_ANSWER:
            return False
        coverage = self._lexical.coverage(text, [s.row for s in ranked[:COVERAGE_DEPTH]], expansions=expansions)
        if coverage >= MIN_COVERAGE_TO_ANSWER:
            return True
        return False if expansions else None

    def _diversify(self, ranked: list[Scored], count: int) -> list[Scored]:
        """The best windows that neither overlap nor crowd one paragraph."""
        chosen: list[Scored] = []
        per_paragraph: dict[tuple[str, int], int] = {}
        taken: dict[str, list[tuple[int, int]]] = {}
        best = ranked[0].score
        for candidate in ranked:
            if len(chosen) == count:
                break
            candidate = self._extend(candidate, ranked)
            p = candidate.passage
            if any(p.first <= last and first <= p.last for first, last in taken.get(p.doc_id, [])):
                continue
            key = (p.doc_id, p.paragraph)
            if per_paragraph.get(key, 0) >= MAX_PER_PARAGRAPH:
                continue
            if chosen and candidate.score < best * 0.5:
                break
            chosen.append(candidate)
            per_paragraph[key] = per_paragraph.get(key, 0) + 1
            taken.setdefault(p.doc_id, []).append((p.first, p.last))
        return chosen

    def _extend(self, candidate: Scored, ranked: list[Scored]) -> Scored:
        """The best longer window around a candidate that scores nearly as well."""
        p = candidate.passage
        text = self._texts[candidate.row]
        lead_in = text.endswith(":") or len(text) < LEAD_IN_CHARS
        margin = EXTEND_LEAD_IN_MARGIN if lead_in else EXTEND_MARGIN
        best = candidate
        for other in ranked:
            if other.score < candidate.score - margin:
                break
            o = other.passage
            if o.doc_id == p.doc_id and o.first <= p.first and o.last >= p.last and o.size > best.passage.size:
                if lead_in and o.first < p.first:
                    continue  # a lead-in extends forward, into what it announces
                best = other
        return best

    def _quote(self, scored: Scored) -> Quote:
        p = scored.passage
        body = self.documents[p.doc_id].body
        return Quote(p.doc_id, p.start, p.end, body[p.start : p.end], round(scored.score, 4), p.paragraph)

    def paragraph_quote(self, doc_id: str, paragraph: int) -> Quote:
        """The whole paragraph around a quote, for "show me the context"."""
        doc = self.documents.get(doc_id)
        if doc is None:
            raise QuestionError(f"unknown document {doc_id!r}")
        paragraphs, _ = segment(doc)
        for p in paragraphs:
            if p.number == paragraph:
                return Quote(doc_id, p.start, p.end, doc.body[p.start : p.end], 0.0, p.number)
        raise QuestionError(f"{doc_id} has no paragraph {paragraph}")

    def cite(self, quote: Quote) -> str:
        """A one-line citation for a quote."""
        return self.documents[quote.doc_id].citation(paragraph=quote.paragraph)

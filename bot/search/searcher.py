"""Quotation search: a question read as the corpus's words, dense (FAISS) and lexical
(BM25) evidence fused, exact phrases and section headings heeded, quotes diversified.

Every candidate is a window of one to three whole sentences of one paragraph, so a
quote is always ``body[start:end]`` of a document. The score of a window mixes the
cosine similarity of its embedding with the question subject's and its normalised
BM25 score; windows longer than one sentence must earn their extra length. When the
best evidence is too weak the search abstains instead of quoting something unrelated.

The steps of ``rank`` are separate methods so another scorer (a late-interaction
reranker, say) slots in as one call on the fused candidates: see ``_rerank``.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, replace

import numpy as np

from ..errors import QuestionError
from ..texts.corpus import Document
from ..texts.passages import NUMBER_WORDS, is_lead_in, list_lengths, section_heads, segment
from . import late_interaction
from .abstention import DEFAULT_RULE, AbstentionRule, Evidence
from .context_words import ContextWords, content_key
from .encoders import Encoder
from .index import MAX_QUOTE_CHARS, Index, Passage
from .lexical import Expansions, LexicalIndex, words
from .reading import DOCUMENT_WORDS, Query, QuestionReader
from .results import Answer, Quote

log = logging.getLogger(__name__)

DEFAULT_TOP_K = 3
MAX_TOP_K = 20
MAX_QUESTION_CHARS = 1_000
DENSE_CANDIDATES = 200
QUERY_CACHE_SIZE = 512
# Fusion weights, tuned on bench/data (see README).
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.35
WINDOW_PENALTY = 0.04  # per extra sentence in a window
COVERAGE_DEPTH = 3
MAX_PER_PARAGRAPH = 1
# A passage holding the question's subject word for word ("digital divide") ranks
# above passages that merely share its words; in proportion to how much of the
# subject the phrase is.
PHRASE_BONUS = 0.25
MIN_PHRASE_WORDS = 2
MAX_PHRASE_WORDS = 12  # longer stretches are sentences, not phrases (and cost time)
# How deep in the ranking a word-for-word match still vouches for the answer.
PHRASE_DEPTH = 10
# A question that matches a section heading leads to the sentences the heading heads,
# scored as the heading (a little less, so a sentence that says it wins a tie).
HEADING_DISCOUNT = 0.05
MIN_HEADING_COVERAGE = 0.4
# A quote grows into a longer window of its paragraph when that window scores
# nearly as well: the next sentence often carries the answer ("It will …").
EXTEND_MARGIN = 0.08
# A question word the corpus never uses stands for the corpus words whose
# embeddings are at least this close ("splitting" → "divide", "dividing").
SYNONYM_SIMILARITY = 0.55
SYNONYMS_PER_WORD = 3
# ... and the corpus words whose vectors in context are at least this close: the
# word's token vector in the question against the mean of a corpus word's token
# vectors over its uses in the passages. Context finds what a word alone misses
# ("kids" in "protect kids online" → "minors", "suspicion" → "distrust",
# "military" → "militarization"), and does not take "spying" for "security".
CONTEXT_SYNONYM_SIMILARITY = 0.4
# A word the corpus does use stands, in the ranking only and at this weight, for
# its neighbours in context at least this close: a student's word is often not the
# one the sentence that answers uses, though the corpus uses it elsewhere.
KNOWN_WORD_SIMILARITY = 0.6
KNOWN_WORD_WEIGHT = 0.5
# A word that may join a two-word name ("the Internet of Things").
COMPOUND_JOINS = ("of",)
# A passage holding one word of a two-word name the texts never use together covers
# it only in part ("net" is not "net neutrality"; "privacy" is half of "privacy
# violations"): its coverage counts this much.
UNUSED_COMPOUND_COVERAGE = 0.5
# Words of the model's vocabulary ranked before this are everyday English.
COMMON_WORD_RANK = 10_000
# A sentence opening with one of these points back to the one before it. Not "It":
# "It is a common mission…" points nowhere.
_REFERS_BACK = re.compile(r"(?:They|Their|These|Those|This|That|Such|He|She|His|Her|Its)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that show nothing: format characters (zero-width spaces and joiners,
# the byte-order mark, soft hyphens…) and the blank "letters" used to fake them.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


@dataclass(frozen=True)
class Heading:
    """A section heading: searchable, never quoted, it leads to the sentence it heads."""

    doc_id: str
    first: int  # position of the first sentence under it
    text: str
    terms: frozenset[str]
    list_lengths: frozenset[int]  # items in each enumeration it makes: "the four communities"


@dataclass(frozen=True)
class Scored:
    """A candidate window with the evidence behind its score."""

    row: int
    passage: Passage
    dense: float
    lexical: float
    score: float
    maxsim: float | None = None  # set when late interaction re-scored it


def _visible(text: str) -> str:
    """The text without characters that show nothing ("digi\u200btal" is "digital")."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf" and c not in _INVISIBLE_LETTERS)


def clean_question(question: str) -> str:
    """The question with control and invisible characters removed and whitespace collapsed."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    text = unicodedata.normalize("NFC", _visible(_CONTROL.sub(" ", question)))
    text = " ".join(text.split())
    if not text:
        raise QuestionError("the question is empty: ask what the texts say about something")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is too long ({len(text):,} characters; the limit is {MAX_QUESTION_CHARS:,})"
        )
    return text


def document_context(document: Document) -> str:
    """What a question may say about a passage's document rather than its words: these
    count as covered, never against a passage. From the notes only their common nouns
    ("poem", "byline"): a name there ("Long Yuan", the poet) is not what the passages
    talk about, and would cover a question's word that merely shares it ("yuan")."""
    notes = " ".join(w for w in re.findall(r"[\w’'-]+", document.notes or "") if not w[:1].isupper())
    return " ".join(filter(None, [document.title, document.outlet, document.author, notes, " ".join(sorted(DOCUMENT_WORDS))]))


class Searcher:
    """Finds the sentences of the corpus that answer a question."""

    def __init__(
        self,
        documents: dict[str, Document],
        index: Index,
        encoder: Encoder,
        *,
        cache_size: int = QUERY_CACHE_SIZE,
        abstention: AbstentionRule = DEFAULT_RULE,
    ):
        self.documents = documents
        self.index = index
        self.abstention = abstention
        self._encoder = encoder
        self._cache_size = cache_size
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._texts = [documents[p.doc_id].body[p.start : p.end] for p in index.passages]
        self._sentences = {doc_id: segment(doc)[1] for doc_id, doc in documents.items()}
        self._section_heads = {doc_id: section_heads(doc) for doc_id, doc in documents.items()}
        contexts = [self._context(p) for p in index.passages]
        self._lexical = LexicalIndex.stored(self._texts, contexts=contexts, folder=index.folder)
        self._reader = QuestionReader(
            documents,
            stopwords=self._lexical.stopwords,
            known=self._knows_word,
            is_word=getattr(encoder, "is_whole_word", None),
        )
        self._stems = [f" {stemmed} " for stemmed in self._lexical.stemmed]
        self._all_stems = "\n".join(self._stems)  # a phrase (spaces around) never spans two passages
        self._headings = self._heading_terms()
        self._word_rank = getattr(encoder, "word_rank", None)
        self._rows_by_start: dict[tuple[str, int], list[int]] = {}
        for row, p in enumerate(index.passages):
            self._rows_by_start.setdefault((p.doc_id, p.first), []).append(row)
        self._heading_matrix: np.ndarray | None = None
        # Read (or computed and stored) now, so that `textbot index` leaves them for the first question.
        self._context: ContextWords | None = None
        self._context_words()
        # Converted once, not for every question that looks for synonyms.
        self._vocabulary_vectors = index.vocabulary_vectors.astype(np.float32)

    def _context(self, passage: Passage) -> str:
        head = self._section_heads[passage.doc_id].get(passage.paragraph)
        return " ".join(filter(None, [document_context(self.documents[passage.doc_id]), head.text if head else None]))

    def _knows_word(self, word: str) -> bool:
        return self._lexical.knows(self._lexical.stem(word.lower()))

    def _heading_terms(self) -> list[Heading]:
        """Every heading of the corpus with the first sentence of the section it heads."""
        headings = []
        for doc_id, heads in self._section_heads.items():
            first_under: dict[int, int] = {}
            for paragraph, head in heads.items():
                first_under.setdefault(head.position, paragraph)
            for sentence in self._sentences[doc_id]:
                if sentence.is_heading and sentence.position in first_under:
                    paragraph = first_under[sentence.position]
                    first = next(s.position for s in self._sentences[doc_id] if s.paragraph == paragraph)
                    terms = frozenset(self._lexical.tokens(sentence.text))
                    headings.append(Heading(doc_id, first, sentence.text, terms, frozenset(list_lengths(sentence.text))))
        return headings

    def _heading_vectors(self) -> np.ndarray:
        """The headings' embeddings, encoded on first use (one batch)."""
        if self._heading_matrix is None:
            texts = [h.text for h in self._headings]
            self._heading_matrix = self._encoder.encode(texts) if texts else np.zeros((0, 1), dtype=np.float32)
        return self._heading_matrix

    # -- the search ----------------------------------------------------------------

    def search(self, question: str, *, top_k: int = DEFAULT_TOP_K, offset: int = 0) -> Answer:
        """The best quotes for a question, or an abstention when nothing is relevant."""
        text = clean_question(question)
        if not 1 <= top_k <= MAX_TOP_K:
            raise QuestionError(f"top-k must be between 1 and {MAX_TOP_K}")
        query, ranked = self.understand(text)
        if not ranked:
            return Answer(question=text, answered=False)
        chosen = self._diversify(ranked, offset + top_k)[offset:]
        quotes = tuple(self._quote(s) for s in chosen)
        return Answer(question=text, answered=True, quotes=quotes, read_as=query.read_as)

    def read(self, text: str, *, spelling: bool = True) -> Query:
        """The question as the search reads it: spelling, acronyms, framing."""
        return self._reader.read(text, spelling=spelling)

    def understand(self, text: str) -> tuple[Query, list[Scored]]:
        """The reading of a question that the texts answer best, and its candidates
        (empty when they don't answer it).

        A word the corpus doesn't use may be a misspelling of one it does ("sovreignty")
        or a word of its own ("bread" is not "broad"): the respelt reading is kept only
        when it is answered, and better than the question as typed.
        """
        query = self.read(text)
        literal = self.read(text, spelling=False) if query.respelt else None
        vectors = self._encode_ahead([query] if literal is None else [query, literal])
        ranked, evidence = self.weigh(query, vectors=vectors)
        if literal is not None:
            literal_ranked, literal_evidence = self.weigh(literal, vectors=vectors)
            if self.abstention.strength(literal_evidence) >= self.abstention.strength(evidence):
                query, ranked, evidence = literal, literal_ranked, literal_evidence
        return query, ranked if self.abstention.answers(evidence) else []

    def weigh(
        self, query: Query, *, expand: bool = False, vectors: dict[str, np.ndarray] | None = None
    ) -> tuple[list[Scored], Evidence]:
        """The ranked candidates and the evidence the abstention rule decides on.

        Synonyms for the question's unfamiliar words count towards covering it only when
        the exact words leave the answer in doubt (or always, with ``expand``, for
        calibrating the abstention rule). ``vectors`` holds embeddings already computed
        (_encode_ahead).
        """
        vectors = {} if vectors is None else vectors
        vector = self._text_vectors([query.subject], vectors)[0]
        dense_scores, rows = self.index.search(vector, DENSE_CANDIDATES)
        # Synonyms always help rank; they cover the subject for the abstention rule only
        # when its own words leave the answer in doubt.
        expansions = self._expansions(query.subject, query.read, vectors)
        matches = {**self._known_word_neighbours(query.subject, query.read), **expansions}
        ranked = self._rerank(query, vector, self._fuse(query, vector, dense_scores, rows, matches))
        evidence = self._evidence(query, ranked, {})
        if expansions and (expand or self.abstention.undecided(evidence)):
            evidence = self._evidence(query, ranked, expansions)
        return ranked, evidence

    def _rerank(
        self, query: Query, vector: np.ndarray, ranked: list[Scored], maxsims: dict[int, float] | None = None
    ) -> list[Scored]:
        """The top candidates re-scored by late interaction (MaxSim over token vectors);
        ``maxsims`` remembers each row's MaxSim for a second ranking of the same subject."""
        return late_interaction.rescore(
            self.index, self._encoder, query.subject, ranked, noise=self._lexical.stopwords, known=maxsims
        )

    def _encode_ahead(self, readings: list[Query]) -> dict[str, np.ndarray]:
        """The embeddings a question may need, from one forward pass of the encoder: the
        subject of each reading (typed and respelt) and the words of it the corpus
        never uses, whose synonyms are looked for. Encoding
        those words with the subject, needed or not, costs less at the p95 than a second
        pass for the questions that need them (README, "Speed and memory")."""
        texts = [r.subject for r in readings]
        for reading in readings:
            texts += self._unknown_words(reading.subject, reading.read).values()
        found: dict[str, np.ndarray] = {}
        self._text_vectors(texts, found)
        return found

    def _text_vectors(self, texts: list[str], found: dict[str, np.ndarray]) -> np.ndarray:
        """The embeddings of ``texts`` (subjects, words), taken from ``found`` or the
        recently remembered ones ("more quotes", inline queries and a class asking the
        same question all repeat a subject), the rest encoded together; ``found`` gains them."""
        missing = []
        for text in dict.fromkeys(texts):
            if text in found:
                continue
            vector = self._query_cache.get(text)
            if vector is None:
                missing.append(text)
            else:
                self._query_cache.move_to_end(text)
                found[text] = vector
        if missing:
            for text, vector in zip(missing, self._encoder.encode(missing)):
                found[text] = vector
                if self._cache_size > 0:
                    self._query_cache[text] = vector
            while len(self._query_cache) > self._cache_size:
                self._query_cache.popitem(last=False)
        return np.stack([found[text] for text in texts]) if texts else np.zeros((0, 0), dtype=np.float32)

    def clear_cache(self) -> None:
        """Forget remembered question embeddings (benchmarks time the encoder with it)."""
        self._query_cache.clear()

    def _fuse(
        self, query: Query, vector: np.ndarray, dense_scores: np.ndarray, rows: np.ndarray, expansions: Expansions
    ) -> list[Scored]:
        lexical = self._lexical.scores(query.subject, expansions=expansions)
        dense_by_row = dict(zip(rows.tolist(), dense_scores.tolist()))
        candidates = set(dense_by_row) | set(np.flatnonzero(lexical > 0).tolist())
        if query.documents:
            candidates = {r for r in candidates if self.index.passages[r].doc_id in query.documents}
            if len(candidates) < COVERAGE_DEPTH:
                # Narrowed to a short document: every window of it is a candidate.
                candidates |= {r for r, p in enumerate(self.index.passages) if p.doc_id in query.documents}
        if not candidates:
            return []
        top_lexical = float(lexical[list(candidates)].max())
        missing = [r for r in candidates if r not in dense_by_row]
        if missing:
            # Lexical hits the dense search did not return: score them exactly.
            for r, value in zip(missing, self._dense_exact(vector, missing)):
                dense_by_row[r] = value
        phrases = self._phrase_bonuses(query.subject, candidates)
        headings = self._heading_scores(query, vector)
        if headings:
            candidates |= {r for key in headings for r in self._rows_by_start.get(key, ())}
            missing = [r for r in candidates if r not in dense_by_row]
            for r, value in zip(missing, self._dense_exact(vector, missing)):
                dense_by_row[r] = value
        scored = []
        passages = self.index.passages
        candidate_rows = list(candidates)
        # Python floats gathered at once: indexing a numpy array row by row costs more.
        for row, bm25 in zip(candidate_rows, lexical[candidate_rows].tolist()):
            passage = passages[row]
            lex = bm25 / top_lexical if top_lexical > 0 else 0.0
            dense = dense_by_row[row]
            heading = headings.get((passage.doc_id, passage.first))
            if heading is not None:
                # A section's opening stands for its heading when the heading is the better match.
                dense, lex = max(dense, heading[0]), max(lex, heading[1])
            score = DENSE_WEIGHT * dense + LEXICAL_WEIGHT * lex
            score -= WINDOW_PENALTY * (passage.size - 1)
            score += phrases.get(row, 0.0)
            scored.append(Scored(row, passage, dense, bm25, score))
        scored.sort(key=lambda s: (-s.score, s.row))
        return scored

    def _subject_phrase(self, subject: str) -> list[str]:
        """The subject's stemmed words, from its first content word to its last."""
        tokens = words(subject)
        content = [i for i, w in enumerate(tokens) if not self._lexical.is_stopword(w)]
        if len(content) < MIN_PHRASE_WORDS:
            return []
        return self._lexical.stem_all(tokens[content[0] : content[-1] + 1])

    def _phrase_bonuses(self, subject: str, rows: set[int]) -> dict[int, float]:
        """Row → bonus for holding the longest stretch of the subject word for word."""
        phrase = self._subject_phrase(subject)
        if not phrase:
            return {}
        content = [t for t in phrase if t not in self._lexical.stopword_stems]
        for length in range(min(len(phrase), MAX_PHRASE_WORDS), MIN_PHRASE_WORDS - 1, -1):
            found: dict[int, float] = {}
            for start in range(0, len(phrase) - length + 1):
                stretch = phrase[start : start + length]
                if stretch[0] in self._lexical.stopword_stems or stretch[-1] in self._lexical.stopword_stems:
                    continue
                share = sum(1 for t in stretch if t not in self._lexical.stopword_stems) / len(content)
                if share * len(content) < MIN_PHRASE_WORDS:
                    continue
                needle = f" {' '.join(stretch)} "
                if needle not in self._all_stems:  # most stretches are nowhere in the corpus
                    continue
                for row in rows:
                    if needle in self._stems[row]:
                        found[row] = max(found.get(row, 0.0), PHRASE_BONUS * share)
            if found:
                return found
        return {}

    def _has_whole_phrase(self, subject: str, ranked: list[Scored]) -> bool:
        """Whether a top candidate holds the subject word for word: every content word
        of it, in order ("digital divide"), or its one content word ("decoupling")."""
        phrase = self._subject_phrase(subject)
        if phrase:
            needle = f" {' '.join(phrase)} "
            return any(needle in self._stems[s.row] for s in ranked[:PHRASE_DEPTH])
        terms = self._lexical.tokens(subject)
        if len(terms) != 1:
            return False
        return any(f" {terms[0]} " in self._stems[s.row] for s in ranked[:PHRASE_DEPTH])

    def _heading_scores(self, query: Query, vector: np.ndarray) -> dict[tuple[str, int], tuple[float, float]]:
        """(document, first sentence of a section) → (dense, lexical) evidence of its heading,
        for headings that share most of the subject's words.

        A count in the question is matched by a heading that enumerates as many things
        ("the four communities": "a community of development, security, responsibility
        and shared interests"). A heading holding all of the subject counts as its phrase.
        """
        terms = self._lexical.tokens(query.subject)
        if not terms or not self._headings:
            return {}
        counts = {self._lexical.stem(w): NUMBER_WORDS.get(w, int(w) if w.isdigit() else 0) for w in words(query.subject)}
        total = sum(self._lexical.idf(t) for t in terms)
        shares = []
        for h in self._headings:
            held = [t for t in terms if t in h.terms or counts.get(t) in h.list_lengths]
            shares.append(sum(self._lexical.idf(t) for t in held) / total)
        if max(shares) < MIN_HEADING_COVERAGE:
            return {}
        similarities = self._heading_vectors() @ vector
        return {
            (h.doc_id, h.first): (float(similarity) - HEADING_DISCOUNT, share + (PHRASE_BONUS / LEXICAL_WEIGHT if share >= 1 else 0.0))
            for h, share, similarity in zip(self._headings, shares, similarities)
            if share >= MIN_HEADING_COVERAGE and (not query.documents or h.doc_id in query.documents)
        }

    def _unknown_words(self, text: str, question: str, *, known: bool = False) -> dict[str, str]:
        """The subject's words the corpus never uses (or, with ``known``, the ones it
        does use) that may have synonyms in it, by stem."""
        if not len(self.index.vocabulary):
            return {}
        unknown: dict[str, str] = {}
        # A name ("Brexit", "Taiwan") has no synonyms: only words written in lower case
        # (or capitalised only for starting the question).
        names = {w.lower() for w in re.findall(r"(?<=\S)\s+([A-Z][\w’'-]*)", question)}
        for word in self._lexical.content_words(text):
            term = self._lexical.stem(word)
            if self._lexical.knows(term) == known and word.isalpha() and word not in names:
                unknown.setdefault(term, word)
        return unknown

    def _expansions(self, text: str, question: str, found: dict[str, np.ndarray] | None = None) -> Expansions:
        """Corpus words standing in for the subject's words the corpus never uses: close
        as words alone or in context, whichever is closer."""
        unknown = self._unknown_words(text, question)
        if not unknown:
            return {}
        expansions = self._word_neighbours(text, unknown, found)
        for term, neighbours in self._context_neighbours(text, unknown).items():
            merged = expansions.setdefault(term, {})
            for stem, similarity in neighbours.items():
                merged[stem] = max(similarity, merged.get(stem, 0.0))
        return expansions

    def _known_word_neighbours(self, text: str, question: str) -> Expansions:
        """The corpus words close in context to the subject's words the corpus uses,
        each at KNOWN_WORD_WEIGHT of its similarity (for the ranking)."""
        known = self._unknown_words(text, question, known=True)
        context = self._context_words() if known else None
        if context is None:
            return {}
        own = set(self._lexical.tokens(text))
        found: Expansions = {}
        for term in known:
            near = context.near(term, floor=KNOWN_WORD_SIMILARITY, count=SYNONYMS_PER_WORD, own=own)
            if near:
                found[term] = {stem: KNOWN_WORD_WEIGHT * similarity for stem, similarity in near}
        return found

    def _context_neighbours(self, text: str, words: dict[str, str]) -> Expansions:
        """For each of ``words`` (stem → word of ``text``), the corpus stems close to its
        token vectors in ``text``."""
        token_vectors = getattr(self._encoder, "token_vectors", None)
        context = self._context_words() if words and token_vectors is not None else None
        if context is None:
            return {}
        vectors, pieces = token_vectors(text)
        means = {}
        for term, word in words.items():
            mask = np.array([p == word for p in pieces])
            if mask.any():
                means[term] = vectors[mask].astype(np.float32).mean(axis=0)
        own = set(self._lexical.tokens(text))
        return context.neighbours(means, floor=CONTEXT_SYNONYM_SIMILARITY, count=SYNONYMS_PER_WORD, own=own)

    def _context_words(self) -> ContextWords | None:
        """The corpus's words in context (read or computed once); None without stored
        token vectors or an encoder that names their words."""
        if self._context is None:
            piece_words = getattr(self._encoder, "piece_words", None)
            store = self.index.token_vectors
            if piece_words is None or store is None:
                return None
            def build() -> ContextWords:
                singles = [row for row, p in enumerate(self.index.passages) if p.size == 1]
                texts = [self._texts[r] for r in singles]
                bounds = self.index.token_bounds[singles]
                return ContextWords.build(texts, bounds, store, piece_words, self._lexical.stem, self._lexical.is_stopword)

            # The manifest says what the index, token vectors included, was built from.
            key = content_key(self.index.manifest, self._lexical.stopwords)
            self._context = ContextWords.stored(self.index.folder, key, build)
        return self._context

    def _word_neighbours(self, text: str, unknown: dict[str, str], found: dict[str, np.ndarray] | None) -> Expansions:
        """For each unknown word, the corpus words whose embeddings alone are at least SYNONYM_SIMILARITY close."""
        vectors = self._text_vectors(list(unknown.values()), {} if found is None else found)
        # einsum, not BLAS: see late_interaction._maxsim_rows (here 36 ms against 0.3 ms
        # on the busy machine).
        similarities = np.einsum("kd,vd->kv", vectors, self._vocabulary_vectors)
        # A synonym stands for what the question does not already say: "volcanic" is
        # not read as "erupt" beside "eruptions".
        own = set(self._lexical.tokens(text))
        expansions: Expansions = {}
        for term, row in zip(unknown, similarities):
            best = np.argsort(-row)[:SYNONYMS_PER_WORD]
            neighbours = {
                self._lexical.stem(self.index.vocabulary[i]): float(row[i])
                for i in best
                if row[i] >= SYNONYM_SIMILARITY and self._lexical.stem(self.index.vocabulary[i]) not in own
            }
            if neighbours:
                expansions[term] = neighbours
        return expansions

    def _dense_exact(self, query: np.ndarray, rows: list[int]) -> list[float]:
        if not rows:
            return []
        vectors = self.index.vectors.reconstruct_batch(np.asarray(rows, dtype=np.int64))
        return (vectors @ query).tolist()

    def _evidence(self, query: Query, ranked: list[Scored], expansions: Expansions) -> Evidence:
        if not ranked:
            return Evidence(dense=0.0, coverage=0.0, phrase=False, expanded=bool(expansions), unknown_name=bool(query.unknown_names))
        top = ranked[:COVERAGE_DEPTH]
        rows = [s.row for s in top]
        dense = max(s.dense for s in top)
        coverage = self._lexical.coverage(query.subject, rows, expansions=expansions, unseen_weight=self._unseen_weight)
        if self._is_unused_compound(query.subject):
            coverage *= UNUSED_COMPOUND_COVERAGE
        maxsims = [s.maxsim for s in top if s.maxsim is not None]
        return Evidence(
            dense=dense,
            coverage=coverage,
            phrase=self._has_whole_phrase(query.subject, ranked) or self._names_a_document_part(query.subject, coverage),
            expanded=bool(expansions),
            unknown_name=bool(query.unknown_names),
            # Without token vectors the sentence vector is the nearest stand-in.
            maxsim=max(maxsims) if maxsims else dense,
        )

    def _unseen_weight(self, word: str) -> float:
        """How telling a word the corpus never uses is, from its rank in the model's
        vocabulary (roughly by frequency): "something", "touch" and "apart" say less
        than "neutrality" or "ransomware" (no single piece: fully telling)."""
        rank = self._word_rank(word) if self._word_rank is not None else None
        if rank is None:
            return 1.0
        return min(1.0, rank / COMMON_WORD_RANK) ** 0.5

    def _names_a_document_part(self, subject: str, coverage: float) -> bool:
        """Whether the subject is made only of words from a top passage's document
        description, none of which the texts themselves use ("the poem": the notes say
        the piece opens with one). It asks for that part, as a phrase would. Common
        nouns only: a name there ("Long Yuan", the poet) is not in the passages."""
        content = self._lexical.content_words(subject)
        if not content or coverage < 1.0 or any(w[:1].isupper() for w in re.findall(r"\w+", subject) if w.lower() in content):
            return False
        return not any(self._lexical.knows(t) for t in self._lexical.stem_all(content))

    def _is_unused_compound(self, subject: str) -> bool:
        """Whether the subject is a two-word name ("net neutrality", "the Internet of
        Things") whose words the corpus uses, but never in one passage."""
        tokens = words(subject)
        content = [i for i, w in enumerate(tokens) if not self._lexical.is_stopword(w)]
        if len(content) != 2:
            return False
        between = tokens[content[0] + 1 : content[1]]
        if between not in ([], list(COMPOUND_JOINS)):
            return False
        terms = [self._lexical.stem(tokens[i]) for i in content]
        return all(self._lexical.knows(t) for t in terms) and not self._lexical.used_together(terms)

    # -- from candidates to quotes ---------------------------------------------------

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
        """A candidate grown into what it announces, or into a longer window that scores
        nearly as well; then back to what its first sentence refers to."""
        grown = self._grow_lead_in(candidate)
        if grown is not None:
            return self._grow_back(grown)
        p = candidate.passage
        best = candidate
        for other in ranked:
            if other.score < candidate.score - EXTEND_MARGIN:
                break
            o = other.passage
            if o.doc_id == p.doc_id and o.first <= p.first and o.last >= p.last and o.size > best.passage.size:
                best = other
        return self._grow_back(best)

    def _grow_back(self, candidate: Scored) -> Scored:
        """A window whose first sentence opens by pointing back ("They are becoming…",
        "This process will…") grown to the sentence it points to, in its paragraph: a
        quote must make sense alone."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        if p.first == 0 or not _REFERS_BACK.match(sentences[p.first].text):
            return candidate
        previous = sentences[p.first - 1]
        if previous.paragraph != p.paragraph or previous.is_heading or p.end - previous.start > MAX_QUOTE_CHARS:
            return candidate
        return replace(candidate, passage=replace(p, first=p.first - 1, start=previous.start))

    def _grow_lead_in(self, candidate: Scored) -> Scored | None:
        """A window ending on a lead-in ("…two reasons.", "…principles:") grown forward
        into the sentences it announces, across a paragraph break after a colon."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        if not is_lead_in(sentences, p.last):
            return None
        last = p.last
        while last + 1 < len(sentences) and is_lead_in(sentences, last):
            following = sentences[last + 1]
            if following.is_heading or following.end - p.start > MAX_QUOTE_CHARS:
                break
            if following.paragraph != sentences[last].paragraph and not sentences[last].text.endswith(":"):
                break
            last += 1
        if last == p.last:
            return None
        if is_lead_in(sentences, last) and sentences[last].paragraph != p.paragraph:
            return None  # it would end on another announcement: better unquoted
        grown = replace(p, last=last, end=sentences[last].end)
        return replace(candidate, passage=grown)

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

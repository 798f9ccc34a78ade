"""Quotation search: a question read as the corpus's words, dense (FAISS) and lexical
(BM25) evidence fused, exact phrases, section headings and structure heeded; the
Searcher that runs it and hands the rest to its parts: the corpus words standing in for
the question's (synonyms.Synonyms), what a question asked by its structure gains
(document_parts.DocumentParts), the evidence the abstention rule decides on
(coverage.Coverage), the quotes chosen and shaped (quoting.Quoter), what the front
matter answers (metadata.FrontMatter).

Every candidate is a window of one to three whole sentences of one paragraph, so a
quote is always ``body[start:end]`` of a document. The score of a window mixes the
cosine similarity of its embedding with the question subject's and its normalised
BM25 score; windows longer than one sentence must earn their extra length. When the
best evidence is too weak the search abstains instead of quoting something unrelated.

The steps of ``rank`` are separate methods so another scorer (a late-interaction
reranker, say) slots in as one call on the fused candidates: see ``_rerank_both``.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..errors import QuestionError
from ..texts.corpus import Document
from ..texts.names import name_words
from ..texts.passages import NUMBER_WORDS, Sentence, list_lengths, section_heads, segment
from ..texts.referents import antecedents, referents
from ..texts.structure import layout
from . import late_interaction
from .abstention import DEFAULT_RULE, FUNCTION_WORDS, AbstentionRule, Evidence
from .asking import answer_kind_words, without_instance_frame, without_set_aside
from .asking.asker import asks_to_confirm
from .asking.documents import checks_piece, meaning_asked
from .asking.message import question_marked, question_parts
from .asking.order import AS_NAMED, BY_DATE, BY_TEXT, ONE_PASSAGE, Order, order_asked, told_date
from .asking.worksheet import MIN_OPTIONS, as_item, asks_against_options, option_questions
from .candidates import Ranking, Scored
from .context_words import ContextWords, content_key
from .coverage import COVERAGE_DEPTH, NAME_RARITY, Coverage
from .document_parts import DocumentParts, asks_instances, asks_items, asks_reason
from .encoders import Encoder
from .index import MAX_QUOTE_CHARS, Index, Passage, stored_vectors
from .lexical import Expansions, LexicalIndex, words
from .metadata import FrontMatter
from .names import NameCase, country_forms, country_names, region_names
from .onnx_encoder import MODEL_FILE, TOKENIZER_FILE, WORD_IDS_FILE, save_array
from .question_vectors import QuestionVectors
from .quoting import Quoter, heading_quote
from .reading import DOCUMENT_WORDS, FRAMING_WORDS, Query, QuestionReader
from .results import Answer, Quote
from .stemmed import MIN_PHRASE_WORDS, StemmedWindows
from .synonyms import Synonyms

log = logging.getLogger(__name__)

DEFAULT_TOP_K = 3
# Asked which of two things the text tells first: both quoted first (ORDERED_THINGS), then
# up to ORDER_DEPTH more of the question's own candidates.
ORDERED_THINGS = 2
ORDER_DEPTH = 20
MAX_TOP_K = 20
MAX_QUESTION_CHARS = 1_000
DENSE_CANDIDATES = 200
HEADINGS_FILE = "headings.npz"  # the section headings' vectors, beside the index
# The word table's token vectors, each word encoded alone, beside the index; named by
# what they were made from (Searcher._remember_alone_words).
ALONE_WORDS_FILE = "alone_words-{key}.npy"
ALONE_KEY_CHARS = 16
QUERY_CACHE_SIZE = 512
# Fusion weights, tuned on bench/data (docs/search.md, "How a question is answered").
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.35
WINDOW_PENALTY = 0.04  # per extra sentence in a window
# The passages' vectors copied out of a flat FAISS index once, when they take at most
# this: a question scores its lexical hits the vector search missed two or three times,
# and reconstructing their rows from FAISS each time cost more than the product.
DENSE_COPY_BYTES = 64 * 2**20
# A window is also read with the sentence before it: it gains this share of what that
# longer window's meaning matches better than its own ("Many achievements have been
# made…" after the sentence naming who made them; "They are…" after what "they" are).
# Measured on the visible sets' covered questions (bench/results/ranking.md).
CONTEXT_SHARE = 0.5
# A passage holding the question's subject word for word ("digital divide") ranks
# above passages that merely share its words; in proportion to how much of the
# subject the phrase is.
PHRASE_BONUS = 0.25
MAX_PHRASE_WORDS = 12  # longer stretches are sentences, not phrases (and cost time)
# How deep in the ranking a word-for-word match still vouches for the answer.
PHRASE_DEPTH = 10
# A phrase the question quotes ('pubic policies', 'patchwork') that the texts write this
# many times at most is one the asker has from them: a top window holding it vouches for
# the answer, whatever the question says around it ("typo alert 'pubic policies' — what's
# that sentence about?"), and the windows holding it gain as for the subject's phrase.
RARE_QUOTED_TIMES = 2
# Only a phrase in single quotes and in lower case: the asker's quoting of the texts'
# wording; a name in double quotes is search syntax ('"Interactive Advertising Bureau"
# founded'), which asks what the texts never give of a name they write once.
_QUOTED_SPAN = re.compile(r"(?<![\w'’])['‘]([^'‘’\"“”?!A-Z]{3,60}?)['’](?![\w'’])")
# A question that matches a section heading leads to the sentences the heading heads,
# scored as the heading (a little less, so a sentence that says it wins a tie).
HEADING_DISCOUNT = 0.05
MIN_HEADING_COVERAGE = 0.4
# A question counting things ("the four communities", "four kinds of community") is
# answered by the one line naming them all: a heading listing as many, with the word
# for the things among this many words after the count, is quoted first. The sentences
# of its section name one thing each.
COUNTED_WORD_REACH = 3
# A count written in digits ("what 4 communities"), as a heading may list.
_LISTED_DIGITS = frozenset(str(n) for n in range(2, 11))
# The nouns a "what kinds of X" asks the X's through.
_KIND_NOUNS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})
_PLURAL = re.compile(r"[a-z]{3,}s")
# How near, in words, a top window must write the texts' word for a name the asker
# uses instead to what the question says it of ("Ambassador to the UK Liu Xiaoming's
# Twitter" for "the ambassador's Twitter in London"; Searcher._glossed_names).
GLOSS_REACH = 5
# A multiple-choice item's options are looked for among this many of its stem's first
# candidates (Searcher._by_stated_option): the answer's window was found as far down as
# the ninth; farther down, windows name the distractors as often.
OPTION_DEPTH = 12
# Said when a premise named one piece and another says it (Searcher._guessed_note).
PIECE_GUESSED_NOTE = "The question names {named}; the passage that says it is from {found}."
# "What don't the texts say about X?": a quote can show only what they say.
# A message of several questions answered by its first (Searcher._by_parts).
ONE_PART_NOTE = "Of the questions asked, the texts answer the first: “{part}”"
ORDER_NOTES = {
    BY_TEXT: "The first two quotes are in the order the text gives them.",
    BY_DATE: "The first two quotes are in the order of the dates they give.",
}
UNSAID_NOTE = "The texts can be quoted only for what they say, not for what they leave out; this is what they say about it."
# How sure the whole corpus's reading must be for a premise naming one piece to be answered
# from another (Searcher._piece_guessed): the piece that says it says it plainly ("Smith's
# article is the one that covers X, right?" beside the one naming X word for word). At the
# plain threshold (0.5), "the 2022 Smith article says the metaverse needs its own rules"
# was answered from another piece's "New rules are needed" (0.53).
OTHER_PIECE_CONFIDENCE = 0.9
# How many content words a premise's subject needs for another piece holding it word for
# word to outweigh the named piece answering it in its own words (Searcher._piece_guessed).
QUOTED_PREMISE_WORDS = 4
# A question asking for something, not whether (quoting.ECHO_SHARE).
_ASKS_FOR_SOMETHING = re.compile(r"\b(?:what|who|whom|which|how|where|when)\b", re.IGNORECASE)
# A word typed in capitals, an acronym ("ISIS").
_ACRONYM = re.compile(r"[A-Z]{3,}")
# A name made an adjective, as those of places, peoples and doctrines end ("Westphalian",
# "Japanese", "British", "Western", "Hellenic"): Searcher._qualifying_names.
_NAME_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|ic|ern)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that show nothing: format characters (zero-width spaces and joiners,
# the byte-order mark, soft hyphens…) and the blank "letters" used to fake them.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


@dataclass(frozen=True)
class SubjectLookup:
    """What a subject finds in the whole corpus, whichever documents its question names:
    its vector, its nearest windows, the corpus words standing in for its words, and
    every window's BM25 score with them. Shared by a question's weighings; read only."""

    vector: np.ndarray
    dense_scores: np.ndarray
    rows: np.ndarray
    expansions: Expansions  # synonyms of the words the corpus never uses near both ways (they may cover the subject)
    matches: Expansions  # ... and of the words it uses (they only rank)
    lexical: np.ndarray


@dataclass(frozen=True)
class Heading:
    """A section heading: searchable, never quoted, it leads to the sentence it heads."""

    doc_id: str
    first: int  # position of the first sentence under it
    text: str
    terms: frozenset[str]
    list_lengths: frozenset[int]  # items in each enumeration it makes: "the four communities"
    # Sentences of its section that say it again ("Balancing freedom, order": "The balance
    # between freedom and order should be addressed."): it leads to them too.
    restated: tuple[int, ...] = ()
    sentence: Sentence | None = None  # the heading itself, quoted when it is the answer (_listing_headings)


def _nearest_word(tokens: list[str], name: list[str], wanted: list[str]) -> str:
    """The word of ``wanted`` nearest the name in ``tokens``: what the name is said of
    ("ambassador" in "the Chinese ambassador in London")."""
    named = {w.lower() for w in name}
    at = [i for i, t in enumerate(tokens) if t.lower() in named] or [0]
    options = [(min(abs(i - j) for j in at), w) for i, w in enumerate(tokens) if w in wanted]
    return min(options)[1] if options else wanted[0]


def _within(stems: list[str], stand_ins: set[str], head: str, reach: int) -> bool:
    """Whether a stem of ``stand_ins`` is within ``reach`` words of ``head`` in ``stems``."""
    near = [i for i, s in enumerate(stems) if s in stand_ins]
    return any(abs(i - j) <= reach for i, s in enumerate(stems) if s == head for j in near)


def _visible(text: str) -> str:
    """The text without characters that show nothing ("digi\u200btal" is "digital")."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf" and c not in _INVISIBLE_LETTERS)


def _positions(chosen: np.ndarray, rows: Iterable[int]) -> list[int]:
    """The positions in ``chosen`` (rows ascending, each once) of those of ``rows`` it
    holds, ascending: np.flatnonzero(np.isin(chosen, rows)), found by bisection at a
    tenth of isin's per-call cost for the few rows a question's headings bring."""
    wanted = np.array(sorted(rows), dtype=chosen.dtype)
    if not len(wanted) or not len(chosen):
        return []
    at = np.searchsorted(chosen, wanted)
    inside = at < len(chosen)
    at, wanted = at[inside], wanted[inside]
    return at[chosen[at] == wanted].tolist()


# How many of the top quotes a "what comes right after X" question has its neighbour
# quoted for: the best answer to X may be the second window (two passages saying X much
# alike), and its neighbour is then the one asked for.
NEIGHBOUR_ANCHORS = 2
# What a named piece is mainly about: its sentences sharing at least this share of its
# title's words (a title names the claim the piece makes), the best GIST_TITLE_SENTENCES of them.
MIN_GIST_TITLE_SHARE = 0.3
GIST_TITLE_SENTENCES = 2


def _flat_vectors(vectors) -> np.ndarray | None:  # noqa: ANN001 - a FAISS index
    """A flat FAISS index's stored vectors (one row a passage), copied out once; None for
    another kind of index or one above DENSE_COPY_BYTES (its rows are reconstructed when
    wanted)."""
    total, dimension = getattr(vectors, "ntotal", 0), getattr(vectors, "d", 0)
    if not total or total * dimension * np.dtype(np.float32).itemsize > DENSE_COPY_BYTES:
        return None
    import faiss  # loaded already: the index is one of its

    if not isinstance(vectors, faiss.IndexFlat):
        return None
    return np.ascontiguousarray(vectors.reconstruct_n(0, total), dtype=np.float32)


def _overlap(one: Quote, other: Quote) -> bool:
    """Whether two quotes share any of one document's text."""
    return one.doc_id == other.doc_id and one.start < other.end and other.start < one.end


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
        # The question's embeddings, the last ``cache_size`` subjects and words remembered.
        self._vectors = QuestionVectors(index, encoder, cache_size=cache_size)
        self._texts = [documents[p.doc_id].body[p.start : p.end] for p in index.passages]
        self._sentences = {doc_id: segment(doc)[1] for doc_id, doc in documents.items()}
        self._section_heads = {doc_id: section_heads(doc) for doc_id, doc in documents.items()}
        prose = [s.text for sentences in self._sentences.values() for s in sentences if not s.is_heading]
        self._names = name_words(prose)
        self._referents = {doc_id: referents(sentences) for doc_id, sentences in self._sentences.items()}
        self._antecedents = {doc_id: antecedents(sentences) for doc_id, sentences in self._sentences.items()}
        contexts = [self._context(p) for p in index.passages]
        self._lexical = LexicalIndex.stored(self._texts, contexts=contexts, folder=index.folder)
        self._reader = QuestionReader(
            documents,
            stopwords=self._lexical.stopwords,
            known=self._knows_word,
            is_word=getattr(encoder, "is_whole_word", None),
            is_common=getattr(encoder, "is_common_word", None),
            english=getattr(encoder, "common_words", list)(),
            stem=self._lexical.stem,
        )
        # Words a subject's weakest part is never one of: glue, framing, pointers into a
        # text ("part 1", "the third section": a number that short is an ordinal, not a year).
        self._untelling = FUNCTION_WORDS | FRAMING_WORDS | self._lexical.stopwords
        self._name_case = NameCase(
            prose, names=self._names, untelling=self._untelling, places=country_names(), countries=country_forms(),
            regions=region_names(is_common_word=getattr(encoder, "is_common_word", None)),
            is_word=getattr(encoder, "is_whole_word", None),
        )
        self._layouts = {doc_id: layout(doc) for doc_id, doc in documents.items()}
        # What makes the ranked windows into the quotes shown.
        self.quoting = Quoter(
            documents, sentences=self._sentences, lexical=self._lexical, untelling=self._untelling,
            verses={doc_id: layout_.verses for doc_id, layout_ in self._layouts.items()},
            lists={doc_id: layout_.lists for doc_id, layout_ in self._layouts.items()},
        )
        self._stemmed = StemmedWindows(self._lexical.stemmed)
        self._headings = self._heading_terms()
        self._restated = {(h.doc_id, h.first): h.restated for h in self._headings}
        self._rows_by_start: dict[tuple[str, int], list[int]] = {}
        self._rows_by_paragraph: dict[tuple[str, int], list[int]] = {}
        for row, p in enumerate(index.passages):
            self._rows_by_start.setdefault((p.doc_id, p.first), []).append(row)
            self._rows_by_paragraph.setdefault((p.doc_id, p.paragraph), []).append(row)
        # Per row, as arrays for scoring every candidate at once (_fuse).
        self._window_cost = WINDOW_PENALTY * np.array([p.size - 1 for p in index.passages], dtype=np.int64)
        # Each row's window grown back by the sentence before it in its paragraph (-1: none).
        spans = {(p.doc_id, p.first, p.last): row for row, p in enumerate(index.passages)}
        self._with_previous = np.array(
            [spans.get((p.doc_id, p.first - 1, p.last), -1) for p in index.passages], dtype=np.int64
        )
        self._document_codes = {doc_id: code for code, doc_id in enumerate(documents)}
        self._row_documents = np.array([self._document_codes[p.doc_id] for p in index.passages], dtype=np.int64)
        self._passage_vectors = _flat_vectors(index.vectors)
        # Encoded once for the index and stored with it (index.stored_vectors): the first
        # question that matched a heading used to wait 60-170 ms for them.
        self._heading_matrix = (
            stored_vectors(index, HEADINGS_FILE, [h.text for h in self._headings], encoder.encode)
            if self._headings
            else np.zeros((0, 1), dtype=np.float32)
        )
        self._remember_alone_words()
        # What the front matter and the section headings answer without a passage.
        self.front_matter = FrontMatter(documents, layouts=self._layouts, sentences=self._sentences, section_heads=self._section_heads)
        # The parts of the documents a question may ask for by its structure.
        self.parts = DocumentParts(
            index.passages,
            lexical=self._lexical,
            stemmed=self._stemmed,
            texts=self._texts,
            sentences=self._sentences,
            section_heads=self._section_heads,
            layouts=self._layouts,
            rows_by_start=self._rows_by_start,
            rows_by_paragraph=self._rows_by_paragraph,
            lexical_weight=LEXICAL_WEIGHT,
        )
        self._restating = self._restating_rows()
        # Read (or computed and stored) now, so that `textbot index` leaves them for the first question.
        self._context: ContextWords | None = None
        context = self._context_words()
        # Late interaction's per-token best cosines, which the evidence reads again.
        self._piece_maxima = late_interaction.PieceMaxima()
        # What the top windows offer the abstention rule.
        self.coverage = Coverage(
            index,
            encoder=encoder,
            lexical=self._lexical,
            stemmed=self._stemmed,
            texts=self._texts,
            sentences=self._sentences,
            section_heads=self._section_heads,
            names=self._names,
            name_case=self._name_case,
            untelling=self._untelling,
            context=context,
            layouts=self._layouts,
            maxima=self._piece_maxima,
            years={doc_id: doc.date[:4] for doc_id, doc in documents.items()},
        )
        # Corpus words standing in for the question's.
        self.synonyms = Synonyms(index, encoder=encoder, lexical=self._lexical, vectors=self._vectors, context=context)

    def _context(self, passage: Passage) -> str:
        """What a passage is about beyond its words: its document, its section's heading,
        the names its descriptions point back to ("the program": PRISM), and what the
        sentence before it was about when it opens on a demonstrative ("This process …")."""
        head = self._section_heads[passage.doc_id].get(passage.paragraph)
        named = self._referents[passage.doc_id]
        pointed = [named[p] for p in range(passage.first, passage.last + 1) if p in named]
        antecedent = self._antecedents[passage.doc_id].get(passage.first)
        return " ".join(filter(None, [document_context(self.documents[passage.doc_id]), head.text if head else None, *pointed, antecedent]))

    def _restating_rows(self) -> dict[int, list[int]]:
        """A paragraph's title sentence (its window alone) → the windows opening on a
        sentence of its paragraph that says it again and more ("Build a community of
        security." → "Building a community of security is to uphold …"): what the
        paragraph says of the thing its title names."""
        restating: dict[int, list[int]] = {}
        for doc_id, layout_ in self._layouts.items():
            for position in layout_.titles:
                title = next((r for r in self._rows_by_start.get((doc_id, position), ()) if self.index.passages[r].size == 1), None)
                if title is None:
                    continue
                paragraph = self.index.passages[title].paragraph
                restated = {
                    self.index.passages[row].first
                    for row in self._rows_by_paragraph[(doc_id, paragraph)]
                    if self.index.passages[row].size == 1 and row != title and self._stemmed.rows[title] in self._stemmed.rows[row]
                }
                rows = [row for first in sorted(restated) for row in self._rows_by_start[(doc_id, first)]]
                if rows:
                    restating[title] = rows
        return restating

    def _remember_alone_words(self) -> None:
        """Give the encoder the token vectors of the vocabulary's common whole words (the
        index's word table), each encoded alone: a question's unknown name ("France") is
        looked up so for its synonyms (_glossed_names, _longer_acronyms), a second forward
        pass. The same vectors as that pass gives; encoded once for the model's export
        (~5 s of CPU) and stored beside it, memory-mapped (ALONE_WORDS_FILE)."""
        encoder, ids = self._encoder, self.index.word_ids
        if ids is None or self.index.folder is None or not all(hasattr(encoder, m) for m in ("remember_alone", "alone_tokens", "table_words")):
            return
        files = self.index.manifest.get("index_files") or {}
        identity = [files.get(MODEL_FILE), files.get(TOKENIZER_FILE), files.get(WORD_IDS_FILE), ids.tolist()]
        key = hashlib.sha256(json.dumps(identity).encode("utf-8")).hexdigest()[:ALONE_KEY_CHARS]
        path = self.index.folder / ALONE_WORDS_FILE.format(key=key)
        try:
            tokens = np.load(path, mmap_mode="r", allow_pickle=False)
            if tokens.shape != (len(ids), encoder.dimension) or tokens.dtype != np.float32:
                raise ValueError("it is inconsistent")
        except (OSError, ValueError) as exc:
            if not os.access(self.index.folder, os.W_OK):
                return  # not kept, every process would encode them: the second passes stay
            if path.exists():
                log.info("making %s again: %s", path.name, exc)
            tokens = encoder.alone_tokens(encoder.table_words(ids))
            try:
                save_array(path, tokens)
                for stale in self.index.folder.glob(ALONE_WORDS_FILE.format(key="*")):
                    if stale != path:
                        stale.unlink(missing_ok=True)  # another export's
            except OSError as exc:  # a folder that can't be written only costs each process the encoding
                log.info("%s is not stored: %s", path.name, exc)
        encoder.remember_alone(ids, tokens)

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
                    named = {t for t in terms if not t.isdigit()}  # not its number ("2. Build …")
                    restated = tuple(
                        s.position
                        for s in self._sentences[doc_id]
                        if s.position != first and not s.is_heading and heads.get(s.paragraph) == sentence
                        and named and named <= set(self._lexical.tokens(s.text))
                    )
                    headings.append(
                        Heading(doc_id, first, sentence.text, terms, frozenset(list_lengths(sentence.text)), restated, sentence=sentence)
                    )
        return headings

    # -- the search ----------------------------------------------------------------

    def search(self, question: str, *, top_k: int = DEFAULT_TOP_K, offset: int = 0) -> Answer:
        """The best quotes for a question, or an abstention when nothing is relevant."""
        text = clean_question(question)
        if not 1 <= top_k <= MAX_TOP_K:
            raise QuestionError(f"top-k must be between 1 and {MAX_TOP_K}")
        query, ranked = self.understand(text)
        note = self.front_matter.about(query) if offset == 0 else None
        headings = self.front_matter.heading_quotes(query) if offset == 0 else ()
        if headings:
            return Answer(question=text, answered=True, quotes=headings[:top_k], note=note, subject=query.subject)
        gist = self._gist_quotes(query) if offset == 0 else ()
        if gist:
            return Answer(question=text, answered=True, quotes=gist[:top_k], note=note, subject=query.subject)
        if not ranked:
            return Answer(question=text, answered=False, note=note, subject=query.subject)
        if query.asks.unsaid and offset == 0:
            note = "\n".join(filter(None, [note, UNSAID_NOTE]))
        # Only a reading of less than the message can be one of its questions.
        if offset == 0 and query.question != text and query.question in question_parts(self._reader.prepared(text)):
            note = "\n".join(filter(None, [note, ONE_PART_NOTE.format(part=query.question.strip())]))
        subject = self._set_aside(query).subject  # as weigh ranked it
        wanted = self.quoting.wanted_terms(subject, kind=answer_kind_words(subject))
        listing = self._listing_headings(query)
        chosen = self.quoting.diversify(
            ranked, offset + top_k, wanted=wanted, reason=asks_reason(query.read),
            meaning=meaning_asked(query.read) is not None, instances=asks_instances(query.read), listing=asks_items(query.read),
            verse=query.asks.verse, subject=subject,
            echoed=self.quoting.echo_terms(subject) if _ASKS_FOR_SOMETHING.search(query.read) else frozenset(),
            named=self.parts.named_paragraphs(self._set_aside(query)),
        )
        # A window the heading's quote already holds (the passage it leads into) is not quoted twice.
        ranked_quotes = (q for q in map(self.quoting.quote, chosen) if not any(_overlap(q, h) for h in listing))
        quotes = (*listing, *ranked_quotes)
        if query.asks.order and offset == 0:
            # The two things' own passages, in the text's order, before the rest (_in_text_order).
            pair = tuple(self.quoting.quote(candidate) for candidate in ranked[: 1 if query.asks.order == ONE_PASSAGE else ORDERED_THINGS])
            quotes = (*pair, *(q for q in quotes if not any(_overlap(q, p) for p in pair)))
            note = "\n".join(filter(None, [note, ORDER_NOTES.get(query.asks.order)]))
        if query.asks.neighbour and offset == 0:
            quotes = self._neighbour_first(quotes, query.asks.neighbour, subject, documents=query.documents, poem=query.asks.verse)
        quotes = quotes[offset : offset + top_k]
        guessed = self._guessed_note(query, quotes) if offset == 0 else None
        if guessed:
            note = "\n".join(filter(None, [note, guessed]))
        return Answer(
            question=text, answered=True, quotes=quotes, read_as=query.read_as, note=note, subject=query.subject
        )

    def read(self, text: str, *, spelling: bool = True, swaps: bool = False) -> Query:
        """The question as the search reads it: its markup and shouting taken off
        (QuestionReader.prepared), spelling, acronyms, framing; an acronym the texts never
        write read as their name it opens with (_longer_acronyms)."""
        return self._read_prepared(self._reader.prepared(text), spelling=spelling, swaps=swaps)

    def _read_prepared(self, text: str, *, spelling: bool = True, swaps: bool = False) -> Query:
        """``read`` of a text already prepared (QuestionReader.prepared), as understand's are."""
        return self._longer_acronyms(self._reader.read(text, spelling=spelling, swaps=swaps))

    def _longer_acronyms(self, query: Query) -> Query:
        """The query with each acronym of its unknown names that opens with the initials of
        a name the texts write, and that the model places near a word of that name,
        read as the name ("ISIS" → "Islamic State": the model's nearest corpus words to
        it are "islam", "terror"): a longer form of the name, of its place or its kind,
        as news writes it. Not one the model places near none of the name's rare words
        ("UNESCO" opens with the UN's initials, and is no part of it; "ISP" is near the
        Internet Society's "internet", a word of every text)."""
        changes = []
        for name in query.unknown_names:
            if not _ACRONYM.fullmatch(name):
                continue
            candidates = self._name_case.opening_names(name)
            if not candidates:
                continue
            # A word the texts write often is near any acronym of their topic ("internet"
            # to "ISP", which opens with the Internet Society's initials): only a rare one
            # tells which name it is.
            _, near = self.synonyms.expansions(name.lower(), name.lower())
            close = {term for terms in near.values() for term in terms if self._lexical.rarity(term) >= NAME_RARITY}
            spelt = next((c for c in candidates if close & set(self._lexical.stem_all(c.split()))), None)
            if spelt is not None:
                changes.append((name, self._name_case.as_written(spelt)))
        if not changes:
            return query
        subject, read = query.subject, query.read
        for name, spelt in changes:
            typed = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            subject, read = typed.sub(spelt, subject), typed.sub(spelt, read)
        taken = {name for name, _ in changes}
        return replace(
            query, subject=subject, read=read, changes=(*query.changes, *changes),
            unknown_names=tuple(n for n in query.unknown_names if n not in taken),
        )

    def understand(self, text: str) -> tuple[Query, Sequence[Scored]]:
        """The reading of a question that the texts answer best, and its candidates
        (empty when they don't answer it).

        A word the corpus doesn't use may be a misspelling of one it does ("sovreignty")
        or a word of its own ("bread" is not "broad"): the respelt reading is kept only
        when it is answered, and better than the question as typed (weighed when the
        respelt word is a real one, or the respelt reading is refused).
        """
        text = self._reader.prepared(text)
        query = self._read_prepared(text)
        # A respelt real word may be meant as typed: that reading is weighed from the
        # start. A typo of no word is weighed as typed only when the respelt reading is
        # refused (its unknown word left out, the rest may answer: "how were kids exposd
        # to porn"); weighing it beside every respelt question made them the slowest.
        real = query.respelt and self._reader.respelt_a_word(query)
        literal = self._read_prepared(text, spelling=False) if real else None
        vectors = self._encode_ahead([query] if literal is None else [query, literal])
        lookups: dict[tuple[str, str], SubjectLookup] = {}  # what a subject finds, for every weighing of the question
        ranked, evidence = self.weigh(query, vectors=vectors, lookups=lookups)
        if query.respelt and not real and not self.abstention.answers(evidence):
            literal = self._read_prepared(text, spelling=False)
            vectors.update(self._encode_ahead([literal]))
        if literal is not None:
            literal_ranked, literal_evidence = self.weigh(literal, vectors=vectors, lookups=lookups)
            # A misspelt name of a piece ("the guangmin article", "the gwang ming one") read
            # as it is the surest reading there is: its answer is weighed within the piece
            # and would lose to the question as typed weighed over every text.
            names_a_piece = bool(query.documents) and not literal.documents and self.abstention.answers(evidence)
            # Respelt, it asks plainly for what no top passage gives ("wehre is the expo
            # held", "who started the internet socety and when"): the misspelling only
            # hid the ask, or the name it asks of, from the reading as typed.
            hid_the_ask = evidence.kind_unanswered and not literal_evidence.kind_unanswered
            if not names_a_piece and not hid_the_ask and self.abstention.strength(literal_evidence) >= self.abstention.strength(evidence):
                query, ranked, evidence = literal, literal_ranked, literal_evidence
        # A section's heading asked for by its place is answered by the heading, whatever
        # the windows' evidence: no other reading is looked for ("the second section" is
        # no "second session").
        if (
            not self.abstention.answers(evidence)
            and not (query.asks.heading and self.front_matter.heading_quotes(query))
            and self._reader.may_swap(text)
        ):
            # Real words autocorrect put for the corpus's ("the biggest changes in a hundred
            # ears") are read as the corpus's only when the question as typed is refused;
            # reading it again costs more than looking for such words first.
            swapped = self._read_prepared(text, swaps=True)
            if swapped.changes != query.changes and swapped.read != query.read:
                swapped_ranked, swapped_evidence = self.weigh(swapped, vectors=self._encode_ahead([swapped]))
                if self.abstention.answers(swapped_evidence):
                    query, ranked, evidence = swapped, swapped_ranked, swapped_evidence
        if not self.abstention.answers(evidence):
            query, ranked, evidence = self._by_parts(text, query, ranked, evidence)
        if not self.abstention.answers(evidence):
            query, ranked, evidence = self._by_marked_question(text, query, ranked, evidence)
        if self.abstention.answers(evidence):
            query, ranked, evidence = self._by_stated_option(text, query, ranked, evidence)
        else:
            query, ranked, evidence = self._by_options(text, query, ranked, evidence)
        if query.documents and (checks_piece(text) or asks_to_confirm(text)):
            query, ranked, evidence = self._piece_guessed(text, query, ranked, evidence, vectors=vectors, lookups=lookups)
        order = order_asked(text)
        answered = self.abstention.answers(evidence)
        # A priority may be asked ("which comes first, security or development?"): then
        # the question's own reading stands when the texts answer it.
        if order is not None and not (answered and (not order.plainly or ranked and self._holds_both(ranked[0], order))):
            head, by = self._in_text_order(order, query)
            if head:
                rows = {candidate.row for candidate in head}
                rest = [candidate for candidate in ranked[:ORDER_DEPTH] if candidate.row not in rows] if answered else []
                return replace(query, asks=replace(query.asks, order=by)), [*head, *rest]
        return query, ranked if answered else []

    def _holds_both(self, candidate: Scored, order: Order) -> bool:
        """Whether a window names both things a question asks the order of: it answers
        as it stands, as the texts weigh them ("which comes first, security or
        development?" asks a priority, and "attach equal importance to security and
        development" gives it)."""
        window = self._window_terms(candidate)
        return all(frozenset(self._lexical.tokens(thing)) <= window for thing in (order.first, order.second))

    def _in_text_order(self, order: Order, query: Query) -> tuple[list[Scored], str]:
        """The top candidate of each of two things a question asks the order of ("does
        Guangming bring up the epidemic before or after the 2030 Agenda?"), in the order
        the text tells them, and how they were put in order (Asks.order); empty unless the
        texts answer each, in passages apart (one passage holding both answers it as it
        stands, when it is the question's own answer: ONE_PASSAGE)."""
        tops = []
        for thing in (order.first, order.second):
            read = self._read_prepared(thing)
            read = replace(read, documents=read.documents or query.documents)
            ranked, evidence = self.weigh(read, vectors=self._encode_ahead([read]))
            if not ranked or not self.abstention.answers(evidence):
                return [], ""
            tops.append(ranked[0])
        first, second = tops
        by = AS_NAMED  # two pieces' passages: as the question names them
        if first.passage.doc_id == second.passage.doc_id:
            if first.passage.first <= second.passage.last and second.passage.first <= first.passage.last:
                # One passage tells both: the window spanning both answers ("The first World
                # Internet Conference was held in … 2014. The second session, held in December 2015 …").
                return [max(tops, key=lambda candidate: candidate.passage.size)], ONE_PASSAGE
            tops.sort(key=lambda candidate: candidate.passage.first)
            by = BY_TEXT
        if order.in_time:
            # Events asked of in time are told apart by the dates their passages give, when both give one.
            years = [self.documents[c.passage.doc_id].date[:4] for c in tops]
            dates = [told_date(self._texts[c.row], year=int(y) if y.isdigit() else 0) for c, y in zip(tops, years)]
            if None not in dates and dates[0] != dates[1]:
                tops, by = [c for _, c in sorted(zip(dates, tops), key=lambda pair: pair[0])], BY_DATE
        log.debug("order of %r and %r: rows %s, by %s", order.first, order.second, [t.row for t in tops], by)
        return tops, by

    def _by_parts(self, text: str, query: Query, ranked: Sequence[Scored], evidence: Evidence) -> tuple[Query, Sequence[Scored], Evidence]:
        """A message asking several questions that the texts don't answer together ("what
        did Xi propose at Wuzhen? and how long did the speech go on") read as its first
        question alone when they answer it (asking.message.question_parts): the asides
        after the main question, which they don't answer, leave it. Not a later question
        alone: an aside is most often one the texts only seem to answer."""
        parts = question_parts(text)
        if not parts:
            return query, ranked, evidence
        read = self._read_prepared(parts[0])
        part_ranked, part_evidence = self.weigh(read, vectors=self._encode_ahead([read]))
        if self.abstention.answers(part_evidence):
            log.debug("answered by the message's first question: %r", parts[0])
            return read, part_ranked, part_evidence
        return query, ranked, evidence

    def _by_marked_question(self, text: str, query: Query, ranked: Sequence[Scored], evidence: Evidence) -> tuple[Query, Sequence[Scored], Evidence]:
        """A message of a story or notes ending in a question typed without its mark ("My
        notes say 'Sept 8: Wang Yi'. What did he propose"), which the texts don't answer
        read whole, read with the mark put back (asking.message.question_marked): the
        question then told from the story, which brings only what it reports. Not first:
        read whole, such a message is most often answered as well or better."""
        marked = question_marked(text)
        if marked is None:
            return query, ranked, evidence
        read = self._read_prepared(marked)
        if read.read == query.read:
            return query, ranked, evidence
        marked_ranked, marked_evidence = self.weigh(read, vectors=self._encode_ahead([read]))
        if self.abstention.answers(marked_evidence):
            log.debug("answered as a question typed without its mark: %r", marked)
            return read, marked_ranked, marked_evidence
        return query, ranked, evidence

    def _by_stated_option(self, text: str, query: Query, ranked: Sequence[Scored], evidence: Evidence) -> tuple[Query, Sequence[Scored], Evidence]:
        """A multiple-choice item whose stem the texts answer: the options are the answers
        it offers, and the window stating one of them (every content word of it) is the
        one it asks for. The first of the stem's candidates that states any option is put
        first when it states only that one: among the first OPTION_DEPTH, whatever the
        candidates below state; farther down, only when no other option is stated by any
        candidate (the stem's words may rank the window naming the answer low: "which is
        one of the problems …?" asks of a list, and the stem's words may rank its other
        items first). Several options stated in one window
        leave the ranking as it is, as does a stem asking for the option the texts don't
        state ("which is NOT …")."""
        item = as_item(text)
        if len(item.options) < MIN_OPTIONS or asks_against_options(item.stem):
            return query, ranked, evidence
        options = [terms for terms in (frozenset(self._lexical.tokens(option)) for option in item.options) if terms]
        stating = []  # (rank, the options a candidate states), for the candidates stating any
        for k, candidate in enumerate(ranked):
            window = self._window_terms(candidate)
            stated = frozenset(i for i, terms in enumerate(options) if terms <= window)
            if stated:
                stating.append((k, stated))
                if k < OPTION_DEPTH:
                    break
        if not stating:
            return query, ranked, evidence
        k, stated = stating[0]
        alone = k < OPTION_DEPTH or all(other == stated for _, other in stating)
        if len(stated) == 1 and k > 0 and alone:
            head = [ranked[k], *ranked[:k]]
            ranked = ranked.with_head(head) if isinstance(ranked, Ranking) else [*head, *ranked[k + 1 :]]
            log.debug("option %d of %r stated by candidate %d: put first", next(iter(stated)), item.stem, k)
        return query, ranked, evidence

    def _window_terms(self, candidate: Scored) -> frozenset[str]:
        """The stemmed content words of a candidate window's own text (without its context,
        which LexicalIndex.holds counts)."""
        return frozenset(self._lexical.tokens(self._texts[candidate.row]))

    def _piece_guessed(
        self, text: str, query: Query, ranked: Sequence[Scored], evidence: Evidence, *,
        vectors: dict[str, np.ndarray], lookups: dict[tuple[str, str], SubjectLookup],
    ) -> tuple[Query, Sequence[Scored], Evidence]:
        """A question whose named piece is the asker's premise ("isn't it the X piece that
        talks about Y?", "X's article is the one that covers Y, right?", "X says Y, right?")
        read over every piece when another piece says it: the premise may name the wrong
        one, and the student wants the line that shows which piece does. Taken when the
        whole corpus answers it at the plain threshold (not the named piece's lower one:
        the asker's knowing a piece says it is what is in doubt) from a window of another
        piece, surely (OTHER_PIECE_CONFIDENCE) or word for word, and the named piece refuses
        it; or, asked which piece it is (checks_piece), when the asker quotes the other
        piece's line (QUOTED_PREMISE_WORDS). The quote's citation names its piece."""
        unnamed = replace(query, documents=frozenset())
        other_ranked, other_evidence = self.weigh(unnamed, vectors=vectors, lookups=lookups)
        if not other_ranked or not self.abstention.answers(other_evidence):
            return query, ranked, evidence
        top = self.index.passages[other_ranked[0].row]
        # Another piece's byline tells of its own author, never of the one named ("Smith
        # is from the Institute of X, right?" beside "Jones is from the Institute of X").
        if top.doc_id in query.documents or self.parts.is_byline(top):
            return query, ranked, evidence
        if not other_evidence.phrase and self.abstention.confidence(other_evidence) < OTHER_PIECE_CONFIDENCE:
            return query, ranked, evidence
        # A named piece that answers keeps the question, unless the asker quotes another
        # piece's line: every content word of a long subject in its top window, and in no
        # window of the named piece's.
        # A short term may be put in other words by the piece named ("cyber hegemony",
        # "hegemony in cyberspace"): that piece talking about it answers the premise.
        terms = self._lexical.stem_all(self._lexical.content_words(unnamed.subject))
        quoted = (
            len(terms) >= QUOTED_PREMISE_WORDS
            and all(self._lexical.holds(other_ranked[0].row, t) for t in terms)
            and not any(all(self._lexical.holds(s.row, t) for t in terms) for s in itertools.islice(ranked, COVERAGE_DEPTH))
        )
        if self.abstention.answers(evidence) and not (checks_piece(text) and quoted):
            return query, ranked, evidence
        log.debug("premise names %s; read over every piece", sorted(query.documents))
        return replace(unnamed, guessed=query.documents), other_ranked, other_evidence

    def _guessed_note(self, query: Query, quotes: Sequence[Quote]) -> str | None:
        """What the reply tells an asker whose premise named another piece than the one
        quoted (Searcher._piece_guessed): which piece they named, and which says it."""
        if not query.guessed or not quotes or quotes[0].doc_id in query.guessed:
            return None
        named = " or ".join(self._piece_name(d) for d in sorted(query.guessed))
        return PIECE_GUESSED_NOTE.format(named=named, found=self._piece_name(quotes[0].doc_id))

    def _piece_name(self, doc_id: str) -> str:
        """A piece as the reply names it: its outlet, and its author when it has one."""
        doc = self.documents[doc_id]
        return f"the {doc.outlet} piece" + (f" by {doc.author}" if doc.author else "")

    def _by_options(self, text: str, query: Query, ranked: Sequence[Scored], evidence: Evidence) -> tuple[Query, Sequence[Scored], Evidence]:
        """A multiple-choice item whose stem alone the texts don't answer, read as the
        stem asked of the option they answer best (asking.worksheet.option_questions);
        the stem's reading when they answer none."""
        for option in option_questions(text):
            read = self._read_prepared(option)
            option_ranked, option_evidence = self.weigh(read, vectors=self._encode_ahead([read]))
            if self.abstention.answers(option_evidence) and (
                not self.abstention.answers(evidence) or self.abstention.strength(option_evidence) > self.abstention.strength(evidence)
            ):
                query, ranked, evidence = read, option_ranked, option_evidence
        return query, ranked, evidence

    def weigh(
        self,
        query: Query,
        *,
        expand: bool = False,
        vectors: dict[str, np.ndarray] | None = None,
        lookups: dict[tuple[str, str], SubjectLookup] | None = None,
    ) -> tuple[Sequence[Scored], Evidence]:
        """The ranked candidates and the evidence the abstention rule decides on.

        Synonyms for the question's unfamiliar words count towards covering it only when
        the exact words leave the answer in doubt (or always, with ``expand``, for
        calibrating the abstention rule). ``vectors`` holds embeddings already computed
        (_encode_ahead); ``lookups``, what a subject already found in this question's
        other weighings (_found).
        """
        ranked, _, evidence = self._weigh(query, expand=expand, vectors={} if vectors is None else vectors, lookups={} if lookups is None else lookups)
        return ranked, evidence

    def _weigh(
        self, query: Query, *, expand: bool, vectors: dict[str, np.ndarray], lookups: dict[tuple[str, str], SubjectLookup]
    ) -> tuple[Sequence[Scored], Sequence[Scored], Evidence]:
        """As ``weigh``, with the ranking the evidence was read from (late_interaction.rescore_both)."""
        query = self._set_aside(query)
        missing = self.parts.missing_place(query)
        if missing:
            query = replace(query, unknown_names=(*query.unknown_names, missing))
        found = self._found(query, vectors, lookups)
        quoted = self._rare_quote_rows(query.question)
        fused = self._fuse(query, found.vector, found.dense_scores, found.rows, found.matches, lexical=found.lexical, quoted=quoted)
        # The abstention rule reads the top three as it was fitted (late_interaction.rescore_both).
        ranked, weighed = self._rerank_both(query, fused)
        # The evidence is read from windows that can answer it: no byline, unless it asks of an author.
        weighed = self.parts.without_bylines(query, weighed, PHRASE_DEPTH)
        expansions = found.expansions
        # Whether a top window holds the subject word for word, or is the part of a document it asks for.
        phrase = bool(weighed) and (
            self._has_whole_phrase(query.subject, weighed) or self.parts.answers_first(query, weighed)
            or any(s.row in quoted for s in weighed[:PHRASE_DEPTH])
        )
        glossed = self._glossed_names(query, weighed)
        weighed_query = replace(query, unknown_names=tuple(n for n in query.unknown_names if n not in glossed)) if glossed else query
        evidence = self.coverage.evidence(weighed_query, weighed, expansions, phrase=phrase, rule=self.abstention, expand=expand)
        if evidence.name_unmatched:
            # A name the texts write, which the top windows write otherwise ("the Chinese
            # ambassador in Britain" beside "Chinese Ambassador to the UK"), is glossed as
            # an unknown one is; weighed again only then.
            left_out = self.coverage.names_left_out(weighed_query, [s.row for s in weighed[:COVERAGE_DEPTH]])
            written = frozenset(self._glossed(query, weighed, left_out, self._known_stand_ins))
            if written:
                evidence = self.coverage.evidence(weighed_query, weighed, expansions, phrase=phrase, rule=self.abstention, expand=expand, glossed=written)
        if query.asks.verse and any(layout_.verses for d, layout_ in self._layouts.items() if query.concerns(d)):
            evidence = replace(evidence, names_poem=True)
        if query.documents and not expand and not self.abstention.answers(evidence):
            evidence = self._named_document_evidence(query, evidence, vectors=vectors, lookups=lookups)
        if query.asks.position and not self.abstention.answers(evidence):
            # Where in a part it asks says which of the part's windows to quote, not
            # whether the texts answer: ranked by that place, the top windows may all be
            # one paragraph's, short of the words another holds. Weighed as the question
            # reads without it, the evidence stands for it when that answers.
            plain = replace(query, asks=replace(query.asks, position=None))
            _, _, evidence_plain = self._weigh(plain, expand=expand, vectors=vectors, lookups=lookups)
            if self.abstention.answers(evidence_plain):
                evidence = evidence_plain
        return ranked, weighed, evidence

    def _glossed_names(self, query: Query, weighed: Sequence[Scored]) -> frozenset[str]:
        """The subject's unknown names that are the asker's word for one the texts write
        otherwise, in the one top window that holds all the rest of the subject: "the
        Chinese ambassador in London" beside "Chinese Ambassador to the UK", the window
        holding every other word and a corpus word the model places near the name both
        ways (as _longer_acronyms reads an acronym). The name says where, in the asker's
        words, what the window says; a question asking something of the name the window
        does not hold ("what did Snowden do in Moscow", "why did the ambassador in London
        step down") leaves a word of its own unheld, and stays an unknown name."""
        if not query.unknown_names or not weighed:
            return frozenset()
        glossed = set(self._qualifying_names(query, weighed)) | self._glossed(query, weighed, query.unknown_names, self._unknown_stand_ins)
        if glossed:
            log.debug("glossed names %s", sorted(glossed))
        return frozenset(glossed)

    def _unknown_stand_ins(self, name: str) -> set[str]:
        """The corpus words the model places near a name the texts never write, both ways."""
        _, near = self.synonyms.expansions(name.lower(), name.lower())
        return {term for terms_near in near.values() for term in terms_near}

    def _known_stand_ins(self, name: str) -> set[str]:
        """The corpus words nearest in context to a name the texts write ("britain" → "uk")."""
        near = self.synonyms.known_word_neighbours(name.lower(), name.lower())
        return {term for terms_near in near.values() for term in terms_near}

    def _glossed(self, query: Query, weighed: Sequence[Scored], names: Iterable[str], stand_ins_of: Callable[[str], set[str]]) -> set[str]:
        """Those of ``names`` that a top window holding every other word of the subject
        writes otherwise: a stand-in for the name (``stand_ins_of``) within GLOSS_REACH
        words of the word the name is said of (_glossed_names)."""
        names = list(names)
        if not names:
            return set()
        glossed: set[str] = set()
        named = {w.lower() for name in names for w in words(name)}
        kind = {w.lower() for w in answer_kind_words(query.subject)}
        rest = [
            w for w in dict.fromkeys(self._lexical.content_words(query.subject))
            if w.lower() not in named and w not in self._untelling and w.lower() not in kind
        ]
        if not rest:  # nothing but the name: it is what is asked
            return glossed
        terms = self._lexical.stem_all(rest)
        whole = [s.row for s in weighed[:COVERAGE_DEPTH] if all(self._lexical.holds(s.row, t) for t in terms)]
        if not whole:
            return glossed
        subject = words(query.subject)
        for name in names:
            stand_ins = stand_ins_of(name)
            head = self._lexical.stem(_nearest_word(subject, words(name), rest))
            # The lexical index stemmed every window at load, stop words kept: word positions hold.
            if any(_within(self._lexical.stemmed[row].split(), stand_ins, head, GLOSS_REACH) for row in whole):
                glossed.add(name)
        return glossed

    def _qualifying_names(self, query: Query, weighed: Sequence[Scored]) -> list[str]:
        """The subject's unknown names made adjectives ("Westphalian") that qualify a word
        a top window holds ("Westphalian sovereignty", "the Westphalian principle") and
        that the model places near no word of the texts: a field's term for a kind of
        what they speak of, not a place or thing they might name otherwise. One the model
        places near the texts' places or peoples ("European data protection law": near
        "Britain", "American"; "Japanese cars") names something they never do."""
        rows = [s.row for s in weighed[:COVERAGE_DEPTH]]
        found = []
        for name in query.unknown_names:
            after = re.search(rf"(?<![\w-]){re.escape(name)}\s+([a-z][\w-]*)", query.subject)
            if not _NAME_ADJECTIVE.fullmatch(name) or after is None:
                continue
            qualified = self._lexical.stem(after.group(1))
            if not any(self._lexical.holds(row, qualified) for row in rows):
                continue
            _, near = self.synonyms.expansions(name.lower(), name.lower())
            if not any(near.values()):
                found.append(name)
        return found

    def _found(self, query: Query, vectors: dict[str, np.ndarray], lookups: dict[tuple[str, str], SubjectLookup]) -> SubjectLookup:
        """What the query's subject finds in the whole corpus: taken from ``lookups`` when
        another weighing of this question looked it up (a question naming a document is
        weighed again over every document, with the same subject), else looked up and
        added there. None of it depends on the documents named."""
        key = (query.subject, query.read)
        if key in lookups:
            return lookups[key]
        vector = self._vectors.of([query.subject], vectors)[0]
        dense_scores, rows = self.index.search(vector, DENSE_CANDIDATES)
        # Synonyms always help rank; they cover the subject for the abstention rule only
        # when its own words leave the answer in doubt.
        expansions, covering = self.synonyms.expansions(query.subject, query.read, vectors)
        matches = {**self.synonyms.known_word_neighbours(query.subject, query.read), **expansions}
        found = SubjectLookup(vector, dense_scores, rows, covering, matches, self._lexical.scores(query.subject, expansions=matches))
        lookups[key] = found
        return found

    def _named_document_evidence(
        self, query: Query, evidence: Evidence, *, vectors: dict[str, np.ndarray], lookups: dict[tuple[str, str], SubjectLookup]
    ) -> Evidence:
        """The evidence for a question naming a document that its own windows leave
        refused: the whole corpus's, when that answers it and one of its top windows is
        in the named document. Naming a piece says where the quotes come from, not what
        the subject is: read within one document, the top windows are the best of a few,
        and a subject put in the asker's words finds fewer of its words there ("What
        does Guangming say the world gets out of this concept? The payoff line."), while
        the corpus's best windows, the named piece's among them, show the texts speak of
        it. One naming something the piece never says (what Zhi says of YouTube) finds
        its best windows elsewhere, or none that answers. What the named piece's own
        windows refuse outright stands: a name they leave out ("the UN Charter" asked of
        a piece that never cites it, though another does; not one the piece writes
        elsewhere, Evidence.name_in_document), a kind of answer they don't
        give (Evidence.name_unmatched, .kind_unanswered). So does a question asking
        only whether the piece speaks of a topic (Evidence.of_topic: "Does Zhi address
        the allegations of backdoors in telecom equipment?"): it asks of the piece alone,
        and what the other pieces say cannot answer it. Nor do the other pieces hold the
        subject word for word for it, or the part of a piece it asks for (Evidence.phrase
        stays the named piece's): "What's the line" asks for the named piece's conclusion,
        not another's."""
        if (evidence.name_unmatched and not evidence.name_in_document) or evidence.kind_unanswered or evidence.of_topic:
            return evidence
        # Nor the named piece's stance on a name it mentions only in passing (AbstentionRule.
        # passing_stance): the stance is that piece's, which no other piece can tell.
        if self.abstention.passing_stance(evidence):
            return evidence
        unnamed = replace(query, documents=frozenset())
        _, weighed, whole = self._weigh(unnamed, expand=False, vectors=vectors, lookups=lookups)
        named = any(self.index.passages[s.row].doc_id in query.documents for s in weighed[:COVERAGE_DEPTH])
        whole = replace(whole, phrase=evidence.phrase)
        return whole if named and self.abstention.answers(whole) else evidence

    @staticmethod
    def _set_aside(query: Query) -> Query:
        """The query without what its subject sets aside ("besides governments") and
        without the kind of case it opens by asking for ("what evidence does the author
        give that …": asking.without_instance_frame), unless nothing would be left: what
        it is ranked and weighed by (the reply still says the whole subject it read)."""
        subject = without_instance_frame(without_set_aside(query.subject))
        return replace(query, subject=subject) if subject != query.subject else query

    def _rerank_both(self, query: Query, ranked: Sequence[Scored]) -> tuple[Sequence[Scored], Sequence[Scored]]:
        """The top candidates re-scored by late interaction (MaxSim over token vectors):
        as quoted, and as the abstention rule reads them (late_interaction.rescore_both)."""
        rescore = functools.partial(
            late_interaction.rescore_both, self.index, self._encoder, query.subject,
            noise=self._lexical.stopwords, previous=self._with_previous, maxima=self._piece_maxima,
        )
        if not isinstance(ranked, Ranking):
            return rescore(ranked)
        # Only the re-scored head is made into Scored candidates here; the rest wait.
        depth = late_interaction.LATE_CANDIDATES
        quoted, weighed = rescore(ranked[:depth], depth=depth)
        return ranked.with_head(quoted), ranked.with_head(weighed)

    def _encode_ahead(self, readings: list[Query]) -> dict[str, np.ndarray]:
        """The embeddings a question may need, from one forward pass of the encoder: the
        subject of each reading (typed and respelt) and the words of it the corpus
        never uses, whose synonyms are looked for. Encoding
        those words with the subject, needed or not, costs less at the p95 than a second
        pass for the questions that need them (docs/search.md, "Speed and memory"). So does the
        subject as the evidence weighs it, when that differs ("american dominance" →
        "US dominance": Coverage.weighed_subject), whose token vectors are wanted."""
        readings = [self._set_aside(r) for r in readings]  # as weigh reads them
        subjects = [r.subject for r in readings]
        weighed = [self.coverage.weighed_subject(s) for s in subjects]
        subjects += [s for s in dict.fromkeys(weighed) if s not in subjects]
        words = [w for r in readings for w in self.synonyms.unknown_words(r.subject, r.read).values() if w not in subjects]
        found: dict[str, np.ndarray] = {}
        self._vectors.add_stored_words(words, found)
        self._vectors.of(subjects + words, found)
        return found

    def clear_cache(self) -> None:
        """Forget remembered question embeddings (benchmarks time the encoder with it)."""
        self._vectors.clear()

    def _fuse(
        self, query: Query, vector: np.ndarray, dense_scores: np.ndarray, rows: np.ndarray, expansions: Expansions,
        *, lexical: np.ndarray | None = None, quoted: frozenset[int] = frozenset(),
    ) -> Sequence[Scored]:
        """The candidates fused and ranked (``lexical``: the subject's BM25 scores with
        ``expansions``, when already computed; only read here; ``quoted``: the windows
        holding a rare phrase the question quotes, _rare_quote_rows)."""
        # Scored as arrays over the candidate rows, not one object at a time: the same
        # float64 operations in the same order as the per-candidate formula, so the same
        # scores, in a fifth of the time (docs/search.md, "Speed and memory").
        if lexical is None:
            lexical = self._lexical.scores(query.subject, expansions=expansions)
        found = rows >= 0  # an inverted-file index pads a short result with -1
        rows, dense_scores = rows[found], dense_scores[found]
        # by_row keeps every row's cosine once dense is cut down to the chosen rows.
        dense = by_row = np.full(len(self.index.passages), np.nan)
        dense[rows] = dense_scores
        candidates = lexical > 0
        candidates[rows] = True
        if query.documents:
            in_documents = self._document_rows(query.documents)
            candidates &= in_documents
            if np.count_nonzero(candidates) < COVERAGE_DEPTH:
                # Narrowed to a short document: every window of it is a candidate.
                candidates |= in_documents
        # What a search-syntax minus keeps out stays out, whatever would bring it back
        # (a heading it opens, the part of a document asked for).
        excluded = self._rows_holding_any(query.excluded) if query.excluded else []
        candidates[excluded] = False
        if not candidates.any():
            return []
        top_lexical = float(lexical[candidates].max())
        self._score_missing(vector, dense, candidates)  # lexical hits the dense search did not return
        phrases = self._phrase_bonuses(query.subject, candidates)
        # A window holding a phrase quoted from it gains as one holding the subject's phrase.
        for row in quoted:
            if candidates[row]:
                phrases[row] = max(phrases.get(row, 0.0), PHRASE_BONUS)
        structure = self.parts.bonuses(query, set(np.flatnonzero(candidates).tolist()))
        headings = self._heading_scores(query, vector)
        heading_rows = {
            r: key for key in headings for first in (key[1], *self._restated[key]) for r in self._rows_by_start.get((key[0], first), ())
        }
        # A title its paragraph says again with more is never a quote alone: it leads
        # there, as a heading leads to its section.
        titled = {row: title for title, rows in self._restating.items() if candidates[title] for row in rows}
        if heading_rows or structure or titled:
            candidates[list(heading_rows) + list(structure) + list(titled)] = True
            candidates[excluded] = False
            structure = {r: b for r, b in structure.items() if candidates[r]}
            self._score_missing(vector, dense, candidates)
        if titled:
            # What the title gains, for its words or its place in a list, goes where it leads.
            for row, title in titled.items():
                for bonuses in (phrases, structure):
                    if title in bonuses:
                        bonuses[row] = max(bonuses.get(row, 0.0), bonuses[title])
            candidates[list(set(titled.values()))] = False
            phrases = {r: b for r, b in phrases.items() if candidates[r]}
            structure = {r: b for r, b in structure.items() if candidates[r]}
        chosen = np.flatnonzero(candidates)
        bm25 = lexical[chosen].astype(np.float64)
        lex = bm25 / top_lexical if top_lexical > 0 else np.zeros(len(chosen))
        dense = dense[chosen]
        for i in _positions(chosen, heading_rows):
            # A section's opening stands for its heading when the heading is the better match.
            heading = headings[heading_rows[int(chosen[i])]]
            dense[i], lex[i] = max(dense[i], heading[0]), max(lex[i], heading[1])
        for i in _positions(chosen, titled):
            title = titled[int(chosen[i])]
            dense[i] = max(dense[i], by_row[title] - HEADING_DISCOUNT)
            lex[i] = max(lex[i], lexical[title] / top_lexical if top_lexical > 0 else 0.0)
        score = DENSE_WEIGHT * dense + LEXICAL_WEIGHT * lex
        score -= self._window_cost[chosen]
        context = self._context_gains(vector, by_row, chosen, dense)
        score += DENSE_WEIGHT * context
        if phrases or structure:
            # Only the rows that gain are looked up (chosen is in row order); adding 0.0
            # to the others, as before, changed nothing.
            gaining = sorted(phrases.keys() | structure.keys())
            score[np.searchsorted(chosen, gaining)] += [phrases.get(row, 0.0) + structure.get(row, 0.0) for row in gaining]
        order = np.lexsort((chosen, -score))  # best first; ties by row
        parts = {"lexical": lex[order], "context": context[order], "phrases": phrases, "structure": structure}
        return Ranking(chosen[order].tolist(), dense[order].tolist(), bm25[order].tolist(), score[order].tolist(), self.index.passages, parts=parts)

    def _context_gains(self, vector: np.ndarray, by_row: np.ndarray, chosen: np.ndarray, dense: np.ndarray) -> np.ndarray:
        """What each chosen window (its cosine ``dense``) gains from being read with the
        sentence before it (CONTEXT_SHARE): its own words may not name what it speaks of.
        ``by_row``: every row's cosine, NaN where not yet computed (filled in here)."""
        previous = self._with_previous[chosen]
        has = previous >= 0
        gains = np.zeros(len(chosen))
        if has.any():
            wanted = np.zeros(len(by_row), dtype=bool)
            wanted[previous[has]] = True
            self._score_missing(vector, by_row, wanted)
            gains[has] = CONTEXT_SHARE * np.maximum(0.0, by_row[previous[has]] - dense[has])
        return gains

    def _score_missing(self, vector: np.ndarray, dense: np.ndarray, candidates: np.ndarray) -> None:
        """Fill in ``dense`` the exact similarity of the candidates that have none yet."""
        missing = np.flatnonzero(candidates & np.isnan(dense))
        if len(missing):
            dense[missing] = self._dense_exact(vector, missing.tolist())

    def _document_rows(self, documents: frozenset[str]) -> np.ndarray:
        """Which rows are windows of these documents."""
        return np.isin(self._row_documents, [self._document_codes[d] for d in documents if d in self._document_codes])

    def _rows_holding_any(self, terms: tuple[str, ...]) -> list[int]:
        """The windows holding any of these terms (or phrases) word for word, as stemmed."""
        rows: list[int] = []
        for term in terms:
            stems = self._lexical.stem_all(words(term))
            if stems:
                rows.extend(self._stemmed.rows_holding(f" {' '.join(stems)} "))
        return rows

    def _subject_phrase(self, subject: str) -> list[str]:
        """The subject's stemmed words, from its first content word to its last."""
        tokens = words(subject)
        content = [i for i, w in enumerate(tokens) if not self._lexical.is_stopword(w)]
        if len(content) < MIN_PHRASE_WORDS:
            return []
        return self._lexical.stem_all(tokens[content[0] : content[-1] + 1])

    def _phrase_bonuses(self, subject: str, candidates: np.ndarray) -> dict[int, float]:
        """Row → bonus for holding the longest stretch of the subject word for word
        (``candidates``: which rows may have one)."""
        phrase = self._subject_phrase(subject)
        if not phrase:
            return {}
        # What every stretch is asked is found once for the phrase, not again for each of
        # its stretches (up to 12 long, 66 of them): whether each word is a stop word, how
        # many content words come before each position, and the first place from each
        # position where two neighbours are never neighbours in the corpus (a stretch
        # across it is nowhere word for word). The same stretches pass, in the same order.
        stop = [t in self._lexical.stopword_stems for t in phrase]
        content_before = list(itertools.accumulate((not s for s in stop), initial=0))
        content = content_before[-1]
        next_gap = [len(phrase)] * len(phrase)
        for k in range(len(phrase) - 2, -1, -1):
            next_gap[k] = k if (phrase[k], phrase[k + 1]) not in self._stemmed.pairs else next_gap[k + 1]
        for length in range(min(len(phrase), MAX_PHRASE_WORDS), MIN_PHRASE_WORDS - 1, -1):
            found: dict[int, float] = {}
            for start in range(0, len(phrase) - length + 1):
                end = start + length
                if stop[start] or stop[end - 1]:
                    continue
                share = (content_before[end] - content_before[start]) / content
                if share * content < MIN_PHRASE_WORDS:
                    continue
                if next_gap[start] < end - 1:
                    continue  # two of its words are never neighbours: nowhere word for word
                needle = f" {' '.join(phrase[start:end])} "
                for row in self._stemmed.rows_holding(needle):
                    if candidates[row]:
                        found[row] = max(found.get(row, 0.0), PHRASE_BONUS * share)
            if found:
                return found
        return {}

    def _rare_quote_rows(self, question: str) -> frozenset[int]:
        """The windows holding, word for word, a phrase the question quotes that the texts
        write a few times at most (RARE_QUOTED_TIMES)."""
        rows: set[int] = set()
        for quoted in _QUOTED_SPAN.finditer(question):
            phrase = quoted.group(1).strip()
            stems = self._lexical.stem_all(words(phrase))
            written = sum(len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", body)) for body in self._bodies_lower)
            if stems and 0 < written <= RARE_QUOTED_TIMES:
                needle = f" {' '.join(stems)} "
                rows.update(self._stemmed.rows_holding(needle))
        return frozenset(rows)

    @functools.cached_property
    def _bodies_lower(self) -> list[str]:
        return [doc.body.lower() for doc in self.documents.values()]

    def _has_whole_phrase(self, subject: str, ranked: Sequence[Scored]) -> bool:
        """Whether a top candidate holds the subject word for word: every content word
        of it, in order ("digital divide"), or its one content word ("decoupling")."""
        phrase = self._subject_phrase(subject)
        if phrase:
            needle = f" {' '.join(phrase)} "
            return any(needle in self._stemmed.rows[s.row] for s in ranked[:PHRASE_DEPTH])
        terms = self._lexical.tokens(subject)
        if len(terms) != 1:
            return False
        return any(f" {terms[0]} " in self._stemmed.rows[s.row] for s in ranked[:PHRASE_DEPTH])

    def _listing_headings(self, query: Query) -> tuple[Quote, ...]:
        """The headings that list what the question counts (COUNTED_WORD_REACH), each quoted
        with the first sentence of the passage it heads: "What are the four communities?" →
        "Build a community of development, security, responsibility and shared interests /
        To build a community with a shared future in cyberspace, …"."""
        tokens = words(self._set_aside(query).subject)
        if set(query.asks.ordinal_words) & NUMBER_WORDS.keys():
            return ()  # "the first of the four communities" asks for one of them, not the list
        # "How many communities …?" counts them too, as many as a heading lists (None: any):
        # then only the words up to the next stop word name what is counted.
        counted = []
        for i, w in enumerate(tokens):
            number = NUMBER_WORDS.get(w) or (int(w) if w in _LISTED_DIGITS else None)
            # "Which communities …?" asks for the items as plainly as "how many" counts them:
            # a plural after "which" or "what" ("what kinds of communities" too).
            which = w in ("which", "what") and i == 0
            if number or (w == "many" and i > 0 and tokens[i - 1] == "how") or which:
                after = tokens[i + 1 : i + 1 + COUNTED_WORD_REACH]
                if which:
                    after = after[2:] if after[1:2] == ["of"] and after[0] in _KIND_NOUNS else after
                    if not after or not _PLURAL.fullmatch(after[0]) or self._lexical.stem(after[0]) == after[0]:
                        continue
                if not number:
                    after = list(itertools.takewhile(lambda t: not self._lexical.is_stopword(t), after))
                counted.append((number, {self._lexical.stem(t) for t in after if not self._lexical.is_stopword(t)}))
        if not counted:
            return ()
        quotes = []
        for h in self._headings:
            if h.sentence is None or not query.concerns(h.doc_id):
                continue
            # A number the heading's list matches needs one of the words after it there
            # ("four kinds of community"); "how many" all of them ("how many sustainable
            # development goals" are not what a heading naming development lists).
            if any(count in h.list_lengths and stems & h.terms if count else h.list_lengths and stems and stems <= h.terms for count, stems in counted):
                quotes.append(heading_quote(self.documents[h.doc_id].body, self._sentences[h.doc_id], h.sentence))
        return tuple(quotes)

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
        # Each term's weight and count looked up once, not again for every heading.
        weighed = [(t, self._lexical.idf(t), counts.get(t)) for t in terms]
        total = sum(idf for _, idf, _ in weighed)
        shares = []
        for h in self._headings:
            shares.append(sum(idf for t, idf, count in weighed if t in h.terms or count in h.list_lengths) / total)
        if max(shares) < MIN_HEADING_COVERAGE:
            return {}
        similarities = self._heading_matrix @ vector
        return {
            (h.doc_id, h.first): (float(similarity) - HEADING_DISCOUNT, share + (PHRASE_BONUS / LEXICAL_WEIGHT if share >= 1 else 0.0))
            for h, share, similarity in zip(self._headings, shares, similarities)
            if share >= MIN_HEADING_COVERAGE and query.concerns(h.doc_id)
        }

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

    def _dense_exact(self, query: np.ndarray, rows: list[int]) -> list[float]:
        if not rows:
            return []
        if self._passage_vectors is not None:
            # The same float32 rows as reconstruct_batch gives, in the same product.
            vectors = self._passage_vectors[rows]
        else:
            vectors = self.index.vectors.reconstruct_batch(np.asarray(rows, dtype=np.int64))
        return (vectors @ query).tolist()

    def _gist_quotes(self, query: Query) -> tuple[Quote, ...]:
        """What one named piece is mainly about (asking.Asks.gist, nothing else asked):
        the sentences stating its claim, found by its structure and its title, not its
        wording — those sharing most of the title's words (a title names the claim), and
        its first sentence (a lede states it); bylines and headings never. The title
        itself is the note the front matter gives."""
        if not (query.asks.gist and len(query.documents) == 1):
            return ()
        (doc_id,) = query.documents
        doc = self.documents.get(doc_id)
        title = frozenset(self._lexical.tokens(getattr(doc, "title", "") or "")) if doc else frozenset()
        if not title:
            return ()
        bylines = self._layouts[doc_id].bylines
        prose = [s for s in self._sentences[doc_id] if not s.is_heading and s.position not in bylines]
        if not prose:
            return ()
        shared = {s.position: len(title & frozenset(self._lexical.tokens(s.text))) / len(title) for s in prose}
        named = sorted((s for s in prose if shared[s.position] >= MIN_GIST_TITLE_SHARE), key=lambda s: (-shared[s.position], s.position))
        chosen = [*named[:1], prose[0], *named[1:GIST_TITLE_SENTENCES]]
        quotes: list[Quote] = []
        for s in chosen:
            if all(q.start != s.start for q in quotes):
                quotes.append(Quote(doc_id, s.start, s.end, doc.body[s.start : s.end], shared[s.position], s.paragraph))
        log.debug("gist of %s: %s", doc_id, [round(q.score, 2) for q in quotes])
        return tuple(quotes)

    def _neighbour_first(
        self, quotes: tuple[Quote, ...], side: str, subject: str, *, documents: frozenset[str] = frozenset(), poem: bool = False
    ) -> tuple[Quote, ...]:
        """``quotes`` with the sentence ``side`` ("after" or "before") of the one that best
        answers the rest of the question quoted first (asking.Asks.neighbour): a two-step
        reading. In each of the top NEIGHBOUR_ANCHORS quotes the sentence sharing most of
        the subject's words is found first, then its neighbour in the same document,
        headings skipped; the neighbours come first, in the order of their anchors, and
        the anchors after them: they show where each neighbour stands."""
        wanted = frozenset(self._lexical.tokens(subject))
        neighbours: list[Quote] = []
        # A heading named ("right after the heading Problems in cyberspace") is the anchor:
        # it is never quoted, and the sentences sharing its words are elsewhere.
        heading = self._heading_named(wanted, documents)
        if heading is not None and quotes:
            found = self._next_to(heading[0], heading[1], side, score=quotes[0].score)
            neighbours.extend([found] if found else [])
        for top in quotes[:NEIGHBOUR_ANCHORS]:
            found = self._neighbour(top, side, wanted, poem=poem)
            if found and not any(_overlap(found, n) for n in neighbours):
                neighbours.append(found)
        if not neighbours:
            return quotes
        anchors = quotes[:NEIGHBOUR_ANCHORS]
        rest = tuple(q for q in quotes if q in anchors or not any(_overlap(q, n) for n in neighbours))
        return (*neighbours, *rest)

    def _neighbour(self, top: Quote, side: str, wanted: frozenset[str], *, poem: bool = False) -> Quote | None:
        """The sentence ``side`` of the one in ``top`` that shares most of ``wanted``; of
        the whole poem when ``poem`` asks for what is next to it and that is one of its
        lines, sharing none of ``wanted``."""
        sentences = [s for s in self._sentences.get(top.doc_id, ()) if not s.is_heading]
        inside = [s for s in sentences if s.start < top.end and s.end > top.start]
        if not inside:
            return None
        anchor = max(inside, key=lambda s: (len(wanted & frozenset(self._lexical.tokens(s.text))), -s.start))
        verses = self._layouts[top.doc_id].verses
        if poem and anchor.position in verses and not wanted & frozenset(self._lexical.tokens(anchor.text)):
            # Asked of the poem, not of a line of it ("the line right after 'Cyberspace is …'").
            lines = [s for s in sentences if s.position in verses]
            anchor = lines[-1] if side == "after" else lines[0]
        return self._next_to(top.doc_id, anchor, side, score=top.score)

    def _next_to(self, doc_id: str, anchor: Sentence, side: str, *, score: float) -> Quote | None:
        """The sentence of prose ``side`` of ``anchor`` (a sentence or a heading), as a quote
        scored ``score`` (that of the quote it was found from)."""
        sentences = self._sentences.get(doc_id, ())
        step = 1 if side == "after" else -1
        near = anchor.position + step
        while 0 <= near < len(sentences) and sentences[near].is_heading:
            near += step
        if not 0 <= near < len(sentences):
            return None
        s = sentences[near]
        log.debug("neighbour %s of sentence %d: %d", side, anchor.position, s.position)
        return Quote(doc_id, s.start, s.end, self.documents[doc_id].body[s.start : s.end], score, s.paragraph)

    def _heading_named(self, wanted: frozenset[str], documents: frozenset[str]) -> tuple[str, Sentence] | None:
        """The first heading (of the documents named, if any) whose every word ``wanted`` holds."""
        for doc_id, sentences in self._sentences.items():
            if documents and doc_id not in documents:
                continue
            for s in sentences:
                terms = self.parts.heading_terms(s.text) if s.is_heading else frozenset()
                if terms and terms <= wanted:
                    return doc_id, s
        return None

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

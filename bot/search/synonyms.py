"""Corpus words standing in for a question's: for a word the corpus never uses, the
corpus words close to it as words alone (their embeddings) or in context (token vectors
against the corpus's words in context, context_words.ContextWords); for a word it does
use, its neighbours in context, for the ranking only."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import numpy as np

from .context_words import ContextWords, Crowding
from .encoders import Encoder
from .index import Index
from .lexical import Expansions, LexicalIndex
from .question_vectors import QuestionVectors

# A question has at most two readings (typed and respelt), each wanting its unknown and known words.
READINGS_REMEMBERED = 4
# A question word the corpus never uses stands for the corpus words whose
# embeddings are at least this close ("splitting" → "divide", "dividing").
SYNONYM_SIMILARITY = 0.55
SYNONYMS_PER_WORD = 3
# A synonym covers the subject for the abstention rule (it always ranks) only when the
# question's word is among the synonym's own nearest: fewer than this many corpus words
# closer to it, as words alone or in context, whichever found it. A near-synonym is near
# both ways ("disinformation" is "misinformation"'s nearest, "scams" "fraud"'s); a
# broader word is nearer many words before the narrower one asked (twelve corpus words,
# "protecting", "safeguard" …, are closer to "security" than "encryption" is, eleven in
# context to "cybercrime" than "botnets"), and finds passages about the broad thing, not
# the one asked. At 3 and 8, paraphrases were refused too ("computer" is "cyber"'s 8th,
# "copying" "infringement"'s 11th in context): 8 and 2 more refused, 4 and 9 fewer
# off-topic answered; at 11, none more refused, 6 fewer off-topic answered.
MUTUAL_NEIGHBOURS = 11
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
# A word the model spells as a whole word and an ending ("ransom" "##ware") is a compound
# of the two; the model's tokenizer marks a piece continuing a word so.
PIECES_OF_A_COMPOUND = 2
CONTINUATION = "##"


def pieces_of(pieces: list[str], wanted: Iterable[str]) -> dict[str, list[int]]:
    """Where each of the ``wanted`` words stands among a text's token pieces (the
    encoder's tokens, each named by the word it belongs to, in lower case: a word kept
    in capitals, "US", is found as "us")."""
    at: dict[str, list[int]] = {w: [] for w in wanted}
    by_piece: dict[str, list[str]] = {}
    for w in at:
        by_piece.setdefault(w.lower(), []).append(w)
    for k, piece in enumerate(pieces):
        for w in by_piece.get(piece.lower(), ()):
            at[w].append(k)
    return at


def _merge(expansions: Expansions, term: str, stem: str, similarity: float) -> None:
    """``stem`` standing in for ``term``, at the closest similarity either route found."""
    merged = expansions.setdefault(term, {})
    merged[stem] = max(similarity, merged.get(stem, 0.0))


class Synonyms:
    """Finds the corpus words standing in for a subject's words, over an index's vocabulary."""

    def __init__(
        self,
        index: Index,
        *,
        encoder: Encoder,
        lexical: LexicalIndex,
        vectors: QuestionVectors,
        context: ContextWords | None,
    ):
        self._index = index
        self._encoder = encoder  # its token vectors, when it has them, read a word in context
        self._lexical = lexical
        self._vectors = vectors  # the question's embeddings (its unknown words' among them)
        self._context = context  # the corpus's words in context, when the index stores token vectors
        # Converted once, not for every question that looks for synonyms.
        self._vocabulary_vectors = index.vocabulary_vectors.astype(np.float32)
        self._crowding = Crowding(self._vocabulary_vectors, MUTUAL_NEIGHBOURS)
        self._word_pieces = getattr(encoder, "word_pieces", None)  # how the model spells a word in pieces
        self._stem_words: dict[str, list[str]] | None = None  # each vocabulary stem's words, made on first need
        # A reading's unknown words are wanted twice, to encode them ahead and to find
        # their synonyms: found once for the last few readings.
        self.unknown_words = functools.lru_cache(maxsize=READINGS_REMEMBERED)(self._find_unknown_words)

    def _find_unknown_words(self, text: str, question: str, *, known: bool = False) -> Mapping[str, str]:
        """The subject's words the corpus never uses (or, with ``known``, the ones it
        does use) that may have synonyms in it, by stem (as ``unknown_words``, which
        remembers them)."""
        if not len(self._index.vocabulary):
            return MappingProxyType({})
        unknown: dict[str, str] = {}
        # A name ("Brexit", "Taiwan") has no synonyms: only words written in lower case
        # (or capitalised only for starting the question).
        names = {w.lower() for w in re.findall(r"(?<=\S)\s+([A-Z][\w’'-]*)", question)}
        for word in self._lexical.content_words(text):
            term = self._lexical.stem(word)
            if self._lexical.knows(term) == known and word.isalpha() and word not in names:
                unknown.setdefault(term, word)
        return MappingProxyType(unknown)  # remembered for every caller: read-only

    def expansions(self, text: str, question: str, found: dict[str, np.ndarray] | None = None) -> tuple[Expansions, Expansions]:
        """Corpus words standing in for the subject's words the corpus never uses: close
        as words alone or in context, whichever is closer; all of them (for the ranking),
        and those near both ways (MUTUAL_NEIGHBOURS: for covering the subject)."""
        unknown = self.unknown_words(text, question)
        if not unknown:
            return {}, {}
        expansions: Expansions = {}
        mutual: Expansions = {}
        word, near_both_ways = self._word_neighbours(text, unknown, found)
        for term, near in word.items():
            for stem, similarity in near.items():
                _merge(expansions, term, stem, similarity)
                if near_both_ways[term, stem] and not self._siblings(unknown[term], stem):
                    _merge(mutual, term, stem, similarity)
        for term, near in self._context_neighbours(text, unknown).items():
            for stem, similarity in near.items():
                _merge(expansions, term, stem, similarity)
                if (self._context is None or self._context.fewer_closer(stem, similarity, MUTUAL_NEIGHBOURS)) and not self._siblings(unknown[term], stem):
                    _merge(mutual, term, stem, similarity)
        return expansions, mutual

    def _siblings(self, word: str, stem: str) -> bool:
        """Whether ``word`` and a corpus word of ``stem`` are two kinds of one thing, not
        one thing twice: each is a word of the model's vocabulary and the same ending
        ("ransom·ware", "spy·ware"), near each other as kinds of malware are, the one no
        stand-in for the other. A prefix is no word ("mis·trust", "dis·trust")."""
        if self._word_pieces is None:
            return False
        pieces = self._word_pieces(word)
        if len(pieces) != PIECES_OF_A_COMPOUND or not pieces[1].startswith(CONTINUATION):
            return False
        if self._stem_words is None:
            self._stem_words = {}
            for vocabulary_word in self._index.vocabulary:
                self._stem_words.setdefault(self._lexical.stem(vocabulary_word), []).append(vocabulary_word)
        for other in self._stem_words.get(stem, ()):
            other_pieces = self._word_pieces(other)
            if len(other_pieces) == PIECES_OF_A_COMPOUND and other_pieces[1] == pieces[1] and other_pieces[0] != pieces[0]:
                return True
        return False

    def known_word_neighbours(self, text: str, question: str) -> Expansions:
        """The corpus words close in context to the subject's words the corpus uses,
        each at KNOWN_WORD_WEIGHT of its similarity (for the ranking)."""
        known = self.unknown_words(text, question, known=True)
        context = self._context if known else None
        if context is None:
            return {}
        own = set(self._lexical.tokens(text))
        found: Expansions = {}
        for term in known:
            near = context.near(term, floor=KNOWN_WORD_SIMILARITY, count=SYNONYMS_PER_WORD, own=own)
            if near:
                found[term] = {stem: KNOWN_WORD_WEIGHT * similarity for stem, similarity in near}
        return found

    def _context_neighbours(self, text: str, words: Mapping[str, str]) -> Expansions:
        """For each of ``words`` (stem → word of ``text``), the corpus stems close to its
        token vectors in ``text``."""
        token_vectors = getattr(self._encoder, "token_vectors", None)
        context = self._context if words and token_vectors is not None else None
        if context is None:
            return {}
        vectors, pieces = token_vectors(text)
        at = pieces_of(pieces, words.values())
        means = {term: vectors[at[word]].astype(np.float32).mean(axis=0) for term, word in words.items() if at[word]}
        own = set(self._lexical.tokens(text))
        return context.neighbours(means, floor=CONTEXT_SYNONYM_SIMILARITY, count=SYNONYMS_PER_WORD, own=own)

    def _word_neighbours(self, text: str, unknown: Mapping[str, str], found: dict[str, np.ndarray] | None) -> tuple[Expansions, dict[tuple[str, str], bool]]:
        """For each unknown word, the corpus words whose embeddings alone are at least
        SYNONYM_SIMILARITY close; and for each (word's stem, synonym's stem), whether
        fewer than MUTUAL_NEIGHBOURS other corpus words are closer to the synonym than the
        word is."""
        found = {} if found is None else found
        self._vectors.add_stored_words(list(unknown.values()), found)
        vectors = self._vectors.of(list(unknown.values()), found)
        # einsum, not BLAS: see late_interaction._maxsim_rows (here 36 ms against 0.3 ms
        # on the busy machine).
        similarities = np.einsum("vd,kd->kv", self._vocabulary_vectors, vectors)
        # A synonym stands for what the question does not already say: "volcanic" is
        # not read as "erupt" beside "eruptions".
        own = set(self._lexical.tokens(text))
        expansions: Expansions = {}
        mutual: dict[tuple[str, str], bool] = {}
        for term, row in zip(unknown, similarities):
            best = np.argsort(-row)[:SYNONYMS_PER_WORD]
            neighbours = {
                self._lexical.stem(self._index.vocabulary[i]): float(row[i])
                for i in best
                if row[i] >= SYNONYM_SIMILARITY and self._lexical.stem(self._index.vocabulary[i]) not in own
            }
            for i in best:
                stem = self._lexical.stem(self._index.vocabulary[i])
                if stem in neighbours and (term, stem) not in mutual:
                    mutual[term, stem] = self._crowding.fewer_closer(i, row[i])
            if neighbours:
                expansions[term] = neighbours
        return expansions, mutual

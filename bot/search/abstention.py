"""Abstention: when the best evidence is too weak to quote, the search says the texts
don't cover the question. A small logistic model of three signals, fitted with
cross-validation on bench/data (bench/bench_abstention.py); the README has the
trade-off table."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """What the top candidates offer for a question."""

    dense: float  # best cosine similarity of the subject with a top passage
    coverage: float  # IDF-weighted share of the subject's words one top passage contains
    phrase: bool  # some passage holds the subject word for word
    expanded: bool = False  # synonyms of unfamiliar words were already tried
    unknown_name: bool = False  # the subject names something the corpus never mentions
    maxsim: float = 0.0  # best late-interaction match (MaxSim) of the subject's words with a top passage

    def signals(self) -> tuple[float, float, float]:
        """The model's inputs: closeness in meaning of the whole, word for word, and in words."""
        return self.dense, self.coverage, self.maxsim


@dataclass(frozen=True)
class AbstentionRule:
    """Answer when the subject is quoted word for word, or, unless it names something
    the texts never mention ("Brexit", "the Paris Call"), when the logistic model's
    probability that the texts answer it reaches the threshold.

    Three signals, not one: a paraphrase with no word in common ("mistrust between
    major powers") scores on meaning, a rare subject the embedding places badly on
    words, and MaxSim — each word of the question finding its best match — is high
    only when every part of the subject has something that answers it.
    """

    # Fitted by bench/bench_abstention.py on all of bench/data (README, "Abstention").
    weights: tuple[float, float, float] = (8.41, 5.11, 8.17)  # dense, coverage, maxsim
    bias: float = -10.16
    threshold: float = 0.5

    def confidence(self, evidence: Evidence) -> float:
        """The model's probability that the texts answer the question."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, evidence.signals()))
        return 1.0 / (1.0 + math.exp(-z))

    def answers(self, evidence: Evidence) -> bool:
        if evidence.phrase:
            return True
        return not evidence.unknown_name and self.confidence(evidence) >= self.threshold

    def strength(self, evidence: Evidence) -> tuple[bool, bool, float]:
        """For comparing two readings of a question: answered, word for word, confidence."""
        return self.answers(evidence), evidence.phrase, self.confidence(evidence)

    def undecided(self, evidence: Evidence) -> bool:
        """Whether synonyms for the subject's unfamiliar words could still change the answer."""
        return not evidence.expanded and not self.answers(evidence)


DEFAULT_RULE = AbstentionRule()

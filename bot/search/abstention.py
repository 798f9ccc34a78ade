"""Abstention: when the best evidence is too weak to quote, the search says the texts
don't cover the question. The thresholds are calibrated with cross-validation on
bench/data (bench/bench_abstention.py); the README has the trade-off table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """What the top candidates offer for a question."""

    dense: float  # best cosine similarity of the subject with a top passage
    coverage: float  # IDF-weighted share of the subject's words the top passages contain
    phrase: bool  # some passage holds the subject word for word
    expanded: bool = False  # synonyms of unfamiliar words were already tried
    unknown_name: bool = False  # the subject names something the corpus never mentions

@dataclass(frozen=True)
class AbstentionRule:
    """Answer when the subject is quoted word for word, or, unless it names something
    the texts never mention ("Brexit", "the Paris Call"), when a weighted sum of
    closeness in meaning and word coverage reaches the threshold."""

    # Fitted by bench/bench_abstention.py on all of bench/data (README, "Abstention").
    dense_weight: float = 0.7
    threshold: float = 0.42

    def confidence(self, evidence: Evidence) -> float:
        return self.dense_weight * evidence.dense + (1 - self.dense_weight) * evidence.coverage

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

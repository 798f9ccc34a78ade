"""A candidate window with the evidence behind its score (Scored), and the fused ranking
of a question's candidates, made into Scored ones only when looked at (Ranking)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields

from .index import Passage


@dataclass(frozen=True)
class Scored:
    """A candidate window with the evidence behind its score."""

    row: int
    passage: Passage
    dense: float
    lexical: float
    score: float
    maxsim: float | None = None  # set when late interaction re-scored it


_SCORED_DEFAULTS = {f.name: f.default for f in fields(Scored) if f.default is not MISSING}


def scored(row: int, passage: Passage, dense: float, lexical: float, score: float) -> Scored:
    """A Scored made without the frozen dataclass's checked assignment of every field:
    a question builds a few hundred of them, and that assignment was a sixth of _fuse."""
    made = object.__new__(Scored)
    made.__dict__.update(_SCORED_DEFAULTS, row=row, passage=passage, dense=dense, lexical=lexical, score=score)
    return made


class Ranking(Sequence[Scored]):
    """Candidates best first, each made a Scored only when looked at: a question ranks a
    few hundred, and its answer and evidence look at the first few dozen (making them all
    was a third of _fuse). ``with_head`` puts re-scored first candidates in front."""

    def __init__(
        self,
        rows: list[int],
        dense: list[float],
        lexical: list[float],
        score: list[float],
        passages: list[Passage],
        *,
        parts: dict[str, object] | None = None,
    ):
        self._columns = rows, dense, lexical, score
        self._passages = passages
        self._made: list[Scored | None] = [None] * len(rows)
        # What each candidate's fused score is made of, for bench/bench_ranking.py:
        # "lexical" (normalised, in this order), "phrases" and "structure" (row → bonus).
        self.parts = parts or {}

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i):  # noqa: ANN001, ANN204 - an index or a slice, as a list's
        if isinstance(i, slice):
            # Made here, not by a call of this method each: a question slices off the 30
            # candidates late interaction re-scores at each weighing.
            made, wanted = self._made, range(*i.indices(len(self._made)))
            return [made[k] if made[k] is not None else self._make(k) for k in wanted]
        made = self._made[i]  # raises IndexError as a list would
        return self._make(i) if made is None else made

    def _make(self, k: int) -> Scored:
        """The candidate at position ``k`` (a list's index), made and kept."""
        rows, dense, lexical, score = self._columns
        made = self._made[k] = scored(rows[k], self._passages[rows[k]], dense[k], lexical[k], score[k])
        return made

    def __iter__(self):  # noqa: ANN204
        # The candidates already made are handed out as they are: the quoting walks the
        # ranking from the top, most of it made by then, ~40 a question.
        made = self._made
        for i in range(len(made)):
            candidate = made[i]
            yield self._make(i) if candidate is None else candidate

    def with_head(self, head: list[Scored]) -> Ranking:
        """This ranking with its first ``len(head)`` candidates replaced by ``head``."""
        ranking = object.__new__(Ranking)
        ranking._columns, ranking._passages, ranking.parts = self._columns, self._passages, self.parts
        ranking._made = head + self._made[len(head):]
        return ranking

"""Every window's text as the lexical index stems it, spaced so that a phrase is found
word for word (" digit divid "), and the whole corpus's in one string, so that the
windows holding a phrase are found at once rather than looked for row by row."""

from __future__ import annotations

import bisect

import numpy as np

# A phrase, or a name looked for as one, is this many telling words or more: one word
# alone is a term, which the lexical index already weighs.
MIN_PHRASE_WORDS = 2


class StemmedWindows:
    """The windows' stemmed texts (``rows``, by row), joined (``text``), and every two
    stems that follow one another somewhere (``pairs``)."""

    def __init__(self, stemmed: list[str]):
        self.rows = [f" {text} " for text in stemmed]
        self.text = "\n".join(self.rows)  # a phrase (spaces around) never spans two passages
        # Where each row's text starts in it, and (last) where the text would go on.
        self._offsets = np.cumsum([0] + [len(text) + 1 for text in self.rows]).tolist()
        # Most stretches of a subject are ruled out by these without searching the text.
        self.pairs = {pair for text in stemmed for pair in zip(text.split(" "), text.split(" ")[1:])}

    def rows_holding(self, needle: str) -> list[int]:
        """The rows whose stemmed text holds ``needle``: found in the whole corpus's text
        at once, not looked for row by row (most stretches are nowhere in it)."""
        rows = []
        at = self.text.find(needle)
        while at >= 0:
            row = bisect.bisect_right(self._offsets, at) - 1
            rows.append(row)
            at = self.text.find(needle, self._offsets[row + 1])
        return rows

"""Names in a corpus: the words its texts write with a capital inside a sentence, where
a capital says "name" rather than "a sentence starts here"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

# A word written with a capital inside its sentences at least this often is a name
# ("Xiaoming", "ASEAN", "Covid"), not a common word capitalised in a title or two
# ("Internet" beside "internet").
NAME_SHARE = 0.8
# A capitalised word after a word, a comma, a semicolon or a dash and one space: inside
# a sentence, not opening one.
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;’'-] )([A-Z][A-Za-z]+)")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_JOINS = re.compile(r"[-’']")  # what joins the parts of a word ("Xi-led", "China's")


def capitalised_inside(text: str) -> Iterator[str]:
    """The words ``text`` writes with a capital inside a sentence, as written: each is
    (part of) a name at least once. The loose notion, for reading a question's
    capitalised word as a name the corpus uses."""
    return (m.group(1) for m in _CAPITALISED_INSIDE.finditer(text))


def name_words(sentences: Iterable[str]) -> frozenset[str]:
    """The corpus's names, lower-cased: words written with a capital inside sentences
    (the first word of a sentence says nothing) at least NAME_SHARE of the time. The
    strict notion, for telling a name from a word that is sometimes part of one."""
    capitalised: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentence in sentences:
        for token in _WORD.findall(sentence)[1:]:
            # Most words hold no hyphen or apostrophe: not split (a start-up splits every word).
            parts = filter(None, _JOINS.split(token)) if "-" in token or "’" in token or "'" in token else (token,)
            for part in parts:
                seen[part.lower()] += 1
                capitalised[part.lower()] += part[0].isupper()
    return frozenset(w for w, n in seen.items() if capitalised[w] >= NAME_SHARE * n)

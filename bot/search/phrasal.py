"""Phrasal verbs and the one-word verbs a text may write for them ("put forward":
"proposed"; "set up": "established"): English, not any corpus."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

# A verb's forms, its particle, and the one-word verbs that say the same. A question's
# "what did Wang Yi put forward" is answered by "Wang Yi proposed …", which holds
# neither "put" nor "forward".
_PHRASAL = (
    ("put|puts|putting", "forward", "propose proposed proposes advance advanced"),
    ("set|sets|setting", "up", "establish established initiate initiated found founded launch launched create created"),
    ("give|gives|gave|given|giving", "up", "abandon abandoned"),
    ("step|steps|stepped|stepping", "up", "strengthen strengthened enhance enhanced"),
    ("carry|carries|carried|carrying", "out", "conduct conducted implement implemented"),
    ("come|comes|came|coming", "out", "uncovered leaked revealed released published"),
    ("put|puts|putting|bring|brings|brought|bringing", "out", "released issued published"),
    ("lay|lays|laid|laying", "out", "proposed"),
    ("come|comes|came|coming", "up with", "propose proposed"),
    ("look|looks|looked|looking", "after", "protect protected safeguard safeguarded"),
    ("hold|holds|held|holding", "back", "restrict restricted constrain constrained hinder hindered"),
    ("point|points|pointed|pointing", "out", "note noted stress stressed"),
    ("cut|cuts|cutting", "off", "isolated isolation"),
    ("take|takes|took|taken|taking", "part in", "participate participated participation"),
    ("speed|speeds|sped|speeding", "up", "accelerate accelerated"),
    ("crack|cracks|cracked|cracking", "down on", "combat combating crack"),
    ("step|steps|stepped|stepping", "in", "intervene intervened intervention"),
    ("keep|keeps|kept|keeping", "up with", "compete competing competition"),
    ("stand|stands|stood|standing", "in the way of", "hinder hindered hinders obstruct obstructed"),
)
_SPACE = r"\s+"
_PATTERNS = tuple(
    (
        re.compile(rf"\b(?P<verb>{verbs})\s+(?:(?:it|them|this|that)\s+)?(?P<particle>{_SPACE.join(particle.split())})\b", re.IGNORECASE),
        tuple(words.split()),
    )
    for verbs, particle, words in _PHRASAL
)


@functools.lru_cache(maxsize=256)
def stand_ins(text: str) -> Mapping[str, tuple[str, ...]]:
    """Each word of the text's phrasal verbs (its verb and its particle, lower-cased) →
    the one-word verbs that say the same: {"put": ("propose", …), "forward": (…)}."""
    found: dict[str, tuple[str, ...]] = {}
    for pattern, words in _PATTERNS:
        for match in pattern.finditer(text):
            for word in (match.group("verb"), *match.group("particle").split()):
                found[word.lower()] = tuple(dict.fromkeys((*found.get(word.lower(), ()), *words)))
    return MappingProxyType(found)  # remembered for every caller: read-only

"""Arrays a searcher derives from its index and keeps beside it in an .npz, under a key
naming what they were made from: read back when stored for that key, made again when
missing, stale or damaged, and written whole or not at all.

Its own module rather than a part of ``index``: the lexical index and the words in
context keep their arrays this way too, and they sit below the on-disk index (which
brings the encoders and their exports with it).
"""

from __future__ import annotations

import logging
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

log = logging.getLogger(__name__)

T = TypeVar("T")
Arrays = dict[str, np.ndarray]

_KEY = "key"  # the member holding what the other members were made from
# What a file cut short, garbled or of another kind raises as it is read; every
# member's CRC is checked as it is read. A ``load`` raises ValueError or KeyError for
# members that disagree with one another.
_DAMAGED = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)


def stored(
    path: Path | None,
    key: str,
    make: Callable[[], T],
    *,
    load: Callable[[Arrays], T],
    arrays: Callable[[T], Arrays],
) -> T:
    """What ``load`` makes of the arrays stored at ``path`` for ``key``; else what
    ``make`` makes, then stored there as ``arrays`` gives it, for the next process.

    A file stored for another key, damaged, or whose arrays ``load`` finds inconsistent
    is made again with a one-line log. A folder that can't be written only costs each
    process the making; without a ``path`` nothing is read or stored.
    """
    if path is None:
        return make()
    try:
        return load(_read(path, key))
    except FileNotFoundError:
        pass
    except _DAMAGED as exc:
        log.info("making %s in %s again: %s", path.name, path.parent, exc)
    made = make()
    _write(path, key, arrays(made))
    return made


def _read(path: Path, key: str) -> Arrays:
    kept = np.load(path, allow_pickle=False)
    if not isinstance(kept, np.lib.npyio.NpzFile):  # a bare .npy file loads as its array
        raise ValueError("it is not an .npz file")
    with kept:
        if str(kept[_KEY]) != key:
            raise ValueError("it was stored for other contents")
        return {name: kept[name] for name in kept.files if name != _KEY}


def _write(path: Path, key: str, arrays: Arrays) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two processes may store it at once
    try:
        try:
            with open(tmp, "wb") as out:
                np.savez(out, **{_KEY: np.array(key)}, **arrays)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("%s is not stored in %s: %s", path.name, path.parent, exc)

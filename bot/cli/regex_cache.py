"""The regular-expression engine's compiled code, kept between runs of `textbot` with the
index: a cold `textbot ask` loads the search's seven hundred patterns instead of parsing
and compiling each again, a fifth of its start-up."""

from __future__ import annotations

import _sre
import atexit
import contextlib
import logging
import marshal
import os
import re
import sys
from pathlib import Path
from re import _compiler, _parser

log = logging.getLogger(__name__)

# The code is the engine's own, as a .pyc is the interpreter's: one file per both.
FILE_NAME = f"regex.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"
# Patterns built from the corpus (its names, its capitals) change with it: past this
# many, the file keeps only the last run's, so it never grows without end.
MAX_PATTERNS = 4000

# What `_sre.compile` takes after the pattern: its flags, code, group count and names.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

_installed: RegexCache | None = None


def _compiled_entry(pattern: str, flags: int) -> Entry:
    # As re._compiler.compile does, stopping before the engine so the code can be kept.
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


class RegexCache:
    """Compiled patterns read from one file, and those compiled in this run written back."""

    def __init__(self, path: Path):
        self.path = path
        self.stored = self._read()
        self.used: dict[_Key, Entry] = {}
        self._original = None

    def _read(self) -> dict[_Key, Entry]:
        try:
            with self.path.open("rb") as file:
                stored = marshal.load(file)
        except (OSError, EOFError, ValueError, TypeError):
            return {}  # none yet, unreadable or damaged: compiled afresh and written anew
        return stored if isinstance(stored, dict) else {}

    def compile(self, pattern: str | object, flags: int = 0) -> re.Pattern:
        """What re._compiler.compile returns, from the file when it has the pattern."""
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return self._original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.stored.get(key)
        compiled = None
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except (RuntimeError, TypeError, ValueError):
                # The engine validates the code it is given: what it refuses is compiled again.
                compiled = None
        if compiled is None:
            entry = _compiled_entry(pattern, flags)
            compiled = _sre.compile(pattern, *entry)
        self.used[key] = entry
        return compiled

    def install(self) -> None:
        """Compile every pattern of this process through the cache."""
        self._original = _compiler.compile
        _compiler.compile = self.compile

    def uninstall(self) -> None:
        """Compile as before install()."""
        if self._original is not None:
            _compiler.compile = self._original
            self._original = None

    def save(self) -> bool:
        """Write the file when this run compiled a pattern it did not have; whether it did.
        Only into a folder that exists (the index's, once built); one that can't be
        written (read-only) is left as it is."""
        if not self.used.keys() - self.stored.keys():
            return False
        keep = {**self.stored, **self.used}
        if len(keep) > MAX_PATTERNS:
            keep = dict(self.used)
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            with partial.open("wb") as file:
                marshal.dump(keep, file)
            os.replace(partial, self.path)  # whole or not at all, for a run starting meanwhile
        except OSError as error:
            log.debug("regex cache not written: %s", error)
            with contextlib.suppress(OSError):  # a read-only folder refuses even this
                partial.unlink(missing_ok=True)
            return False
        self.stored = keep
        return True


def enable(folder: Path) -> RegexCache:
    """Install the cache kept in ``folder`` for this process (once), written when it exits.
    Kept with the index rather than as bytecode: Python may be told to write none
    (PYTHONDONTWRITEBYTECODE), and the index folder is the project's own to write."""
    global _installed
    if _installed is None:
        _installed = RegexCache(folder / FILE_NAME)
        _installed.install()
        atexit.register(_installed.save)
    return _installed

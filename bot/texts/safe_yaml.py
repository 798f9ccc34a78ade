"""Safe YAML reading that remembers the line of every key and item.

Quiz files and corpus front matter are written by hand and may come from anyone, so
this reader is stricter than ``yaml.safe_load``: no tags beyond the plain YAML types (so no
``!!python/...``), no aliases (so no "billion laughs"), no duplicate keys, and
limits on file size, node count and nesting depth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_BYTES = 1_000_000
MAX_NODES = 20_000  # a 200-question quiz is about 5,000
MAX_DEPTH = 30
_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)

Path = tuple[str | int, ...]


class YamlProblem(Exception):
    """The text can't be read as a quiz's YAML; ``line`` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class Located:
    """A parsed YAML document and the line of every key path in it."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    key_lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, path: Path, *, key: bool = False) -> int:
        """The line of the deepest node along ``path`` (or of its key)."""
        if key and path in self.key_lines:
            return self.key_lines[path]
        while path not in self.lines:
            path = path[:-1]
        return self.lines[path]


class _Loader(yaml.SafeLoader):
    """A SafeLoader whose composer refuses aliases and counts nodes and depth."""

    def __init__(self, stream: str, *, what: str):
        super().__init__(stream)
        self.what = what
        self._nodes = 0
        self._depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(event.start_mark.line + 1, f"aliases (*name) are not allowed in {self.what}; write the text out")
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise YamlProblem(self.peek_event().start_mark.line + 1, f"too many YAML nodes (more than {MAX_NODES})")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlProblem(self.peek_event().start_mark.line + 1, f"nested too deeply (more than {MAX_DEPTH} levels)")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _reader_message(exc: yaml.reader.ReaderError, text: str) -> tuple[int, str]:
    # A character YAML refuses (BEL, NUL, a lone surrogate): the reader has no line mark,
    # only an offset, so count the lines up to it.
    line = text.count("\n", 0, exc.position) + 1
    return line, f"the character U+{exc.character:04X} (a control character or a broken one) is not allowed in YAML; delete it"


def _syntax_message(exc: yaml.YAMLError) -> tuple[int, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    text = f"YAML syntax error: {problem}"
    if context and context_mark is not None and context_mark.line + 1 != line:
        text += f" ({context} that starts on line {context_mark.line + 1})"
    elif context:
        text += f" ({context})"
    return line, text


def parse_yaml(text: str, *, what: str = "quiz files") -> Located:
    """Parse one YAML document; raise YamlProblem with a line for anything refused.

    ``what`` names the kind of file in messages ("aliases are not allowed in {what}").
    """
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise YamlProblem(1, f"the file is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        # The reader checks every character as it is built, so it is built in here too.
        loader = _Loader(text, what=what)
    except yaml.reader.ReaderError as exc:
        raise YamlProblem(*_reader_message(exc, text)) from None
    try:
        root = loader.get_single_node()
    except YamlProblem:
        raise
    except yaml.reader.ReaderError as exc:
        raise YamlProblem(*_reader_message(exc, text)) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(*_syntax_message(exc)) from None
    finally:
        loader.dispose()
    if root is None:
        raise YamlProblem(1, "the file is empty")
    located = Located(data=None)
    located.data = _construct(loader, root, (), located)
    return located


def _construct(loader: _Loader, node: yaml.Node, path: Path, located: Located) -> Any:
    line = node.start_mark.line + 1
    located.lines[path] = line
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(line, f"the tag {node.tag} is not allowed in {loader.what}")
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                raise YamlProblem(key_line, "keys must be plain words")
            if key_node.value == "<<":
                raise YamlProblem(key_line, f"merge keys (<<) are not allowed in {loader.what}")
            key = key_node.value
            if key in result:
                raise YamlProblem(key_line, f"the key {key!r} appears twice")
            located.key_lines[path + (key,)] = key_line
            result[key] = _construct(loader, value_node, path + (key,), located)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, item, path + (index,), located) for index, item in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise YamlProblem(*_syntax_message(exc)) from None
    except ValueError as exc:  # e.g. a timestamp like 2015-13-45
        raise YamlProblem(line, f"unreadable value {node.value!r}: {exc}") from None

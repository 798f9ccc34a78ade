"""The house rule: imports inside bot/ point down only (cli → telegram/terminal → chat → quiz/search/store → texts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
# Lower floors first; parts on one floor don't import each other either.
FLOORS = {
    "errors": 0, "lazy": 0, "settings": 1, "texts": 1,
    "quiz": 2, "search": 2, "store": 2,
    "chat": 3,
    "telegram": 4, "terminal": 4,
    "cli": 5, "__main__": 6, "__init__": 6,
}


def part_of(module: list[str]) -> str:
    """The part of the house a dotted module path under bot/ belongs to."""
    return module[1] if len(module) > 1 else "__init__"


def imported_parts(path: Path) -> set[str]:
    """The parts of bot/ a module imports, relative or absolute."""
    module = list(path.relative_to(BOT.parent).with_suffix("").parts)
    package = module[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            target = package[: len(package) - node.level + 1] + (node.module.split(".") if node.module else [])
            if len(target) > 1:
                found.add(target[1])
            else:  # "from .. import x": x is the part
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "bot":
            found.add(part_of(node.module.split(".")) if "." in node.module else "__init__")
        elif isinstance(node, ast.Import):
            found.update(part_of(a.name.split(".")) for a in node.names if a.name.split(".")[0] == "bot")
    return found - {part_of(module)}


MODULES = sorted(p for p in BOT.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_part_has_a_floor():
    parts = {part_of(list(p.relative_to(BOT.parent).with_suffix("").parts)) for p in MODULES}
    assert parts <= set(FLOORS), f"new parts of bot/ need a floor in FLOORS: {sorted(parts - set(FLOORS))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT.parent)))
def test_imports_point_down(path: Path):
    here = part_of(list(path.relative_to(BOT.parent).with_suffix("").parts))
    upward = sorted(p for p in imported_parts(path) if FLOORS.get(p, -1) >= FLOORS[here])
    assert not upward, f"{path.relative_to(BOT.parent)} ({here}) imports {upward}, on its floor or above"

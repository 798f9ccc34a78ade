"""Names a package hands out imported on first use, not with the package: `textbot ask`
must not pay for imports (the search stack's, the quiz's) its command never needs."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_names(package: str, public: dict[str, str], namespace: dict) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The module ``__getattr__`` and ``__dir__`` (PEP 562) of ``package``, whose names
    ``public`` maps to the modules (relative to it) they come from; each name, once
    looked up, is kept in ``namespace`` (the package's globals())."""

    def __getattr__(name: str) -> object:
        module = public.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value  # looked up once
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(public))

    return __getattr__, __dir__

"""The desk's domain: aggregates, value objects, refusals and the FrontDesk application.

`from domain import FrontDesk, SimulatedClock, ...` works as before, but each name is
imported from its module only when first asked for: importing `domain.values` or
`domain.messages` does not load the application, its stores and their drivers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from domain.application import FrontDesk
    from domain.clock import SimulatedClock, SystemClock
    from domain.errors import ConflictError, DomainError
    from domain.store import store_env, store_url

# Each public name and the module that defines it.
_DEFINED_IN = {
    "ConflictError": "domain.errors",
    "DomainError": "domain.errors",
    "FrontDesk": "domain.application",
    "SimulatedClock": "domain.clock",
    "SystemClock": "domain.clock",
    "store_env": "domain.store",
    "store_url": "domain.store",
}

__all__ = [
    "ConflictError",
    "DomainError",
    "FrontDesk",
    "SimulatedClock",
    "SystemClock",
    "store_env",
    "store_url",
]


def __getattr__(name: str) -> Any:
    module = _DEFINED_IN.get(name)
    if module is None:  # `from domain import errors` then imports the submodule
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_DEFINED_IN})

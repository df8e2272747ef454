"""The desk's domain: aggregates, value objects, refusals and the FrontDesk application."""

from domain.application import FrontDesk
from domain.clock import SimulatedClock, SystemClock
from domain.errors import ConflictError, DomainError
from domain.store import store_env, store_url

__all__ = [
    "ConflictError",
    "DomainError",
    "FrontDesk",
    "SimulatedClock",
    "SystemClock",
    "store_env",
    "store_url",
]

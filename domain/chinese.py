"""Chinese text as the desk compares it: traditional characters read as simplified (物業 is
物业, 司馬懿 is 司马懿), case and spaces aside."""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def _to_simplified() -> Any:
    from opencc import OpenCC  # type: ignore[import-untyped]  # ships no type hints

    return OpenCC("t2s")  # its dictionaries load on first use


def folded(text: str) -> str:
    """Simplified characters, case folded, no spaces."""
    return "".join(str(_to_simplified().convert(text)).casefold().split())

"""The first steps of each emergency, from the service center's procedure
(resources/documents/emergency_steps.json), in the desk's language, with the center's own
numbers and names (settings.json) filled in."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from typing import Any

import resources
from domain.messages import current_language


@cache
def _step_file() -> dict[str, Any]:
    steps = json.loads(resources.path("documents", "emergency_steps.json").read_text("utf-8"))
    settings = json.loads(resources.path("documents", "settings.json").read_text("utf-8"))
    return {"steps": steps, "settings": settings}


def first_steps(category: str, language: str | None = None) -> list[str]:
    """The procedure's first steps for an emergency, then what every emergency needs."""
    loaded = _step_file()
    texts = loaded["steps"].get(language or current_language()) or loaded["steps"]["en"]
    values = defaultdict(str, {k: v for k, v in loaded["settings"].items() if k[0] != "_"})
    return [t.format_map(values) for t in [*texts.get(category, []), *texts["always"]]]

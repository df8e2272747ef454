"""One JSON object a line, as every `--json` output and `apply` result is written."""

from __future__ import annotations

import json
from typing import Any

# JSON leaves these raw inside strings, but line readers (Python's splitlines, many
# editors and log tools) break lines at them: written escaped, a line stays one line.
_LINE_BREAKERS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_line(obj: Any) -> str:
    text = json.dumps(obj, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKERS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def print_json(obj: Any) -> None:
    try:
        print(json_line(obj), flush=True)
    except UnicodeEncodeError:  # a lone surrogate from a batch file, or a narrow console
        print(json.dumps(obj), flush=True)

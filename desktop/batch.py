"""`frontdesk apply`: run a JSON Lines batch of catalogue commands, one result a line."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from domain import errors
from domain.application import COMMANDS, FrontDesk
from domain.history import plain
from domain.values import as_moment


class BatchLineError(Exception):
    """A line of the batch file that cannot be run as written."""


def _resolve(value: Any, labels: dict[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("$") and len(value) > 1:
        label = value[1:]
        if label not in labels:
            raise BatchLineError(f'unknown label ${label}: no earlier line has "id": "{label}"')
        return labels[label]
    if isinstance(value, list):
        return [_resolve(v, labels) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, labels) for k, v in value.items()}
    return value


def _details(desk: FrontDesk, command: str, result: Any) -> dict[str, Any]:
    """What a command has to tell beside its result."""
    if command == "report_incident":
        incident = desk.get_incident(result)
        return {
            "ticket": incident.ticket,
            "respond_by": incident.respond_by.isoformat(),
            "resolve_by": incident.resolve_by.isoformat(),
        }
    return {}


def run_line(desk: FrontDesk, entry: Any, labels: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise BatchLineError("each line must be a JSON object")
    command = entry.get("command")
    if command not in COMMANDS:
        raise BatchLineError(f"unknown command {command!r}")
    args = entry.get("args", {})
    if not isinstance(args, dict):
        raise BatchLineError('"args" must be a JSON object')
    args = _resolve(args, labels)
    # The catalogue's `close` closes a ticket; the desk's close() without one shuts the store.
    method = desk.close_incident if command == "close" else getattr(desk, command)
    try:
        inspect.signature(method).bind(**args)
    except TypeError as problem:
        raise BatchLineError(f"{command}: {problem}") from None
    with ExitStack() as scope:
        operator = entry.get("operator")
        if operator and operator != desk.operator:
            scope.enter_context(desk.acting_as(str(operator)))
        if entry.get("at"):
            scope.enter_context(desk.recorded_at(as_moment(entry["at"], "at")))
        result = method(**args)
    label = entry.get("id")
    if label:
        labels[str(label)] = result
    return {
        "command": command,
        "ok": True,
        "result": plain(result),
        **_details(desk, command, result),
    }


def apply_batch(desk: FrontDesk, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Yields one result per non-blank line; the last one yielded is the failure, if any."""
    labels: dict[str, Any] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            entry = json.loads(text)
        except ValueError as problem:  # JSONDecodeError, or a number too long to read
            reason = problem.msg if isinstance(problem, json.JSONDecodeError) else problem
            yield {"line": number, "ok": False, "error": f"not valid JSON: {reason}"}
            return
        try:
            yield {"line": number, **run_line(desk, entry, labels)}
        except (BatchLineError, errors.DomainError) as problem:
            yield {"line": number, "ok": False, "error": str(problem)}
            return

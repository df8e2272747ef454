"""`frontdesk apply`: run a JSON Lines batch of catalogue commands, one result a line.

Whatever a line holds, it gets exactly one result line: what it recorded, or why it
recorded nothing, in the desk's language and never longer than a few dozen characters
of what was typed.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from eventsourcing.persistence import PersistenceError

from domain import errors
from domain.application import COMMANDS, FrontDesk
from domain.clock import local
from domain.history import plain
from domain.values import as_moment

# Batch files written before a catalogue command was renamed still run (the README says so).
RENAMED = {"close": "close_incident"}

# No command takes anything nested deeper than this (a member inside a list inside args).
MAX_DEPTH = 16


def _depth(value: Any) -> int:
    """How deeply a parsed line nests, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def parse_line(raw: str | bytes) -> Any:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as problem:
            raise errors.BatchNotUtf8Error(offset=problem.start + 1) from None
    try:
        entry = json.loads(raw)
    except RecursionError:
        raise errors.BatchTooDeepError(limit=MAX_DEPTH) from None
    except json.JSONDecodeError as problem:
        raise errors.BatchNotJsonError(reason=f"{problem.msg} (column {problem.colno})") from None
    except ValueError as problem:  # a number too long to read
        raise errors.BatchNotJsonError(reason=str(problem)) from None
    if _depth(entry) > MAX_DEPTH:
        raise errors.BatchTooDeepError(limit=MAX_DEPTH)
    return entry


def _resolve(value: Any, labels: dict[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("$") and len(value) > 1:
        label = value[1:]
        if label not in labels:
            raise errors.BatchUnknownLabelError(label=label)
        if labels[label] is None:
            raise errors.BatchEmptyLabelError(label=label)
        return labels[label]
    if isinstance(value, list):
        return [_resolve(v, labels) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, labels) for k, v in value.items()}
    return value


def _check_arguments(command: str, method: Any, args: dict[str, Any]) -> None:
    parameters = inspect.signature(method).parameters
    for name in args:
        if name not in parameters:
            raise errors.BatchUnexpectedArgumentError(
                command=command, argument=name, names=", ".join(parameters)
            )
    for name, parameter in parameters.items():
        if parameter.default is inspect.Parameter.empty and name not in args:
            raise errors.BatchMissingArgumentError(command=command, argument=name)


def _details(desk: FrontDesk, command: str, result: Any) -> dict[str, Any]:
    """What a command has to tell beside its result."""
    if command == "report_incident":
        incident = desk.get_incident(result)
        return {
            "ticket": incident.ticket,
            "respond_by": local(incident.respond_by, desk.timezone).isoformat(),
            "resolve_by": local(incident.resolve_by, desk.timezone).isoformat(),
        }
    if command == "receive_parcel":
        return {"pickup_code": desk.get_parcel(result).pickup_code}
    if command == "register_delivery":
        issued = desk.get_pass(result)
        until = issued.valid_until
        shown = local(until, desk.timezone).isoformat() if until else None
        return {"code": issued.code, "valid_until": shown}
    return {}


def run_line(desk: FrontDesk, entry: Any, labels: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise errors.BatchNotObjectError()
    command = entry.get("command")
    name = RENAMED.get(command, command) if isinstance(command, str) else None
    if not isinstance(command, str) or name not in COMMANDS:
        raise errors.BatchUnknownCommandError(command=json.dumps(command, ensure_ascii=False))
    args = entry.get("args", {})
    if not isinstance(args, dict):
        raise errors.BatchArgsNotObjectError()
    args = _resolve(args, labels)
    method = getattr(desk, name)
    _check_arguments(command, method, args)
    operator = entry.get("operator")
    if operator is not None and not isinstance(operator, str):
        raise errors.BatchOperatorNotTextError(value=json.dumps(operator))
    at = entry.get("at")
    if "at" in entry and not isinstance(at, str):  # 0, false, 20260301: never ignored
        raise errors.AtNotTextError(value=json.dumps(at, ensure_ascii=False))
    with ExitStack() as scope:
        if operator and operator != desk.operator:
            scope.enter_context(desk.acting_as(operator))
        if at is not None:
            scope.enter_context(desk.recorded_at(as_moment(at, "at")))
        result = method(**args)
    label = entry.get("id")
    if label is not None:
        labels[str(label)] = result
    return {
        "command": command,
        "ok": True,
        "result": plain(result),
        **_details(desk, name, result),
    }


def apply_batch(desk: FrontDesk, lines: Iterable[str | bytes]) -> Iterator[dict[str, Any]]:
    """Yields one result per non-blank line; the last one yielded is the failure, if any."""
    labels: dict[str, Any] = {}
    for number, raw in enumerate(lines, start=1):
        if number == 1:  # a file saved by Windows Notepad starts with a byte-order mark
            if isinstance(raw, bytes):
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            else:
                raw = raw.removeprefix("\ufeff")
        if not raw.strip():
            continue
        try:
            yield {"line": number, **run_line(desk, parse_line(raw), labels)}
        except errors.DomainError as problem:
            yield {"line": number, "ok": False, "error": str(problem)}
            return
        except (PersistenceError, OSError) as problem:  # a full disk, a store gone away
            failed = errors.StoreWriteFailedError(problem=str(problem) or type(problem).__name__)
            yield {"line": number, "ok": False, "error": str(failed)}
            return
        except Exception as problem:  # a fault of the desk's own: still one clear line
            failed = errors.UnexpectedFailureError(kind=type(problem).__name__)
            yield {"line": number, "ok": False, "error": str(failed)}
            return

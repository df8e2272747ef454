"""The part of an export that proves itself: every stored event exactly as stored (its
bytes in base64), the chain as sealed, and the check that recomputes the chain from the
copy alone and compares it with the sealed chain, the head and a digest written down."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import zip_longest
from pathlib import Path
from typing import Any, TextIO
from uuid import UUID

from domain.messages import render
from ledger.chain import GENESIS, link

STORED = "stored_events.jsonl"
CHAIN = "chain.jsonl"
EVENTS = "events.jsonl"

Progress = Callable[[int, int], None]


def record_hex(originator_id: Any) -> str:
    """A record id as the chain hashes it: 32 hex digits, no dashes."""
    return originator_id.hex if isinstance(originator_id, UUID) else str(originator_id)


def write_stored(recorder: Any, path: Path, head: int) -> int:
    """One JSON line per stored event up to `head`; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in recorder.stored_rows(head):
            state = row["state"]
            line = {
                "position": int(row["position"]),
                "record": record_hex(row["originator_id"]),
                "version": int(row["originator_version"]),
                "topic": str(row["topic"]),
                "state": base64.b64encode(bytes(state)).decode("ascii"),
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_chain(recorder: Any, path: Path, head: int) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for position, digest in recorder.sealed_digests(head):
            out.write(json.dumps({"position": position, "digest": digest}) + "\n")
            count += 1
    return count


# --- checking ----------------------------------------------------------------------------------


class _Unreadable(Exception):
    def __init__(self, file: str, line: int) -> None:
        super().__init__(file, line)
        self.problem = render("export_line_unreadable", file=file, line=line)


def _lines(folder: Path, name: str) -> Iterator[dict[str, Any]]:
    with (folder / name).open(encoding="utf-8") as text:
        yield from _parsed(text, name)


def _parsed(text: TextIO, name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text, 1):
        try:
            value = json.loads(line)
            if not isinstance(value, dict):
                raise ValueError
        except ValueError:
            raise _Unreadable(name, number) from None
        yield value


def _stored_link(previous: bytes, event: dict[str, Any], number: int) -> tuple[int, bytes]:
    try:
        position = event["position"]
        version = event["version"]
        record, topic = event["record"], event["topic"]
        state = base64.b64decode(event["state"], validate=True)
        if not all(isinstance(v, int) for v in (position, version)):
            raise TypeError
        if not all(isinstance(v, str) for v in (record, topic)):
            raise TypeError
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _Unreadable(STORED, number) from None
    return position, link(previous, position, record, version, topic, state)


def check_chain(
    folder: Path, manifest: dict[str, Any], expect: tuple[int, str] | None
) -> list[str]:
    """Recomputes the chain from the stored events and compares it, position by position,
    with the chain file, then with the manifest's head and with a digest written down; and
    reads the decoded events beside the stored ones."""
    try:
        return _check_chain(folder, manifest, expect)
    except _Unreadable as unreadable:
        return [unreadable.problem]
    except OSError:
        return [render("export_file_missing", file=STORED)]


def _check_chain(
    folder: Path, manifest: dict[str, Any], expect: tuple[int, str] | None
) -> list[str]:
    problems: list[str] = []
    digest, head, count = GENESIS, 0, 0
    found_expected: str | None = None
    chain_broken = decoded_differs = False
    decoded = _lines(folder, EVENTS) if (folder / EVENTS).is_file() else iter(())
    paired = zip_longest(_lines(folder, STORED), _lines(folder, CHAIN), decoded)
    for number, (event, sealed, shown) in enumerate(paired, 1):
        if event is None:  # more sealed digests, or decoded lines, than stored events
            if sealed is not None and not chain_broken:
                problems.append(render("export_chain_broken", position=sealed.get("position")))
            elif sealed is None and not decoded_differs:
                where = (shown or {}).get("position")
                problems.append(render("export_decoded_differs", position=where, field="position"))
            break
        position, recomputed = _stored_link(digest, event, number)
        if not chain_broken and (
            sealed is None
            or sealed.get("position") != position
            or sealed.get("digest") != recomputed.hex()
        ):
            problems.append(render("export_chain_broken", position=position))
            chain_broken = True
        if not decoded_differs:
            difference = _decoded_difference(event, shown, position)
            if difference is not None:
                problems.append(difference)
                decoded_differs = True
        if expect is not None and position == expect[0]:
            found_expected = recomputed.hex()
        digest, head, count = recomputed, position, count + 1
    manifest_head = (manifest.get("head_position"), manifest.get("head_digest"))
    if manifest_head != (head, digest.hex()) or manifest.get("event_count") != count:
        problems.append(
            render(
                "export_head_mismatch",
                head=f"{manifest_head[0]}:{manifest_head[1]}",
                recomputed=f"{head}:{digest.hex()}",
            )
        )
    if expect is not None and found_expected != expect[1]:
        problems.append(
            render(
                "export_expect_mismatch",
                expected=f"{expect[0]}:{expect[1]}",
                found=found_expected or "—",
            )
        )
    return problems


def _decoded_difference(
    event: dict[str, Any], shown: dict[str, Any] | None, position: int
) -> str | None:
    """Where the decoded line for an event says something its stored bytes do not: the
    position, record, version, type, and the operator, desk and time inside the state."""
    if shown is None:
        return render("export_decoded_differs", position=position, field="position")
    try:
        state = json.loads(base64.b64decode(event["state"]))
    except ValueError:
        state = None  # not JSON: only the envelope can be compared
    stored: dict[str, Any] = {
        "position": position,
        "aggregate_id": event["record"],
        "version": event["version"],
        "type": event["topic"].rpartition(":")[2],
    }
    said: dict[str, Any] = {
        "position": shown.get("position"),
        "aggregate_id": _hex_or_none(shown.get("aggregate_id")),
        "version": shown.get("version"),
        "type": f"{shown.get('aggregate')}.{shown.get('type')}",
    }
    if isinstance(state, dict):
        for key in ("operator", "desk"):
            if key in state:
                stored[key], said[key] = state[key], shown.get(key)
        stamp = state.get("timestamp")
        if isinstance(stamp, dict) and isinstance(stamp.get("_data_"), str):
            stored["time"] = _moment(stamp["_data_"])
            said["time"] = _moment(shown.get("time"))
    for key, value in stored.items():
        if said[key] != value:
            return render("export_decoded_differs", position=position, field=key)
    return None


def _hex_or_none(value: Any) -> str | None:
    try:
        return UUID(str(value)).hex
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None

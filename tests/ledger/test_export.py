"""The export on both stores: every event once and in order, as stored and decoded, the
chain, the desk's lists, and a manifest whose hashes, chain and head check out."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from desktop.usecases.export import export_store
from domain import FrontDesk, errors
from projections.catalogue import open_read_models
from projections.export import check_export
from tests.ledger.test_chain_recipe import readme_block, run_stdlib

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_an_auditors_export_checks_out_and_is_recorded(
    desk: FrontDesk, zhang_wei: str, sign_in_as, tmp_path
) -> None:
    desk.update_contact(zhang_wei, "张伟", "13700137000", "换号")
    models = open_read_models(desk)
    sign_in_as("clerk1")
    with pytest.raises(errors.PermissionDeniedError):
        export_store(desk, models, tmp_path / "refused")
    assert not (tmp_path / "refused").exists()
    sign_in_as("auditor1")
    head = desk.chain_head()

    manifest_path = export_store(desk, models, tmp_path / "export")

    manifest = json.loads(manifest_path.read_text())
    assert (manifest["head_position"], manifest["head_digest"]) == head
    assert check_export(tmp_path / "export") == []
    lines = (tmp_path / "export" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["position"] for e in events] == sorted({e["position"] for e in events})
    assert events[-1]["position"] == head[0] and events[-1]["digest"] == head[1]
    assert len(events) == manifest["event_count"] == head[0]
    assert {f["name"] for f in manifest["files"]} >= {"events.jsonl", "households.csv"}
    [exported] = [r for r in desk.history() if r.type == "HistoryExported"]
    assert exported.operator == "auditor1" and desk.verify().ok
    (tmp_path / "export" / "households.csv").write_text("edited", encoding="utf-8")
    assert any("households.csv" in problem for problem in check_export(tmp_path / "export"))


def test_the_check_recomputes_the_chain_from_the_copy_on_either_store(
    desk: FrontDesk, zhang_wei: str, sign_in_as, tmp_path
) -> None:
    """On PostgreSQL too (a uuid column), the stored events' record is the 32 hex digits the
    chain hashes: the copy alone gives back the head, and an operator changed in it is found
    at its position though the manifest was re-hashed to match."""
    sign_in_as("auditor1")
    head = desk.chain_head()
    out = tmp_path / "export"
    export_store(desk, open_read_models(desk), out)
    assert check_export(out, expect=head) == []
    assert check_export(out, expect=(head[0], "0" * 64)) != []
    script = readme_block("recipe: check-export")
    done = run_stdlib(script, str(out), f"{head[0]}:{head[1]}", folder=tmp_path)
    assert done.returncode == 0 and done.stdout.endswith(f"head {head[0]}:{head[1]}\n")
    stored = [json.loads(line) for line in (out / "stored_events.jsonl").read_text().splitlines()]
    assert all(len(e["record"]) == 32 and "-" not in e["record"] for e in stored)
    [moved_in] = [e for e in stored if e["topic"].endswith("Household.MovedIn")]
    state = base64.b64decode(moved_in["state"])
    assert b'"operator":"clerk1"' in state
    moved_in["state"] = base64.b64encode(
        state.replace(b'"operator":"clerk1"', b'"operator":"admin"')
    ).decode()
    (out / "stored_events.jsonl").write_text(
        "".join(json.dumps(e) + "\n" for e in stored), encoding="utf-8"
    )
    manifest = json.loads((out / "manifest.json").read_text())
    for entry in manifest["files"]:
        data = (out / entry["name"]).read_bytes()
        entry["bytes"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest))

    problems = check_export(out)

    assert any(f"chain.jsonl at position {moved_in['position']}" in p for p in problems)

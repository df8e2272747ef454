"""The export on both stores: every event once and in order, every read-model table, and a
manifest whose hashes and head check out."""

from __future__ import annotations

import json

import pytest

from domain import FrontDesk, errors
from projections.catalogue import open_read_models
from projections.export import check_export, export_store


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

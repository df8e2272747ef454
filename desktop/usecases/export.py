"""The export for auditors (the Audit workspace and `frontdesk export`): who may is checked
before anything touches the disk, the copy is written (projections/export.py), and the
export is recorded once it is complete."""

from __future__ import annotations

from pathlib import Path

from domain.application import FrontDesk
from projections.export import Progress, write_export
from projections.runner import ReadModels


def export_store(
    desk: FrontDesk, models: ReadModels, out: Path, progress: Progress | None = None
) -> Path:
    """Writes the export into `out` (new or empty) and records it; returns the manifest's
    path. `progress` hears (log position reached, head position)."""
    desk.require("export_history")  # before anything touches the disk
    written = write_export(desk, models, out, progress)
    desk.record_export(
        str(Path(out).resolve()), written.event_count, written.head_position, written.head_digest
    )
    return written.manifest

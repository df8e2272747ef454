"""The store's key file is on the disk, whole, before the store records its key: written to
a temporary file, synced, renamed over its name, and its folder synced; a desk stopped half
way leaves no key file at all (and no key recorded), never an empty or torn one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from domain import FrontDesk
from domain.store import store_env
from tests.support import PASSWORD


def new_store(folder: Path) -> FrontDesk:
    return FrontDesk(store_env(f"sqlite:///{folder / 'desk.sqlite'}"), password_cost=2**4)


@pytest.fixture
def key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "keys"
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(folder))
    monkeypatch.delenv("FRONTDESK_KEY", raising=False)
    return folder


def test_the_key_file_is_synced_and_renamed_into_place(
    tmp_path: Path, key_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[str, str]] = []  # (what was synced, what the folder held then)
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        mode = os.fstat(descriptor).st_mode
        kind = "folder" if stat.S_ISDIR(mode) else "file"
        synced.append((kind, ",".join(sorted(p.name for p in key_folder.iterdir()))))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    desk = new_store(tmp_path)
    desk.initialise("admin", "系统管理员", PASSWORD)
    where = desk.vault.where()  # as `frontdesk init` tells it: the store's key is made
    [key] = list(key_folder.iterdir())

    assert str(key) == where and key.name == f"{desk.vault.key_id()}.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_text().strip()) == 44  # 32 bytes, base64
    file_synced, folder_synced = synced[0], synced[-1]
    assert file_synced[0] == "file" and file_synced[1].endswith(".tmp")  # before the rename
    assert folder_synced == ("folder", key.name)  # after it, with nothing else left
    desk.close()


def test_a_desk_stopped_while_writing_the_key_leaves_no_key_and_no_store_key(
    tmp_path: Path, key_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(source: object, target: object) -> None:
        raise OSError("power cut")

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", power_cut)
        desk = new_store(tmp_path)
        desk.initialise("admin", "系统管理员", PASSWORD)
        with pytest.raises(OSError, match="power cut"):
            desk.vault.where()
        desk.close()
    assert list(key_folder.iterdir()) == []

    desk = new_store(tmp_path)  # the next desk makes the store's key afresh
    where = desk.vault.where()
    assert [str(p) for p in key_folder.iterdir()] == [where]
    desk.close()
    desk = new_store(tmp_path)
    assert desk.vault.where() == where  # and every desk after it finds that one
    desk.close()

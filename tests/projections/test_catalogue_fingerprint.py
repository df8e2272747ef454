"""A read of a store whose read models are current opens only the models it reads; it
trusts their tables because the store records the same fingerprint as this version's
(projections.catalogue.SCHEMA_FINGERPRINT). A change of any model's tables changes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.application import FrontDesk
from domain.store import store_env
from projections.catalogue import (
    ALL_MODELS,
    MODELS,
    SCHEMA_FINGERPRINT,
    StoredReadModels,
    open_read_models,
    read_models_now,
)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FrontDesk:
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(tmp_path / "keys"))
    return FrontDesk(store_env(f"sqlite:///{tmp_path / 'desk.sqlite'}"), password_cost=2**4)


def test_the_catalogue_names_every_model_by_its_own_name_in_order() -> None:
    assert [model.name for model in ALL_MODELS] == list(MODELS)


def test_the_fingerprint_is_the_one_this_version_records(desk: FrontDesk) -> None:
    recorded = open_read_models(desk, catch_up=False).store.fingerprint()
    assert recorded == SCHEMA_FINGERPRINT, (
        f"the read models' tables changed: set SCHEMA_FINGERPRINT = {recorded!r}"
    )


def test_a_current_store_is_read_as_stored_one_behind_is_caught_up(desk: FrontDesk) -> None:
    assert not isinstance(read_models_now(desk), StoredReadModels)  # no tables yet
    assert isinstance(read_models_now(desk), StoredReadModels)  # made and caught up above
    desk.initialise("admin", "周晓梅", "admin-pass-1", community="阳光花园")
    behind = read_models_now(desk)
    assert not isinstance(behind, StoredReadModels)
    assert isinstance(read_models_now(desk), StoredReadModels)

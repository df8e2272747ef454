"""Staff at the desk: the store's first admin, accounts, passwords, and what each role may do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock, errors, store_env
from domain.messages import set_language
from domain.staff import Role
from tests.support import PASSWORD, member, refused, resident_id

CHEAP_SCRYPT = 2**4


def open_second_desk(store_url: str, clock: SimulatedClock, name: str) -> FrontDesk:
    return FrontDesk(store_env(store_url), clock=clock, desk_name=name, password_cost=CHEAP_SCRYPT)


@pytest.fixture
def empty_store(store_url: str, clock: SimulatedClock) -> Iterator[FrontDesk]:
    """A desk opened on a store nobody has set up yet."""
    app = open_second_desk(store_url, clock, "desk-1")
    yield app
    app.close()


@pytest.fixture
def as_admin(desk: FrontDesk, sign_in_as) -> FrontDesk:
    return sign_in_as("admin")


# --- setting up the store ---------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_a_new_store_is_set_up_once_with_its_first_admin(empty_store: FrontDesk) -> None:
    desk = empty_store
    assert not desk.is_initialised()
    with pytest.raises(errors.StoreNotInitialisedError):
        desk.sign_in("admin", PASSWORD)

    desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")

    assert desk.is_initialised()
    assert desk.sign_in("admin", PASSWORD) is Role.ADMIN
    assert desk.list_staff() == {"admin": "admin"}
    kinds = [(row.aggregate, row.type, row.operator) for row in desk.history()]
    assert ("StoreSetup", "Initialised", "admin") in kinds
    assert ("Staff", "Added", "admin") in kinds


@pytest.mark.stores("sqlite", "postgres")
def test_a_store_cannot_be_set_up_a_second_time(empty_store: FrontDesk, store_url, clock) -> None:
    empty_store.initialise("admin", "系统管理员", PASSWORD)

    refused(
        empty_store,
        errors.StoreAlreadyInitialisedError,
        lambda: empty_store.initialise("intruder", "入侵者", "another-pass-1"),
    )
    other_desk = open_second_desk(store_url, clock, "desk-2")
    try:
        refused(
            other_desk,
            errors.StoreAlreadyInitialisedError,
            lambda: other_desk.initialise("admin", "系统管理员", PASSWORD),
        )
        with pytest.raises(errors.SignInFailedError):
            other_desk.sign_in("intruder", "another-pass-1")
    finally:
        other_desk.close()


def test_a_store_is_not_set_up_with_a_short_password(empty_store: FrontDesk) -> None:
    refused(
        empty_store,
        errors.WeakPasswordError,
        lambda: empty_store.initialise("admin", "系统管理员", "1234567"),
    )
    assert empty_store.event_count() == 0
    assert not empty_store.is_initialised()


def test_the_first_admin_is_the_only_one_who_can_sign_in_after_set_up(
    empty_store: FrontDesk,
) -> None:
    empty_store.initialise("admin", "系统管理员", PASSWORD)
    with pytest.raises(errors.SignInFailedError):
        empty_store.sign_in("clerk1", PASSWORD)


# --- accounts ---------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_admin_adds_a_clerk_who_can_then_sign_in(as_admin: FrontDesk) -> None:
    desk = as_admin
    desk.add_staff("liuyang", "刘洋", "clerk", "morning-shift-1")

    assert desk.list_staff()["liuyang"] == "clerk"
    assert desk.get_staff("liuyang").name == "刘洋"
    assert desk.sign_in("liuyang", "morning-shift-1") is Role.CLERK
    added = [r for r in desk.history() if r.type == "Added" and r.data["username"] == "liuyang"]
    assert [(r.aggregate, r.operator, r.data["role"]) for r in added] == [
        ("Staff", "admin", "clerk")
    ]


def test_usernames_are_not_case_sensitive(as_admin: FrontDesk) -> None:
    as_admin.add_staff("LiuYang", "刘洋", "clerk", "morning-shift-1")
    assert "liuyang" in as_admin.list_staff()
    assert as_admin.sign_in("LiuYang", "morning-shift-1") is Role.CLERK
    assert as_admin.operator == "liuyang"


def test_a_username_already_taken_is_refused(as_admin: FrontDesk) -> None:
    refused(
        as_admin,
        errors.StaffExistsError,
        lambda: as_admin.add_staff("clerk1", "另一个李娜", "clerk", "other-pass-1"),
    )
    assert as_admin.get_staff("clerk1").name == "李娜"


@pytest.mark.parametrize(
    ("username", "name", "role", "password", "error"),
    [
        ("liuyang", "刘洋", "janitor", "morning-shift-1", errors.InvalidChoiceError),
        ("liuyang", "刘洋", "clerk", "short", errors.WeakPasswordError),
        ("liu yang", "刘洋", "clerk", "morning-shift-1", errors.InvalidValueError),
        ("1liuyang", "刘洋", "clerk", "morning-shift-1", errors.InvalidValueError),
        ("liuyang", "  ", "clerk", "morning-shift-1", errors.MissingValueError),
    ],
)
def test_a_new_account_with_bad_details_is_refused(
    as_admin: FrontDesk, username: str, name: str, role: str, password: str, error: type
) -> None:
    refused(as_admin, error, lambda: as_admin.add_staff(username, name, role, password))
    assert "liuyang" not in as_admin.list_staff()


def test_a_clerk_promoted_to_building_manager_may_register_units(
    as_admin: FrontDesk, sign_in_as
) -> None:
    as_admin.change_role("clerk1", "manager")
    assert as_admin.list_staff()["clerk1"] == "manager"

    desk = sign_in_as("clerk1")
    assert desk.role() is Role.MANAGER
    desk.register_unit("3-2-1502", "3", "89.50", "residential")
    assert desk.get_unit("3-2-1502").kind == "residential"


@pytest.mark.parametrize(
    ("username", "role", "error"),
    [
        ("clerk1", "clerk", errors.NothingToChangeError),
        ("clerk1", "boss", errors.InvalidChoiceError),
        ("nobody", "clerk", errors.UnknownStaffError),
    ],
)
def test_a_role_change_that_changes_nothing_or_names_nobody_is_refused(
    as_admin: FrontDesk, username: str, role: str, error: type
) -> None:
    refused(as_admin, error, lambda: as_admin.change_role(username, role))


def test_a_deactivated_manager_can_no_longer_sign_in(as_admin: FrontDesk) -> None:
    as_admin.deactivate_staff("manager1")

    assert "manager1" not in as_admin.list_staff()
    assert not as_admin.get_staff("manager1").active
    refused(as_admin, errors.StaffInactiveError, lambda: as_admin.sign_in("manager1", PASSWORD))
    assert [r.type for r in as_admin.history() if r.type == "Deactivated"] == ["Deactivated"]


def test_a_deactivated_account_is_neither_deactivated_again_nor_given_a_role(
    as_admin: FrontDesk,
) -> None:
    as_admin.deactivate_staff("manager1")
    refused(as_admin, errors.StaffInactiveError, lambda: as_admin.deactivate_staff("manager1"))
    refused(as_admin, errors.StaffInactiveError, lambda: as_admin.change_role("manager1", "clerk"))


@pytest.mark.stores("sqlite", "postgres")
def test_a_clerk_deactivated_from_another_desk_is_stopped_at_the_next_command(
    desk: FrontDesk, units: list[str], store_url: str, clock: SimulatedClock
) -> None:
    admin_desk = open_second_desk(store_url, clock, "office")
    try:
        admin_desk.sign_in("admin", PASSWORD)
        admin_desk.deactivate_staff("clerk1")
    finally:
        admin_desk.close()

    assert desk.operator == "clerk1"  # still signed in at desk-1 ...
    refused(  # ... but refused there from now on
        desk,
        errors.StaffInactiveError,
        lambda: desk.move_in("3-2-1501", [member("刘敏")], "owner", "2026-03-02"),
    )


# --- the last admin ---------------------------------------------------------------------------


def test_the_last_admin_can_be_neither_deactivated_nor_demoted(as_admin: FrontDesk) -> None:
    err = refused(as_admin, errors.LastAdminError, lambda: as_admin.deactivate_staff("admin"))
    refused(as_admin, errors.LastAdminError, lambda: as_admin.change_role("admin", "supervisor"))

    set_language("zh_CN")
    assert str(err) == "不能停用或降级最后一位管理员"
    assert as_admin.list_staff()["admin"] == "admin"


def test_with_a_second_admin_the_first_may_step_down(as_admin: FrontDesk, sign_in_as) -> None:
    as_admin.add_staff("admin2", "周敏", "admin", "second-admin-1")
    as_admin.change_role("admin", "supervisor")
    assert as_admin.list_staff()["admin"] == "supervisor"

    as_admin.sign_in("admin2", "second-admin-1")
    refused(as_admin, errors.LastAdminError, lambda: as_admin.deactivate_staff("admin2"))
    as_admin.change_role("admin", "admin")  # 周敏 hands the keys back before leaving

    sign_in_as("admin")
    as_admin.deactivate_staff("admin2")
    assert as_admin.list_staff() == {
        "admin": "admin",
        "clerk1": "clerk",
        "manager1": "manager",
        "supervisor1": "supervisor",
        "auditor1": "auditor",
    }


# --- passwords --------------------------------------------------------------------------------


def test_passwords_are_stored_only_as_salted_scrypt_hashes(as_admin: FrontDesk) -> None:
    hashes = {name: as_admin.get_staff(name).password_hash for name in ("clerk1", "manager1")}
    for stored in hashes.values():
        scheme, cost, r, p, salt, digest = stored.split("$")
        assert (scheme, cost, r, p) == ("scrypt", str(CHEAP_SCRYPT), "8", "1")
        assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
        assert stored != PASSWORD and PASSWORD not in stored
    # Same password, different salt: two hashes that give nothing away about each other.
    assert hashes["clerk1"] != hashes["manager1"]


def test_no_password_or_hash_is_ever_shown_in_the_history(as_admin: FrontDesk) -> None:
    as_admin.change_password("clerk1", "new-secret-2")
    secrets = [
        PASSWORD,
        "new-secret-2",
        as_admin.get_staff("clerk1").password_hash,
        as_admin.get_staff("admin").password_hash,
    ]

    rows = list(as_admin.history())
    assert {r.type for r in rows} >= {"Added", "PasswordChanged"}
    for row in rows:
        assert "password_hash" not in row.data
        assert "pass_signing_key" not in row.data
        for secret in secrets:
            assert secret not in repr(row)


@pytest.mark.stores("sqlite", "postgres")
def test_no_plain_password_reaches_the_store(as_admin: FrontDesk) -> None:
    as_admin.change_password("clerk1", "new-secret-2")
    notifications = as_admin.recorder.select_notifications(start=1, limit=1000)
    assert len(notifications) == as_admin.event_count()
    for notification in notifications:
        assert PASSWORD.encode() not in notification.state
        assert b"new-secret-2" not in notification.state


def test_a_clerk_changes_her_own_password(desk: FrontDesk) -> None:
    desk.change_password("clerk1", "spring-2026")

    with pytest.raises(errors.SignInFailedError):
        desk.sign_in("clerk1", PASSWORD)
    assert desk.sign_in("clerk1", "spring-2026") is Role.CLERK
    last = list(desk.history())[-1]
    assert (last.type, last.operator) == ("PasswordChanged", "clerk1")


def test_a_clerk_cannot_change_someone_elses_password(desk: FrontDesk) -> None:
    refused(desk, errors.RoleForbidsError, lambda: desk.change_password("manager1", "taken-over"))
    assert desk.sign_in("manager1", PASSWORD) is Role.MANAGER


def test_an_admin_resets_a_forgotten_password(as_admin: FrontDesk) -> None:
    as_admin.change_password("manager1", "reset-by-admin")
    assert as_admin.sign_in("manager1", "reset-by-admin") is Role.MANAGER


def test_a_short_new_password_is_refused(desk: FrontDesk) -> None:
    refused(desk, errors.WeakPasswordError, lambda: desk.change_password("clerk1", "1234"))
    assert desk.sign_in("clerk1", PASSWORD) is Role.CLERK


# --- signing in -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "password", "error"),
    [
        ("clerk1", "wrong-password", errors.SignInFailedError),
        ("nobody", PASSWORD, errors.SignInFailedError),
        ("", PASSWORD, errors.SignInFailedError),
    ],
)
def test_sign_in_fails_for_a_wrong_password_or_an_unknown_user(
    desk: FrontDesk, username: str, password: str, error: type
) -> None:
    before = desk.event_count()
    with pytest.raises(error) as refusal:
        desk.sign_in(username, password)
    assert isinstance(refusal.value, errors.PermissionDeniedError)
    assert desk.event_count() == before
    assert desk.operator == "clerk1"  # a failed attempt does not sign the clerk out


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(desk: FrontDesk) -> None:
    with pytest.raises(errors.SignInFailedError) as wrong_password:
        desk.sign_in("clerk1", "wrong-password")
    with pytest.raises(errors.SignInFailedError) as unknown_user:
        desk.sign_in("nobody", PASSWORD)
    assert str(wrong_password.value) == str(unknown_user.value)


def test_nobody_signed_in_can_do_nothing(desk: FrontDesk, units: list[str]) -> None:
    desk.sign_out()
    refused(
        desk,
        errors.NotSignedInError,
        lambda: desk.move_in("3-2-1501", [member("刘敏")], "owner", "2026-03-02"),
    )
    with pytest.raises(errors.NotSignedInError):
        list(desk.history())


# --- what each role may do --------------------------------------------------------------------

ALL_ROLES = {
    "clerk1": Role.CLERK,
    "manager1": Role.MANAGER,
    "supervisor1": Role.SUPERVISOR,
    "auditor1": Role.AUDITOR,
    "admin": Role.ADMIN,
}
DESK_ROLES = {Role.CLERK, Role.MANAGER, Role.SUPERVISOR, Role.ADMIN}


@pytest.fixture
def scene(desk: FrontDesk, zhang_wei: str, sign_in_as) -> dict[str, str]:
    """张伟 at home in 3-2-1502, with a service contract, a visitor at the counter and a
    complaint open at level 1."""
    contract = desk.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )
    visitor = desk.register_visitor(
        "3-2-1502", "李雷", "resident_id", resident_id(sequence="456"), "13700001111", "探亲"
    )
    incident = desk.report_incident(
        "complaint", "noise", "general", "3-2-1502", "楼上深夜噪音", "张伟", "phone"
    )
    return {"household": zhang_wei, "contract": contract, "pass": visitor, "incident": incident}


GUARDED: dict[str, tuple[frozenset[Role], Callable[[FrontDesk, dict[str, str]], Any]]] = {
    "add_staff": (
        frozenset({Role.ADMIN}),
        lambda d, s: d.add_staff("liuyang", "刘洋", "clerk", "morning-shift-1"),
    ),
    "change_role": (frozenset({Role.ADMIN}), lambda d, s: d.change_role("clerk1", "manager")),
    "deactivate_staff": (frozenset({Role.ADMIN}), lambda d, s: d.deactivate_staff("manager1")),
    "register_unit": (
        frozenset({Role.MANAGER, Role.SUPERVISOR, Role.ADMIN}),
        lambda d, s: d.register_unit("3-2-1602", "3", "89.50", "residential"),
    ),
    "waive_host_confirmation": (
        frozenset({Role.SUPERVISOR}),
        lambda d, s: d.waive_host_confirmation(s["pass"], "业主在外地，电话已核实身份"),
    ),
    "terminate_contract": (
        frozenset({Role.SUPERVISOR}),
        lambda d, s: d.terminate_contract(s["contract"], "2026-03-02", "业主出售房屋"),
    ),
    "escalate to level 3": (
        frozenset({Role.SUPERVISOR}),
        lambda d, s: d.escalate(s["incident"], 3, "多户联名投诉，媒体关注"),
    ),
    "escalate to level 2": (
        DESK_ROLES,
        lambda d, s: d.escalate(s["incident"], 2, "涉及多个部门"),
    ),
    "move_in": (
        DESK_ROLES,
        lambda d, s: d.move_in("3-2-1601", [member("刘敏")], "tenant", "2026-03-02"),
    ),
    "register_visitor": (
        DESK_ROLES,
        lambda d, s: d.register_visitor(
            "3-2-1502", "快递员", "other", "SF-0042", "13900002222", "送快递", "delivery"
        ),
    ),
    "sign_contract": (
        DESK_ROLES,
        lambda d, s: d.sign_contract(
            "3-2-1502", s["household"], "parking", "2026-03-02", "2027-03-01", "300"
        ),
    ),
    "report_incident": (
        DESK_ROLES,
        lambda d, s: d.report_incident(
            "repair", "door_lock", "general", "3-2-1502", "入户门锁打不开", "张伟"
        ),
    ),
    "plan_activity": (
        DESK_ROLES,
        lambda d, s: d.plan_activity(
            "中秋游园会",
            "festival",
            "2026-09-25T18:00:00+08:00",
            "2026-09-25T21:00:00+08:00",
            "会所",
            80,
        ),
    ),
}


@pytest.mark.parametrize("username", ALL_ROLES)
@pytest.mark.parametrize("action", GUARDED)
def test_each_role_may_do_exactly_what_its_job_needs(
    desk: FrontDesk, scene: dict[str, str], sign_in_as, username: str, action: str
) -> None:
    allowed, run = GUARDED[action]
    sign_in_as(username)
    before = desk.event_count()

    if ALL_ROLES[username] in allowed:
        run(desk, scene)
        assert desk.event_count() > before
        assert next(desk.history(start=before + 1)).operator == username
    else:
        with pytest.raises(errors.PermissionDeniedError):
            run(desk, scene)
        assert desk.event_count() == before


AUDITOR_TRIES: dict[str, Callable[[FrontDesk, dict[str, str]], Any]] = {
    "staff": lambda d, s: d.change_password("clerk1", "taken-over"),
    "units": lambda d, s: d.register_unit("3-2-1602", "3", "89.50", "residential"),
    "residents": lambda d, s: d.update_contact(s["household"], "张伟", "13900001234", "换号"),
    "vehicles": lambda d, s: d.register_vehicle(s["household"], "沪B54321"),
    "visitors": lambda d, s: d.confirm_host(s["pass"], "intercom"),
    "contracts": lambda d, s: d.record_deposit(s["contract"], "1000"),
    "incidents": lambda d, s: d.log_action(s["incident"], "已电话联系楼上住户"),
    "activities": lambda d, s: d.plan_activity(
        "健康讲座", "health", "2026-04-01T09:00:00+08:00", "2026-04-01T11:00:00+08:00", "会所", 40
    ),
}


@pytest.mark.parametrize("area", AUDITOR_TRIES)
def test_an_auditor_can_change_nothing(
    desk: FrontDesk, scene: dict[str, str], sign_in_as, area: str
) -> None:
    sign_in_as("auditor1")
    refused(desk, errors.PermissionDeniedError, lambda: AUDITOR_TRIES[area](desk, scene))


def test_an_auditor_reads_the_history_and_the_files(
    desk: FrontDesk, scene: dict[str, str], sign_in_as
) -> None:
    sign_in_as("auditor1")
    assert len(list(desk.history())) == desk.event_count()
    assert desk.get_household(scene["household"]).members[0].name == "张伟"


def test_a_refusal_tells_the_clerk_in_chinese_which_role_may_not_do_what(
    desk: FrontDesk, units: list[str]
) -> None:
    set_language("zh_CN")
    err = refused(
        desk,
        errors.RoleForbidsError,
        lambda: desk.register_unit("3-2-1602", "3", "89.50", "residential"),
    )
    assert str(err).startswith("前台客服无权")


# --- acting for others in a migration ---------------------------------------------------------


def test_an_admin_migrating_records_attributes_each_to_the_clerk_who_did_it(
    units: list[str], sign_in_as
) -> None:
    desk = sign_in_as("admin")
    with desk.acting_as("clerk1"):
        assert desk.operator == "clerk1"
        desk.move_in("3-2-1501", [member("刘敏")], "owner", "2026-03-02")
    desk.move_in(
        "3-2-1601", [member("陈晨", id_number=resident_id(sequence="777"))], "tenant", "2026-03-02"
    )

    movers = [r.operator for r in desk.history() if r.type == "MovedIn"]
    assert movers == ["clerk1", "admin"]
    assert desk.operator == "admin"


def test_acting_for_someone_gives_only_their_role(units: list[str], sign_in_as) -> None:
    desk = sign_in_as("admin")
    with desk.acting_as("auditor1"):
        refused(
            desk,
            errors.PermissionDeniedError,
            lambda: desk.move_in("3-2-1501", [member("刘敏")], "owner", "2026-03-02"),
        )
    with desk.acting_as("clerk1"):
        refused(
            desk,
            errors.RoleForbidsError,
            lambda: desk.register_unit("3-2-1602", "3", "89.50", "residential"),
        )


@pytest.mark.parametrize("username", ["clerk1", "manager1", "supervisor1", "auditor1"])
def test_only_an_admin_may_act_for_others(desk: FrontDesk, sign_in_as, username: str) -> None:
    sign_in_as(username)
    refused(desk, errors.RoleForbidsError, lambda: desk.acting_as("clerk1").__enter__())
    assert desk.operator == username


def test_an_admin_cannot_act_for_nobody_or_for_a_deactivated_clerk(as_admin: FrontDesk) -> None:
    refused(as_admin, errors.UnknownStaffError, lambda: as_admin.acting_as("nobody").__enter__())
    as_admin.deactivate_staff("clerk1")
    refused(as_admin, errors.StaffInactiveError, lambda: as_admin.acting_as("clerk1").__enter__())
    assert as_admin.operator == "admin"


def test_a_wrong_password_for_a_deactivated_account_says_only_wrong_password(
    as_admin: FrontDesk,
) -> None:
    as_admin.deactivate_staff("manager1")
    with pytest.raises(errors.SignInFailedError):
        as_admin.sign_in("manager1", "not-the-password")

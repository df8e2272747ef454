"""Setting up the store and managing who may sign in."""

from __future__ import annotations

import re
import secrets

from domain import errors
from domain.core import DeskCore, command
from domain.recording import CommandContext, recording_as
from domain.setup import STORE_ID, StoreSetup
from domain.staff import MIN_PASSWORD_LENGTH, Role, Staff, hash_password, staff_id
from domain.values import choice, required_text, single_line

_USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{1,31}$")


def _username(value: object) -> str:
    name = single_line(value or "", "username").strip().lower()
    if not _USERNAME.match(name):
        raise errors.InvalidValueError(field="username", value=name)
    return name


def _password(value: object) -> str:
    text = str(value or "")
    if len(text) < MIN_PASSWORD_LENGTH:
        raise errors.WeakPasswordError(minimum=MIN_PASSWORD_LENGTH)
    return text


class StaffCommands(DeskCore):
    def initialise(
        self, admin: str, name: str, password: str, community: str = "", desk: str | None = None
    ) -> str:
        """Create the store's secrets and its first admin. Runs before anyone can sign in."""
        username = _username(admin)
        display = required_text(name, "name", 60)
        secret = _password(password)
        if self.is_initialised():
            raise errors.StoreAlreadyInitialisedError()
        context = CommandContext(
            operator=username,
            desk=desk or self.desk_name,
            at=self._next_moment(),
            new_id=self.new_id,
        )
        with recording_as(context):
            setup = StoreSetup(
                community=str(community or "").strip(),
                pass_signing_key=secrets.token_hex(32),
            )
            staff = Staff(
                username=username,
                name=display,
                role=Role.ADMIN.value,
                password_hash=hash_password(secret, self.password_cost),
            )
            setup.set_roster_entry(username=username, role=Role.ADMIN.value)
            self._save(setup, staff)
            self.last_recorded = context.at
        return str(staff.id)

    def _setup(self) -> StoreSetup:
        return self._load(STORE_ID, StoreSetup)

    def community(self) -> str:
        """The community's name, shown on the sign-in screen and on documents."""
        return self._setup().community if self.is_initialised() else ""

    def list_staff(self) -> dict[str, str]:
        """Active staff and their roles."""
        self._current_staff()
        return dict(self._setup().roster)

    def get_staff(self, username: str) -> Staff:
        self._current_staff()
        return self._staff_by_username(username)

    @command("manage_staff")
    def add_staff(self, username: str, name: str, role: str, password: str) -> str:
        login = _username(username)
        display = required_text(name, "name", 60)
        given_role = choice(Role, role, "role")
        secret = _password(password)
        if self._exists(staff_id(login), Staff):
            raise errors.StaffExistsError(username=login)
        staff = Staff(
            username=login,
            name=display,
            role=given_role.value,
            password_hash=hash_password(secret, self.password_cost),
        )
        setup = self._setup()
        setup.set_roster_entry(username=login, role=given_role.value)
        self._save(setup, staff)
        return str(staff.id)

    @command("manage_staff")
    def change_role(self, username: str, role: str) -> None:
        staff = self._staff_by_username(_username(username))
        new_role = choice(Role, role, "role")
        if not staff.active:
            raise errors.StaffInactiveError(username=staff.username)
        if staff.role == new_role:
            raise errors.NothingToChangeError()
        setup = self._setup()
        if staff.role == Role.ADMIN and setup.admins() == [staff.username]:
            raise errors.LastAdminError()
        staff.change_role(role=new_role.value)
        setup.set_roster_entry(username=staff.username, role=new_role.value)
        self._save(setup, staff)

    @command("manage_staff")
    def deactivate_staff(self, username: str) -> None:
        staff = self._staff_by_username(_username(username))
        if not staff.active:
            raise errors.StaffInactiveError(username=staff.username)
        setup = self._setup()
        if staff.role == Role.ADMIN and setup.admins() == [staff.username]:
            raise errors.LastAdminError()
        staff.deactivate()
        setup.set_roster_entry(username=staff.username, role="")
        self._save(setup, staff)

    @command("any_signed_in")
    def change_password(self, username: str, new_password: str) -> None:
        """Staff change their own password; an admin may reset anyone's."""
        staff = self._staff_by_username(_username(username))
        if staff.username != self.operator:
            self.require("manage_staff")
        staff.change_password(
            password_hash=hash_password(_password(new_password), self.password_cost)
        )
        self._save(staff)

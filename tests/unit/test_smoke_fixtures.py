import pytest

from domain import FrontDesk

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_zhang_wei_lives_in_3_2_1502(desk: FrontDesk, zhang_wei: str) -> None:
    household = desk.get_household(zhang_wei)
    assert [m.name for m in household.members] == ["张伟", "王芳"]
    assert desk.get_unit("3-2-1502").household_id == zhang_wei

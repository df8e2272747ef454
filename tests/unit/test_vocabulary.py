"""Every code the domain stores has one name per language, in domain.vocabulary: the desk
shows it, the refusals say it, the documents print it (or, for a few codes, a formal name
of their own, listed here so that a new difference is a decision, not an accident)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.labels import known_label, label
from domain.contracts import ContractKind, NoticeChannel
from domain.households import Ownership
from domain.incidents import CATEGORIES, Channel, IncidentState, Severity
from domain.messages import set_language, term
from domain.values import IdType, Relation
from domain.visitors import VisitKind
from domain.vocabulary import LANGUAGES, NAMES, domain_codes, in_sentence, name
from projections.documents.texts import load_texts

EVERY_CODE = sorted({code for codes in domain_codes().values() for code in codes})


@pytest.fixture(autouse=True)
def _bundled_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRONTDESK_DOCUMENT_TEXTS", raising=False)


@pytest.fixture
def in_each_language() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_the_domain_stores_has_a_name_in_every_language(language: str) -> None:
    unnamed = [code for code in EVERY_CODE if name(code, language) in ("", code)]
    assert unnamed == []


def test_the_code_sets_cover_states_kinds_channels_and_roles() -> None:
    sets = domain_codes()
    for expected in ("IncidentState", "PassState", "VisitKind", "ContractKind", "Role"):
        assert sets[expected], expected
    assert {"repair categories", "complaint categories", "emergency categories"} <= set(sets)


def test_every_name_is_given_in_all_three_languages() -> None:
    assert all(len(names) == 3 and all(names) for names in NAMES.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_desk_shows_the_domains_names(language: str, in_each_language: None) -> None:
    set_language(language)
    assert all(label(code) == name(code, language) for code in NAMES)
    assert known_label("not a code") == ""
    assert label("not a code") == "not a code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_refusals_name_each_code_as_the_desk_does(language: str) -> None:
    assert all(term(code, language) == in_sentence(code, language) for code in NAMES)
    assert in_sentence("on_hold", "en") == "on hold"
    assert in_sentence("sms", "en") == "SMS"


# What each group of the documents' terms names.
DOCUMENT_GROUPS: dict[str, set[str]] = {
    "visit_kind": set(VisitKind),
    "id_type": set(IdType),
    "relation": set(Relation),
    "ownership": set(Ownership),
    "contract_kind": set(ContractKind),
    "category": {c for categories in CATEGORIES.values() for c in categories},
    "severity": set(Severity),
    "incident_state": set(IncidentState),
    "channel": set(Channel) | set(NoticeChannel),
}
# The printed documents' own wording, where it is not the desk's name.
PRINTED_OTHERWISE = {
    "zh_CN": {
        ("visit_kind", "guest"): "亲友来访",
        ("visit_kind", "delivery"): "快递外卖",
        ("id_type", "hk_macau_permit"): "港澳居民来往内地通行证",
        ("id_type", "taiwan_permit"): "台湾居民来往大陆通行证",
        ("id_type", "other"): "其他证件",
        ("ownership", "owner"): "业主自住",
        ("contract_kind", "service"): "物业服务合同",
        ("contract_kind", "renovation"): "装修管理协议",
        ("contract_kind", "parking"): "车位使用合同",
        ("category", "typhoon"): "台风暴雨",
        ("category", "burglary"): "入室盗窃",
        ("category", "violent_conflict"): "人员冲突",
        ("channel", "letter"): "书面",
    },
    "zh_TW": {
        ("visit_kind", "guest"): "親友來訪",
        ("visit_kind", "delivery"): "快遞外送",
        ("id_type", "hk_macau_permit"): "港澳居民來往內地通行證",
        ("id_type", "taiwan_permit"): "臺灣居民來往大陸通行證",
        ("id_type", "other"): "其他證件",
        ("ownership", "owner"): "屋主自住",
        ("contract_kind", "service"): "物業服務合約",
        ("contract_kind", "renovation"): "裝修管理協議",
        ("contract_kind", "parking"): "車位使用合約",
        ("category", "elevator_entrapment"): "電梯受困",
        ("category", "typhoon"): "颱風豪雨",
        ("category", "burglary"): "入室竊盜",
        ("category", "violent_conflict"): "人員衝突",
        ("channel", "patrol"): "巡查",
        ("channel", "letter"): "書面",
        ("channel", "in_person"): "當面",
    },
    "en": {
        ("id_type", "other"): "Other ID",
        ("ownership", "owner"): "Owner-occupied",
        ("contract_kind", "service"): "property service contract",
        ("contract_kind", "renovation"): "renovation management agreement",
        ("contract_kind", "parking"): "parking space contract",
        ("category", "water_outage"): "Water outage",
        ("channel", "counter"): "At the desk",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_documents_print_the_domains_names_but_for_their_formal_ones(language: str) -> None:
    texts = load_texts(language)
    printed = {
        (group, code): texts.term(group, code)
        for group, codes in DOCUMENT_GROUPS.items()
        for code in codes
    }
    otherwise = {key: text for key, text in printed.items() if text != name(key[1], language)}
    assert otherwise == PRINTED_OTHERWISE[language]


def test_a_ticket_is_named_alike_on_screen_in_a_refusal_and_on_paper() -> None:
    for language in LANGUAGES:
        texts = load_texts(language)
        for state in IncidentState:
            assert texts.term("incident_state", state) == name(state, language)
            assert term(state, language) == in_sentence(state, language)

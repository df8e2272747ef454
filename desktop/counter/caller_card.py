"""The caller pop on the counter: one box for a phone number, a unit or a name (typed or
pasted), and under it who it is — the household, their open incidents and when each is due,
their latest contacts, visitors on site for them, a renewal due, parcels waiting."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.usecases.caller import CallerCard, CallerPop, caller_pop
from desktop.widgets.instructions_note import InstructionsNote
from desktop.widgets.table_model import display
from projections.contact_log import ContactRow
from projections.incident_rows import IncidentRow

SEARCH_DELAY_MS = 250  # the card follows once the typing pauses
RED, GREY = "#c53030", "#718096"


class CallerCardView(QFrame):
    """The search box and the card; `found` carries each caller pop shown."""

    found = Signal(object)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.pop: CallerPop | None = None
        self.instructions = InstructionsNote(live, self)  # reads and words them; not shown
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.search = QLineEdit()
        self.search.setObjectName("caller_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(32)
        self.card = QLabel()
        self.card.setObjectName("caller_card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.card)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: white; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(scroll, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.look_up)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self.look_up)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who is it?"))
        self.search.setPlaceholderText(self.tr("Phone, unit (3-2-1502) or name — Ctrl+F"))
        self._show()

    def _on_search_text_changed(self, _text: str) -> None:
        self.timer.start()

    def look_up(self) -> None:
        self.timer.stop()
        text = self.search.text()
        self.pop = caller_pop(self.live, text) if text.strip() else None
        self._show()
        self.found.emit(self.pop)

    def refresh(self) -> None:
        if self.pop is not None:
            self.pop = caller_pop(self.live, self.pop.text)
            self._show()

    def clear(self) -> None:
        self.search.clear()
        self.look_up()

    # --- the card -------------------------------------------------------------------------

    def _show(self) -> None:
        pop = self.pop
        if pop is None:
            self.card.setText(_grey(self.tr("Type or paste who is calling or at the counter.")))
        elif not pop.found:
            self.card.setText(self._unknown(pop))
        else:
            self.card.setText("<hr>".join(self._household(card) for card in pop.cards))

    def _unknown(self, pop: CallerPop) -> str:
        said = _grey(self.tr("No household found for “{text}”.").format(text=pop.text))
        if pop.contacts:
            said += self._section(self.tr("Contacts from this number"), self._contacts(pop))
        return said

    def _household(self, card: CallerCard) -> str:
        h = card.household
        head = (
            f"<div style='font-size:17px; font-weight:bold; color:#1a202c'>{_e(h.unit)}"
            f" &nbsp;{_e(h.members)}</div>"
        )
        facts = [label(h.ownership), self.tr("moved in {date}").format(date=h.move_in_date)]
        if not h.living:
            facts.append(self.tr("moved out {date}").format(date=h.moved_out_on))
        if h.phones:
            facts.append(h.phones)
        text = head + f"<div style='color:#4a5568'>{_e(' · '.join(facts))}</div>"
        standing = self.instructions.show_for(h.unit) if h.living else []
        self.instructions.hide()
        if standing:
            text += self._section(
                self.tr("Standing instructions"), [self.instructions.line(n) for n in standing]
            )
        text += self._section(
            self.tr("Open incidents"),
            [self._incident(i) for i in card.open_incidents] or [_grey(self.tr("none"))],
        )
        text += self._section(
            self.tr("Recent contacts"),
            self._contacts_of(card.recent_contacts) or [_grey(self.tr("none"))],
        )
        if card.visitors_on_site:
            text += self._section(
                self.tr("Visitors on site"),
                [
                    _e(f"{v.name or v.company} · {label(v.kind)} · ")
                    + _e(self.tr("until {time}").format(time=self._time(v.valid_until)))
                    for v in card.visitors_on_site
                ],
            )
        if card.parcels_waiting:
            now = self.live.now()
            text += self._section(
                self.tr("Parcels waiting"),
                [
                    f"<span style='color:{RED if p.overdue(now) else '#2d3748'}'>"
                    + _e(
                        self.tr("shelf {shelf} · {carrier} · waited {waited}").format(
                            shelf=p.shelf, carrier=p.carrier, waited=self._time(p.waited(now))
                        )
                    )
                    + "</span>"
                    for p in card.parcels_waiting
                ],
            )
        if card.parcels_waiting:
            text += self._section(
                self.tr("Parcels waiting"),
                [
                    _e(
                        self.tr("{carrier} on shelf {shelf} since {time}").format(
                            carrier=label(p.carrier), shelf=p.shelf, time=self._time(p.received_at)
                        )
                    )
                    for p in card.parcels_waiting
                ],
            )
        if card.renewals_due:
            text += self._section(
                self.tr("Renewal due"),
                [
                    _e(
                        self.tr("{kind} contract ends {end} · {status}").format(
                            kind=label(c.kind), end=c.end, status=label(c.status(self.live.today()))
                        )
                    )
                    for c in card.renewals_due
                ],
            )
        return text

    def _incident(self, i: IncidentRow) -> str:
        late = i.response_breached or i.resolution_breached
        due = self.tr("due {moment} ({left} left)").format(
            moment=self._time(i.deadline), left=display(i.countdown, self.live.desk.timezone)
        )
        what = f"{i.ticket} · {label(i.category)} · {i.location} · {label(i.state)}"
        colour = RED if late else "#2d3748"
        return f"{_e(what)} — <span style='color:{colour}'>{_e(due)}</span>"

    def _contacts(self, pop: CallerPop) -> list[str]:
        return self._contacts_of(pop.contacts)

    def _contacts_of(self, contacts: tuple[ContactRow, ...]) -> list[str]:
        return [
            _e(
                f"{self._time(c.started_at)} · {label(c.channel)} · {label(c.outcome)}"
                + (f" · {c.topic}" if c.topic else "")
            )
            for c in contacts
        ]

    def _time(self, moment: object) -> str:
        return display(moment, self.live.desk.timezone)

    def _section(self, title: str, lines: list[str]) -> str:
        items = "".join(f"<li>{line}</li>" for line in lines)
        return (
            f"<div style='margin-top:8px; font-weight:bold; color:#2c5282'>{_e(title)}</div>"
            f"<ul style='margin:2px 0 0 -24px'>{items}</ul>"
        )


def _e(text: object) -> str:
    return html.escape(str(text))


def _grey(text: str) -> str:
    return f"<span style='color:{GREY}'>{_e(text)}</span>"

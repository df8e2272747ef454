"""`frontdesk demo`: a believable community and a year of its life, made through the desk's
own commands on a simulated clock, so that the same seed always gives the same history.

Each thing that happens is a *story*: a generator that runs a few FrontDesk commands and
says, between them, how long to wait and who carries on (`Then`). The `Timeline` runs
every story in time order, moves the simulated clock forward and signs the right staff
member in. The generator remembers what it did (`Flat`, `Home`, `Agreement`) so that
every command it sends is one the desk accepts.

- `world`: the scales, the data files, the remembered world; `people`: who lives here
- `timeline`: stories in time order; `base`: what every story reads and moves
- the stories by workspace: `community` (staff, buildings), `residents` (units, move-ins,
  renovations, move-outs, file changes), `contracts`, `visitors`, `incidents`, `activities`,
  `contacts` (the counter's queue and the phone, the standard answers, monthly ratings),
  `keeping` (parcels, riders' quick passes, items lent, flats' instructions, the handover)
- `runner`: one run (`build_demo`, `Demo`) and its `report`
"""

from desktop.demo.report import DemoProgress, DemoReport
from desktop.demo.runner import Demo, build_demo
from desktop.demo.world import DEMO_PASSWORD, SCALES, SOLE_WRITER, Scale

__all__ = [
    "DEMO_PASSWORD",
    "SCALES",
    "SOLE_WRITER",
    "Demo",
    "DemoProgress",
    "DemoReport",
    "Scale",
    "build_demo",
]

"""How far `frontdesk demo` has come, on the terminal: a bar redrawn in place on a terminal,
a line a simulated month when the output goes to a file or a pipe."""

from __future__ import annotations

import sys
from typing import TextIO

from desktop.demo.report import DemoProgress

WIDTH = 28


class TerminalProgress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.on_terminal = self.stream.isatty()
        self.month: tuple[int, int] | None = None

    def __call__(self, progress: DemoProgress) -> None:
        if self.on_terminal:
            self.stream.write(f"\r{bar(progress)}")
            if progress.finished:
                self.stream.write("\n")
        else:
            month = (progress.day.year, progress.day.month)
            if month == self.month and not progress.finished:
                return
            self.month = month
            self.stream.write(f"{line(progress)}\n")
        self.stream.flush()


def bar(progress: DemoProgress) -> str:
    filled = round(progress.share * WIDTH)
    return f"demo [{'#' * filled}{'.' * (WIDTH - filled)}] {line(progress)}"


def line(progress: DemoProgress) -> str:
    return (
        f"{progress.share:4.0%} {progress.day:%Y-%m-%d}: "
        f"{progress.events:,} events, {progress.seconds:.0f} s"
    )

"""What the command line refuses in its own options, before the store is asked anything: the
text comes from the domain's catalogue (domain/messages.py), in the desk's language."""

from __future__ import annotations

import errno
import os
import re
from typing import Any

from domain import errors
from domain.messages import render
from domain.values import normalised


class MonthFormatError(errors.InvalidInputError):
    """`--month` is not a real month written YYYY-MM."""

    key = "cli_month_format"


class CodeNeedsDeskError(errors.PermissionDeniedError):
    """A typed pass code is checked by desk staff; anyone may check a scanned payload."""

    key = "cli_check_code_needs_desk"


def month(text: Any) -> str:
    """YYYY-MM with a real month (2026-3 is 2026-03), else a refusal saying how to write it."""
    typed = normalised(str(text)).strip()
    found = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", typed)
    if found is None or int(found[1]) == 0 or not 1 <= int(found[2]) <= 12:
        raise MonthFormatError(value=text)
    return f"{found[1]}-{int(found[2]):02d}"


# What the system says of a file, as the desk says it (the rest: its own words, with the path).
_FILE_PROBLEMS = {
    errno.ENOENT: "cli_file_missing",
    errno.EISDIR: "cli_file_is_folder",
    errno.ENOTDIR: "cli_file_not_in_folder",
    errno.EACCES: "cli_file_forbidden",
    errno.EPERM: "cli_file_forbidden",
    errno.EROFS: "cli_file_forbidden",
}


def system_refusal(problem: OSError) -> str:
    """A file the command was given could not be read or written: said in the desk's
    language, with its path (`apply FILE`, `print … --out FILE`, `--ics FILE`, `export`)."""
    if problem.errno in (errno.ENOSPC, errno.EDQUOT):
        return render("cli_disk_full")
    said = problem.strerror or type(problem).__name__
    if problem.filename is None:
        return render("cli_system_refused", problem=said)
    path = os.fsdecode(problem.filename) if isinstance(problem.filename, str | bytes) else ""
    key = _FILE_PROBLEMS.get(problem.errno or 0, "cli_file_failed")
    return render(key, path=path or str(problem.filename), problem=said)

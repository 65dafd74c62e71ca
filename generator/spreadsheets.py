"""CSV exports of spreadsheets and form tools, read alike by every command that takes one."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterator

from generator.problems import Problem
from generator.translation import N_, _

EXPORT_HINT = N_("export it again as CSV with UTF-8 encoding")  # shown through _


def header_key(text: str) -> str:
    """Headers (and choices) compared without case, spacing, required-marks or end punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.replace("*", " ").split()).rstrip(" ?:.")


def named_runs(pieces: list[str], names: Callable[[str], bool]) -> Iterator[tuple[str, bool]]:
    """A cell's pieces (split on commas and the like) joined back where a name holds a comma
    ("Trans, non-binary or gender-diverse"): the longest run that `names` knows, else one piece,
    each with whether it is known. Empty pieces are skipped."""
    start = 0
    while start < len(pieces):
        if not pieces[start].strip():
            start += 1
            continue
        end = next((end for end in range(len(pieces), start, -1)
                    if names(",".join(pieces[start:end]))), None)
        if end is None:
            yield pieces[start].strip(), False
            start += 1
        else:
            yield ",".join(pieces[start:end]), True
            start = end


def read_table(data: bytes, shown: str) -> tuple[list[list[str]], Problem | None]:
    """The rows of a CSV export: UTF-8 with or without a byte-order mark, cells separated by
    commas, or by the semicolons or tabs some locales' spreadsheets use; or why it cannot be read.
    """
    for mark, encoding in ((b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(mark):
            return [], Problem(shown, 1, 1, _("file is {encoding} text, not UTF-8",
                                              encoding=encoding), hint=_(EXPORT_HINT))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return [], Problem(shown, line, 1, _("file is not UTF-8 text (byte 0x{byte})",
                                             byte=f"{data[error.start]:02x}"),
                           hint=_(EXPORT_HINT))
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), None

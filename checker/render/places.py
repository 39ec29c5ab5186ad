"""Where a finding or a claim is, in the user's terms, for every output format.

A plain-text report is addressed by line and column. A .docx or PDF report is read as extracted
text whose lines mean nothing to its reader, so its result maps an offset to a paragraph, a
table cell or a page and line (``ReportResult.location``, a ``documents.Location``).
"""
from __future__ import annotations


def location_of(result, offset: int | None):
    """The document location of an offset, or None for plain text (and for a result that has no
    ``location`` at all: the renderers do not depend on the document reader being there)."""
    locate = getattr(result, "location", None)
    if locate is None or offset is None:
        return None
    return locate(offset)


def place_label(result, line: int, column: int, offset: int | None, language: str = "zh") -> str:
    """``第3段第12字`` for a document, ``8:178`` for plain text."""
    location = location_of(result, offset)
    return location.label(language) if location is not None else f"{line}:{column}"

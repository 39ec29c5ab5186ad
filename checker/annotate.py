"""A copy of a Word report with a comment on each number a finding points at.

``annotated_docx(data, result)`` opens the .docx that ``result`` was checked from, finds the
paragraph (or table cell) and the characters of each finding's number through the same places
the read stage recorded (``documents.docx_paragraphs``), splits the runs at the number's first
and last character (a number may be spread over several runs, and a run may hold more than the
number) and anchors a Word comment exactly on it: the rule id, the severity and the message with
its arithmetic, author ``check``. The input bytes are never written; the caller saves the
returned bytes where it wants.
"""
from __future__ import annotations

import copy
import io
import re

from .documents import RUN_TEXT, DocumentError, docx_paragraphs, docx_text, open_docx, paragraph_runs, run_text
from .read import unrepaired

AUTHOR, INITIALS = "check", "CK"
SEVERITY_WORDS = {"zh": {"error": "错误", "warning": "警告", "info": "提示"},
                  "en": {"error": "error", "warning": "warning", "info": "info"}}
# The number itself in a claim's text, without its unit (854 of 854人; a percent sign stays).
NUMBER_CORE = re.compile(r"[0-9０-９](?:[0-9０-９.,，．]*[0-9０-９])?[%％‰]?")
# A finding about a stretch of text (a garbled region, a repeated passage) is anchored on at most
# its first paragraph or cell: a comment over a hundred paragraphs helps no one.


class AnnotateError(Exception):
    """The report cannot be annotated (not a .docx, damaged, or not the document the result is
    about); ``str()`` is one line for the user."""


def annotated_docx(data: bytes, result, language: str = "zh") -> bytes:
    """The bytes of a copy of the .docx ``data`` with one Word comment per finding of
    ``result`` (a ``pipeline.ReportResult`` of these same bytes), anchored on the characters the
    finding points at (``finding.start`` to ``finding.end``). Comment text:
    ``PT001（错误）：<message>`` (``PT001 (error): <message>`` with ``language="en"``); the
    message is in the language the checker ran in. Raises :class:`AnnotateError` when ``data``
    is not a readable .docx or is not the document ``result`` was read from."""
    layout = getattr(result, "layout", None)
    if layout is None or layout.format != "docx":
        kind = "a PDF" if layout is not None else "a text file"
        raise AnnotateError(f"{result.path}: comments can be added only to a Word .docx report, not to {kind}")
    try:
        text, _ = docx_text(data)
        document = open_docx(data)
    except DocumentError as error:
        raise AnnotateError(f"{result.path}: {error}") from None
    if text != unrepaired(result.text or "", tuple(result.repairs)):
        raise AnnotateError(f"{result.path}: the document is not the one that was checked (its text differs)")
    paragraphs = {place.key: paragraph for place, paragraph in docx_paragraphs(document)}
    words = SEVERITY_WORDS.get(language, SEVERITY_WORDS["en"])
    for finding in result.findings:
        anchor = _anchor(result, finding)
        if anchor is None:
            continue
        key, first, last = anchor
        paragraph = paragraphs.get(key)
        if paragraph is None:
            continue
        runs = _runs_covering(paragraph, first, last)
        severity = words.get(finding.severity, finding.severity)
        comment = (f"{finding.rule}（{severity}）：{finding.message}" if language == "zh"
                   else f"{finding.rule} ({severity}): {finding.message}")
        document.add_comment(runs, text=comment, author=AUTHOR, initials=INITIALS)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _anchor(result, finding) -> tuple[tuple, int, int] | None:
    """(place key, first character, end character) of what the finding points at, as offsets
    in its paragraph's text: the digits of its number (``854`` of ``854人``, ``95.61%``), or the
    observed text of a finding about the text itself."""
    start, end = finding.start, finding.end
    claim = next((claim for claim in finding.evidence if claim.start == finding.start), None)
    if end is None:
        end = claim.end if claim is not None else start + 1
    if claim is not None and claim.end == end:
        digits = NUMBER_CORE.search(claim.text)
        if digits is not None:
            start, end = claim.start + digits.start(), claim.start + digits.end()
    start_location = result.location(start)
    if start_location is None:
        return None
    place = start_location.place
    length = place.end - place.start
    first = min(start_location.column - place.column, length)
    end_location = result.location(max(start, end))
    if end_location is not None and end_location.place.key == place.key:
        last = end_location.column - place.column
    else:
        last = length  # the stretch runs on past its paragraph: the rest of this one
    return place.key, first, max(min(last, length), first)


# -- runs ------------------------------------------------------------------------------------------
def _runs_covering(paragraph, first: int, last: int) -> list:
    """The runs of ``paragraph`` that hold exactly its characters ``first``..``last`` (split
    where needed), as python-docx ``Run`` objects; an empty run when the stretch is empty."""
    from docx.text.run import Run

    _split_at(paragraph, first)
    _split_at(paragraph, last)
    covering, position = [], 0
    for element in paragraph_runs(paragraph):
        length = len(run_text(element))
        if length and first <= position and position + length <= last:
            covering.append(element)
        position += length
    if not covering:  # an empty paragraph or stretch: anchor on an empty run at that point
        covering = [_empty_run_at(paragraph, first)]
    return [Run(element, paragraph) for element in covering]


def _split_at(paragraph, offset: int) -> None:
    """Make ``offset`` a boundary between runs of the paragraph."""
    position = 0
    for element in paragraph_runs(paragraph):
        length = len(run_text(element))
        if position < offset < position + length:
            _split_run(element, offset - position)
            return
        position += length


def _split_run(run, at: int) -> None:
    """Split a ``w:r`` into two runs with the same formatting, the first holding its first
    ``at`` characters; the second is inserted right after it."""
    second = copy.deepcopy(run)
    _keep(run, 0, at)
    _keep(second, at, None)
    run.addnext(second)


def _keep(run, low: int, high: int | None) -> None:
    """Keep the content of a run from character ``low`` to ``high`` (None: to its end)."""
    from docx.oxml.ns import qn

    text_tags = {qn(tag) for tag in RUN_TEXT}
    position = 0
    for child in list(run):
        if child.tag == qn("w:rPr"):
            continue
        length = len(str(child)) if child.tag in text_tags else 0
        child_low, child_high = position, position + length
        position = child_high
        inside_high = high if high is not None else float("inf")
        if length == 0:
            if not (low <= child_low < inside_high):  # a mark without text stays on the side it stands
                run.remove(child)
            continue
        if child_high <= low or child_low >= inside_high:
            run.remove(child)
        elif child.tag == qn("w:t") and (child_low < low or child_high > inside_high):
            text = child.text or ""
            child.text = text[max(0, low - child_low):min(length, int(min(inside_high, child_high)) - child_low)]
            child.set(qn("xml:space"), "preserve")


def _empty_run_at(paragraph, offset: int):
    """A new empty run at a character boundary of the paragraph."""
    from docx.oxml import OxmlElement

    new = OxmlElement("w:r")
    position = 0
    for element in paragraph_runs(paragraph):
        if position >= offset:
            element.addprevious(new)
            return new
        position += len(run_text(element))
    paragraph._p.append(new)
    return new

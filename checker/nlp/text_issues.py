"""spaCy component ``text_issues``: what is wrong with the text itself, before any number.

Sets ``doc.spans["text_issues"]``; each span carries ``span._.issue``, a
:class:`~checker.nlp.text_scan.TextIssue` (kind, text, start, end, fields). The kinds are those of
``rulebase.TEXT_OBSERVATIONS``: a region of mojibake the read stage repaired (its repairs come in
``doc.user_data["repairs"]``), a passage that occurs twice (with whether its numbers agree), a
document that ends mid-sentence, replacement and control characters, heading numbers out of
sequence, brackets and quotation marks that do not pair, full- and half-width forms mixed in one
number, and numbers split over a line break. The detectors are in ``text_scan.py``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .text_scan import TextIssue, find_text_issues
from .script import text_of

SPAN_KEY = "text_issues"
REPAIRS_KEY = "repairs"

__all__ = ["SPAN_KEY", "REPAIRS_KEY", "TextIssue", "TextIssueTagger", "make_text_issues"]


@Language.factory("text_issues")
def make_text_issues(nlp: Language, name: str):
    return TextIssueTagger()


class TextIssueTagger:
    def __init__(self):
        if not Span.has_extension("issue"):
            Span.set_extension("issue", default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        seen = set()
        for issue in find_text_issues(text_of(doc), doc.user_data.get(REPAIRS_KEY, ())):
            span = doc.char_span(issue.start, issue.end, alignment_mode="expand")
            if span is None:
                # An issue of zero width (nothing to point at) is kept on the character before it.
                span = doc.char_span(max(0, issue.start - 1), max(issue.start, 1), alignment_mode="expand")
            if span is None or (issue.kind, span.start, span.end) in seen:
                continue
            seen.add((issue.kind, span.start, span.end))
            # labelled by kind: spaCy keeps a span's extension values by offsets and label, and two
            # issues may cover the same text (a garbled line and the characters it lost)
            span = Span(doc, span.start, span.end, label=issue.kind)
            span._.issue = issue
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc

"""Stage 2, nlp: a spaCy pipeline that tags every numeric claim of a report, and what is wrong
with its text.

``spacy.blank("zh")`` with its default character segmenter: the claim components read the
text with patterns over characters, so a word segmenter adds nothing to their accuracy and
jieba's dictionary would cost about a second at every start (see docs/architecture.md).
"""
from __future__ import annotations

from functools import lru_cache

PIPELINE_COMPONENTS = ("numeric_claims", "claim_context", "text_issues")


@lru_cache(maxsize=1)
def report_pipeline():
    import spacy

    from . import claim_context, claim_tagger, text_issues  # noqa: F401  (registers the factories)

    nlp = spacy.blank("zh")
    nlp.max_length = 200_000_000  # no parser or NER: memory grows with the text only
    for component in PIPELINE_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def tag_report(text: str, repairs=()):
    """The spaCy ``Doc`` of a report's text, with its claims tagged. ``repairs`` are the regions
    of mojibake the read stage repaired (``ReportText.repairs``), for the text_issues component."""
    nlp = report_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["repairs"] = tuple(repairs)
    return nlp(doc)

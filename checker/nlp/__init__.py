"""Stage 2, nlp: a spaCy pipeline that tags every numeric claim of a report, and what is wrong
with its text.

``spacy.blank("zh")`` with its default character segmenter: the claim components read the
text with patterns over characters, so a word segmenter adds nothing to their accuracy and
jieba's dictionary would cost about a second at every start (see docs/architecture.md).
"""
from __future__ import annotations

import re
from functools import lru_cache

PIPELINE_COMPONENTS = ("numeric_claims", "claim_context", "text_issues")


@lru_cache(maxsize=1)
def report_pipeline():
    from .spacy_import import import_spacy

    spacy = import_spacy()
    from . import claim_context, claim_tagger, text_issues  # noqa: F401  (registers the factories)

    nlp = spacy.blank("zh")
    nlp.max_length = 200_000_000  # no parser or NER: memory grows with the text only
    for component in PIPELINE_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def tag_report(text: str, repairs=()):
    """The spaCy ``Doc`` of a report's text, with its claims tagged. ``repairs`` are the regions
    of mojibake the read stage repaired (``ReportText.repairs``), for the text_issues component."""
    from .aligned_tables import as_pipe_tables, as_table_lines
    from .script import READING_KEY, SOURCE_KEY, TEXT_KEY, simplified_reading

    source = text
    text = as_table_lines(as_pipe_tables(text))  # (the same length: every offset is the report's)
    nlp = report_pipeline()
    doc = character_doc(nlp, text)
    doc.user_data["repairs"] = tuple(repairs)
    doc.user_data[SOURCE_KEY] = source  # (its lines are the report's: a table's rows may have been cut apart)
    # The components' simplified reading, from the text we hold: doc.text would rebuild the
    # text from its tokens (about 1.7 ms for 5 KB, a twentieth of tagging it).
    doc.user_data[READING_KEY] = simplified_reading(text)
    doc.user_data[TEXT_KEY] = text
    return nlp(doc)


WHITESPACE = re.compile(r"\s+")


def character_doc(nlp, text: str):
    """``nlp.make_doc(text)`` for the character segmenter, in time linear in the text.

    spaCy's segmenter aligns the characters with the text by ``text[position:].index(character)``
    (``util.get_words_and_spaces``), which copies the rest of the text for every character: 6.6 s
    for a 1 MB report, 66 times the time of 0.1 MB. The tokens here are the same: one per
    character that is not whitespace, a single space after a character as that token's trailing
    space, and every other run of whitespace as one token of its own.
    """
    from spacy.tokens import Doc

    if getattr(nlp.tokenizer, "segmenter", None) != "char":
        return nlp.make_doc(text)
    if len(text) > nlp.max_length:
        return nlp.make_doc(text)  # spaCy's own error
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for run in WHITESPACE.finditer(text):
        start, end = run.span()
        words.extend(text[position:start])
        spaces.extend([False] * (start - position))
        if start > 0 and text[start] == " ":
            spaces[-1] = True  # the character before the run is not whitespace: runs are maximal
            start += 1
        if start < end:
            words.append(text[start:end])
            spaces.append(False)
        position = end
    words.extend(text[position:])
    spaces.extend([False] * (len(text) - position))
    return Doc(nlp.vocab, words=words, spaces=spaces)

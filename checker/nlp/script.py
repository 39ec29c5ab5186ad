"""Traditional characters read as simplified, offsets unchanged.

Reports from Hong Kong, Macao and Taiwan, and pasted passages, come in traditional characters
(合計, 萬元, 衛生院). The claim components read a simplified copy of the text (OpenCC's t2s,
a maintained converter) whose every character sits at the same offset as in the original, so
spans and evidence still point at what the user wrote.
"""
from __future__ import annotations

from functools import lru_cache

READING_KEY = "reading"
SOURCE_KEY = "source"  # the report's text, before the tables were read into lines and cells
TEXT_KEY = "text"  # the text the Doc was made from: doc.text rebuilds it from every token


@lru_cache(maxsize=1)
def _converter():
    import opencc  # only texts with non-simplified characters pay for it

    return opencc.OpenCC("t2s")


def _maybe_traditional(text: str) -> bool:
    # GB2312 holds the simplified characters; a CJK character outside it may be traditional.
    try:
        text.encode("gb2312")
        return False  # the common case, in one call
    except UnicodeEncodeError:
        pass
    for char in text:
        if "\u4e00" <= char <= "\u9fff":
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                return True
    return False


def simplified_reading(text: str) -> str:
    """The text in simplified characters, character for character (same length, same offsets)."""
    if not _maybe_traditional(text):
        return text
    converter = _converter()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase conversion changed the length: fall back to line by line, then character by character.
    lines = []
    for line in text.split("\n"):
        new = converter.convert(line)
        if len(new) != len(line):
            new = "".join(c if len(c) == 1 else o for o, c in ((o, converter.convert(o)) for o in line))
        lines.append(new)
    return "\n".join(lines)


def text_of(doc) -> str:
    """A Doc's text: the one it was made from when ``tag_report`` kept it (the same string as
    ``doc.text``, which would rebuild it from its tokens: a few milliseconds a report)."""
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


def reading_of(doc) -> str:
    """The simplified reading of a Doc's text, computed once per Doc."""
    reading = doc.user_data.get(READING_KEY)
    if reading is None:
        reading = simplified_reading(text_of(doc))
        doc.user_data[READING_KEY] = reading
    return reading

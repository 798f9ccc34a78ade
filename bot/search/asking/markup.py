"""Chat and Markdown markup in a message, read as the words it marks: **bold**, __bold__,
_italics_, *italics*, `code`, a #hashtag ("#UnitedNations" is "United Nations"), and the
marks opening a line ("> ", "- ", "• ", "1. ") of a message typed as a list or a reply."""

from __future__ import annotations

import re

_EMPHASIS = re.compile(r"(?<![\w*_`])(\*{1,2}|_{1,2}|`)(?=\S)(?P<marked>[^*_`\n]+?)(?<=\S)\1(?![\w*_`])")
# A hashtag of letters: its words run together, each capitalised or not ("#cyberSecurity").
_HASHTAG = re.compile(r"(?<![\w&])#(?P<tag>[A-Za-z][A-Za-z0-9]*)")
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_LINE_MARK = re.compile(r"(?m)^[ \t]*(?:>+|[-*•·]+|#{1,6}|\d+[.)])[ \t]+")
_RULE = re.compile(r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,}|>{2,})[ \t]*$")


def without_markup(text: str) -> str:
    """The text with its markup taken off and what it marks kept; a text with none as it is."""
    if not re.search(r"[*_`#>•·=]|^\s*[-\d]", text, re.MULTILINE):
        return text
    text = _RULE.sub("", text)
    text = _LINE_MARK.sub("", text)
    text = _HASHTAG.sub(lambda m: " ".join(_CAMEL_PART.findall(m.group("tag"))), text)
    previous = None
    while previous != text:  # "**_both_**"
        previous, text = text, _EMPHASIS.sub(lambda m: m.group("marked"), text)
    return text

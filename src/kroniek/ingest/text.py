"""Body text normalisation: paragraphs separated by exactly one blank line.

Two ways of writing paragraphs occur in the inputs: blank lines between
paragraphs (a paragraph may then be hard-wrapped over several lines), or one
paragraph per line with no blank lines at all (the NOS-style seed layout). A
block of lines between blank lines is read as one hard-wrapped paragraph when
all its lines but the last fill a typical wrap width (40-100 characters) and
some of them break off mid-sentence, else as one paragraph per line; a short
subheading thus stays its own paragraph. Readers that know their layout has
one paragraph per line say so (`one_per_line`).
"""

from __future__ import annotations

import re

# Hard-wrapped lines are between these lengths; a longer line is a whole
# paragraph, a shorter one (other than the last) a heading or a list item.
WRAP_MIN, WRAP_MAX = 40, 100
SENTENCE_END = (".", "!", "?", ":", '"', "”", "'", "’")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def clean_line(line: str) -> str:
    """One line with control characters removed and runs of spaces made one space."""
    return _SPACES.sub(" ", _CONTROL.sub("", line)).strip()


def split_lines(text: str) -> list[str]:
    """Lines of a text with any newline convention, cleaned."""
    return [clean_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def paragraphs(body: str | list[str], *, one_per_line: bool = False) -> str:
    """The body as paragraphs joined by `\\n\\n`, whitespace stripped."""
    lines = split_lines(body) if isinstance(body, str) else [clean_line(x) for x in body]
    result: list[str] = []
    for block in _blocks(lines):
        if not one_per_line and _hard_wrapped(block):
            result.append(" ".join(block))
        else:
            result.extend(block)
    return "\n\n".join(result)


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _hard_wrapped(block: list[str]) -> bool:
    inner = block[:-1]
    return (
        bool(inner)
        and all(WRAP_MIN <= len(line) <= WRAP_MAX for line in inner)
        and not all(line.endswith(SENTENCE_END) for line in inner)
    )

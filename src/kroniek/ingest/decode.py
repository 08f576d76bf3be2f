"""Bytes to text, or the plain reason why a file is not text.

Order of attempts (issue 2): UTF-8 (a UTF-8 byte-order mark is dropped), then
cp1252, the usual encoding of older Dutch Windows files. UTF-16 with a byte-order
mark is read too, since it is text even though it holds NUL bytes.
"""

from __future__ import annotations

import codecs

# Share of control characters (other than tab, newline, carriage return, form
# feed) above which a decoded file is taken to be binary rather than text.
MAX_CONTROL_SHARE = 0.05


class NotText(ValueError):
    """The bytes are not readable text; the message is the reason in plain words."""


def decode(data: bytes) -> str:
    """The text of a file's bytes; raises NotText with the reason otherwise."""
    if not data.strip():
        raise NotText("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise NotText("undecodable text: invalid UTF-16") from exc
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes), not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return _checked(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise NotText("undecodable text: neither UTF-8 nor cp1252")


def _checked(text: str) -> str:
    if not text.strip():
        raise NotText("empty file")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise NotText("binary file (mostly control characters), not text")
    return text

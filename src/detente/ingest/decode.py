"""Turn raw bytes into text: BOM-aware decoding, binary detection, replacement counting."""

from __future__ import annotations

import codecs

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text (NUL bytes or many control characters)."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, int]:
    """Decode ``data`` as text; return the text and the number of replaced characters."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        return text, text.count("\ufffd")
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return text, text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")

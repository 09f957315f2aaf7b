"""Bytes to clean text: BOMs, charset detection, mojibake repair, line endings."""

from __future__ import annotations

import codecs

import ftfy
from charset_normalizer import from_bytes

from pipeline.ingest.errors import Rejected

# Magic numbers of formats that are never article text, whatever the file is called.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "a program",
    b"RIFF": "an audio or video file",
}

WESTERN_MAX_NON_ASCII = 0.1

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Repair mojibake and control characters but keep typographic quotes and widths as written.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False
)


def decode(data: bytes) -> str:
    text = _to_text(data)
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise Rejected("binary", "The file holds binary data (control characters), not article text.")
    text = ftfy.fix_text(text, config=FTFY_CONFIG)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if not text.strip():
        raise Rejected("empty", "The file contains only white space.")
    return text


def _to_text(data: bytes) -> str:
    if not data.strip():
        raise Rejected("empty", "The file is empty." if not data else "The file contains only white space.")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise Rejected("undecodable", f"The file starts with a {encoding} byte-order mark but is not valid {encoding}.") from None
    for magic, what in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise Rejected("binary", f"The file is {what}, not article text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise Rejected("binary", "The file holds binary data (NUL bytes), not article text.")
    # Mostly-ASCII text with a few accented letters is Windows-1252/Latin-1: detectors guess
    # exotic code pages (cp932, cp1250) for so little evidence.
    if sum(byte > 127 for byte in data) / len(data) < WESTERN_MAX_NON_ASCII:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    best = from_bytes(data).best()
    if best is None:
        raise Rejected("undecodable", "The file's bytes are not text in any encoding that could be detected.")
    return str(best)


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)

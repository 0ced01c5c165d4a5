"""From bytes to text: refuse binary files, honour BOMs and declared charsets, repair mixed encodings."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from wirecheck.errors import InputError

# Signatures of common binary formats, so the error can say what the file looks like.
MAGIC = {
    b"%PDF": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office document)", b"\x1f\x8b": "gzip data", b"\x7fELF": "an executable",
    b"BZh": "bzip2 data", b"\xd0\xcf\x11\xe0": "an Office document", b"RIFF": "a RIFF media file",
    b"SQLite format 3": "a SQLite database",
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Control characters other than tab, newline, form feed and carriage return.
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13})


def decode(content: bytes | str, source: str) -> str:
    """Text of a document; InputError naming `source` if it is empty or binary.

    Example:
        >>> decode("café".encode("cp1252"), "a.txt")
        'café'
    """
    if isinstance(content, str):
        text = content
    else:
        if not content.strip():
            raise InputError(source, "empty document")
        text = _decode_bytes(content, source)
    text = text.replace("\x00", "")
    if not text.strip():
        raise InputError(source, "empty document")
    return text


def _decode_bytes(content: bytes, source: str) -> str:
    for bom, encoding in BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    _refuse_binary(content, source)
    declared = DECLARED_CHARSET.search(content[:4096])
    if declared:
        try:
            return content.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(content):
        # Mixed files (UTF-8 with pasted Windows-1252 bytes): keep the UTF-8, read the rest as cp1252.
        return content.decode("utf-8", errors="cp1252_fallback")
    best = from_bytes(content).best()
    if best is None:
        raise InputError(source, "cannot determine the text encoding")
    return str(best)


def _refuse_binary(content: bytes, source: str) -> None:
    for magic, description in MAGIC.items():
        if content.startswith(magic):
            raise InputError(source, f"binary file ({description}), not an article")
    sample = content[:8192]
    if b"\x00" in sample or sum(sample.count(byte) for byte in CONTROL_BYTES) > len(sample) * 0.05:
        raise InputError(source, "binary file (control bytes), not an article")


def _mostly_utf8(content: bytes) -> bool:
    multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", content))
    invalid = len(content.decode("utf-8", errors="replace").split("\ufffd")) - 1
    return multibyte > 0 and invalid <= multibyte


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("cp1252_fallback", _cp1252_fallback)

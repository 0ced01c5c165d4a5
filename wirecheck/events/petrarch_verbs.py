"""PETRARCH/TABARI verb dictionaries (e.g. PETR.Validate.verbs.txt) as wirecheck verb entries.

What converts: a block `--- VERB [CODE] ---` gives the default code of its verb forms; a pattern
`- * OBJECT [CODE]` or `- * PREPOSITION OBJECT [CODE]` (either word may be an `&SYNSET`) gives an object or
prepositional pattern. Patterns with words before the verb, reciprocal `%` patterns, and codes that are not
CAMEO (the validation file keeps many old WEIS codes) have no equivalent here and are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

from wirecheck.events.codebook import codebook
from wirecheck.resolve.petrarch import dictionary_lines

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*$")
PREPOSITIONS = {"with", "to", "against", "on", "in", "at", "for", "from", "into", "over", "of", "by", "near"}


def read_petrarch_verbs(path: Path) -> list[dict]:
    lines = list(dictionary_lines(path))
    synsets = _synsets(lines)
    entries: list[dict] = []
    current: dict | None = None
    for line in lines:
        block = BLOCK.match(line.strip())
        if block:
            current = {"lemmas": [block.group(1).lower()], "code": _cameo(block.group(2)), "patterns": []}
            entries.append(current)
            continue
        if current is None:
            continue
        pattern = PATTERN.match(line.strip())
        if pattern:
            converted = _pattern(pattern.group(1), _cameo(pattern.group(2)), synsets)
            if converted:
                current["patterns"].append(converted)
        elif re.match(r"^[A-Z][A-Z-]*\s*(\[|$)", line.strip()):
            current["lemmas"].append(line.split()[0].lower())
    for entry in entries:
        entry["lemmas"] = list(dict.fromkeys(entry["lemmas"]))
    return [e for e in entries if e["code"] or e["patterns"]]


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("&") and not stripped.startswith("&&"):
            name = stripped.split()[0].rstrip("_")
            synsets[name] = []
        elif stripped.startswith("+") and name:
            synsets[name].append(stripped[1:].split()[0].strip("_").replace("_", " ").lower())
        elif stripped.startswith("---"):
            name = None
    return synsets


def _pattern(text: str, code: str | None, synsets: dict[str, list[str]]) -> dict | None:
    if code is None or "%" in text:
        return None
    before, star, after = text.partition("*")
    if not star or before.strip():
        return None
    words = after.replace("_", " ").split()
    if len(words) == 1:
        return {"object": _expand(words[0], synsets), "code": code}
    if len(words) == 2 and words[0].lower() in PREPOSITIONS:
        return {"prep": [words[0].lower()], "object": _expand(words[1], synsets), "code": code}
    return None


def _expand(word: str, synsets: dict[str, list[str]]) -> list[str]:
    if word.startswith("&"):
        return [w for member in synsets.get(word.rstrip("_"), []) for w in _expand(member.upper(), synsets)]
    return [word.lower()]


def _cameo(text: str) -> str | None:
    code = text.split(":")[0].strip()
    return code if code in codebook() else None

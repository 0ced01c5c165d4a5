"""Reading PETRARCH/TABARI dictionaries (the format of ../shared/peer/petrarch2), so that users keep theirs.

Actors: a name line (words joined by `_`, optional `[CODE]`), `+synonym` lines, and tab-indented dated
codes `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]`. Agents: `WORD_WORD {PLURAL} [~CODE]`
with `!SET! = A, B` substitution sets. Comments start with `#` or are wrapped in `<!-- -->`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from wirecheck.errors import ConfigError
from wirecheck.resolve.actors import Actor, Role, slug

CODE = re.compile(r"\[([^\]]+)\]")
DATED = re.compile(r"^([A-Za-z0-9~]+)\s*(?:>\s*(\d{6}|\d{8})|<\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?$")
# "[---]" marks a name PETRARCH knows but deliberately leaves uncoded.
UNCODED = "---"
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
# TABARI's two-digit years: 30-99 are 1900s, 00-29 are 2000s.
CENTURY_PIVOT = 30


def read_petrarch_actors(path: Path) -> list[Actor]:
    """Actors from a PETRARCH actor dictionary; each block of names shares the codes that follow it."""
    actors: list[Actor] = []
    names: list[str] = []
    roles: list[Role] = []

    def flush():
        if names and roles:
            default = next((r.code for r in roles if r.start is None and r.end is None), None)
            dated = tuple(r for r in roles if r.start or r.end)
            actors.append(Actor(id=f"user:{slug(names[0])}", name=names[0], kind="user", code=default,
                                aliases=tuple(dict.fromkeys(names[1:])), roles=dated, source=path.name,
                                country=(default or dated[0].code)[:3]))
        names.clear()
        roles.clear()

    for line in dictionary_lines(path):
        if line.lstrip().startswith("["):
            roles.extend(_dated_roles(CODE.findall(line)))
            continue
        if roles:
            flush()
        name = _words(CODE.split(line, 1)[0].lstrip("+"))
        if name:
            names.append(name)
        roles.extend(_dated_roles(CODE.findall(line)))
    flush()
    return actors


def read_petrarch_agents(path: Path) -> dict[str, str]:
    """Role words from a PETRARCH agents dictionary: phrase (lower case) -> role code."""
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for line in dictionary_lines(path):
        found = SUBSTITUTION.match(line)
        if found:
            substitutions[found.group(1)] = [w.strip() for w in found.group(2).split(",")]
            continue
        codes = CODE.findall(line)
        if not codes:
            continue
        code = codes[-1].lstrip("~")[:3]
        phrase = CODE.split(line, 1)[0]
        plural = re.search(r"\{([^}]*)\}", phrase)
        phrase = re.sub(r"\{[^}]*\}", "", phrase)
        for variant in _expand(phrase, substitutions):
            agents[_words(variant).lower()] = code
        if plural and plural.group(1).strip():
            agents[_words(plural.group(1)).lower()] = code
    return {phrase: code for phrase, code in agents.items() if phrase}


def dictionary_lines(path: Path):
    """The meaningful lines of a PETRARCH dictionary: comments and blank lines removed."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read dictionary ({exc.strerror})") from exc
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


def _dated_roles(texts: list[str]) -> list[Role]:
    """Roles for the codes on a line; malformed dates (the Phoenix files have a few) are skipped."""
    roles = []
    for text in texts:
        found = DATED.match(text.strip())
        if found and found.group(1) != UNCODED:
            code, after, before, start, end = found.groups()
            try:
                roles.append(Role(code.upper(), start=_date(after or start), end=_date(before or end)))
            except ValueError:
                continue
    return roles


def _date(value: str | None) -> date | None:
    if not value:
        return None
    if len(value) == 8:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    year = int(value[:2])
    year += 1900 if year >= CENTURY_PIVOT else 2000
    return date(year, int(value[2:4]), int(value[4:6]))


def _words(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for marker, options in substitutions.items():
        if marker in phrase:
            return [v for option in options for v in _expand(phrase.replace(marker, option), substitutions)]
    return [phrase]

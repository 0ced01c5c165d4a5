"""The verb dictionary: verb lemmas (with particle, object and preposition patterns) to CAMEO codes.

Users extend it with their own YAML file of the same shape as data/verbs.yaml; their entries for a
lemma replace the bundled ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from wirecheck.errors import ConfigError
from wirecheck.events.codebook import codebook
from wirecheck.events.petrarch_verbs import read_petrarch_verbs


@dataclass(frozen=True)
class Pattern:
    code: str | None  # None: in this frame the verb is no event ("struck a conciliatory tone")
    objects: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    particle: str | None = None

    def matches(self, frame: "VerbFrame") -> bool:
        if self.particle and self.particle != frame.particle:
            return False
        if self.prepositions:
            heads = {lemma for prep in self.prepositions for lemma in frame.prepositional.get(prep, ())}
            if not heads and not any(prep in frame.prepositional for prep in self.prepositions):
                return False
            return not self.objects or bool(self.objects & heads)
        return not self.objects or bool(self.objects & frame.objects)

    def describe(self) -> str:
        parts = [f"particle={self.particle}"] if self.particle else []
        parts += [f"prep={'|'.join(sorted(self.prepositions))}"] if self.prepositions else []
        parts += [f"object={'|'.join(sorted(self.objects))[:40]}"] if self.objects else []
        return " ".join(parts)


@dataclass
class VerbFrame:
    """What the parse says around a verb: its particle, direct-object lemmas and prepositional objects."""

    lemma: str
    particle: str | None = None
    objects: set[str] = field(default_factory=set)
    prepositional: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    code: str | None
    patterns: tuple[Pattern, ...]
    source: str

    def code_for(self, frame: VerbFrame) -> tuple[str, str] | None:
        """(code, which pattern fired) for this frame, or None when the verb is no event in it."""
        for pattern in self.patterns:
            if pattern.matches(frame):
                if pattern.code is None:
                    return None
                return pattern.code, f"{self.source}:{self.lemma} {pattern.describe()}".strip()
        return (self.code, f"{self.source}:{self.lemma}") if self.code else None


class VerbDictionary:
    def __init__(self):
        self.entries: dict[str, VerbEntry] = {}
        self.receiving: set[str] = set()  # verbs whose subject gets what is given: the giver is the source

    @classmethod
    def load(cls, user_files: tuple[str, ...] = ()) -> "VerbDictionary":
        verbs = cls()
        verbs.add_file(resources.files("wirecheck.events") / "data" / "verbs.yaml", "verbs.yaml")
        for path in user_files:
            verbs.add_file(Path(path), Path(path).name)
        return verbs

    def add_file(self, path, name: str) -> None:
        """A YAML verb dictionary, or a PETRARCH/TABARI one (.txt), whose convertible patterns are taken."""
        if name.lower().endswith(".txt"):
            self.add_entries(read_petrarch_verbs(Path(str(path))), name)
            return
        try:
            entries = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read verb dictionary ({exc})") from exc
        self.add_entries(entries or [], name)

    def add_entries(self, entries: list[dict], name: str) -> None:
        known = codebook()
        for entry in entries:
            lemmas = entry.get("lemmas") or [entry.get("lemma")]
            patterns = tuple(Pattern(
                code=str(p["code"]) if p.get("code") is not None else None, objects=frozenset(_as_list(p.get("object"))),
                prepositions=frozenset(_as_list(p.get("prep"))), particle=p.get("particle"),
            ) for p in entry.get("patterns") or ())
            code = str(entry["code"]) if entry.get("code") else None
            for value in [code, *(p.code for p in patterns)]:
                if value is not None and value not in known:
                    raise ConfigError(f"{name}: {lemmas[0]!r} uses {value!r}, which is not a CAMEO code")
            for lemma in lemmas:
                if not lemma:
                    raise ConfigError(f"{name}: an entry has no lemma")
                self.entries[lemma.lower()] = VerbEntry(lemma.lower(), code, patterns, name)
                if entry.get("receiving"):
                    self.receiving.add(lemma.lower())

    def code_for(self, frame: VerbFrame) -> tuple[str, str] | None:
        entry = self.entries.get(frame.lemma)
        return entry.code_for(frame) if entry else None


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [str(v).lower() for v in (value if isinstance(value, list) else [value])]

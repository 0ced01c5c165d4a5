"""What the analysis stages hand to the store for one article: plain data, picklable, no spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ResolvedMention:
    """A span of the text and what it was resolved to.

    `kind` is actor, place, date, weapon, or entity (a name nothing resolved); `resolved` is an actor
    code (YEMREB), a place or weapon id, or an ISO date; `rule` says which entry or rule decided it.
    """

    start: int
    end: int
    text: str
    label: str
    kind: str
    resolved: str | None
    name: str | None = None
    confidence: float = 0.0
    rule: str = ""
    detail: dict = field(default_factory=dict)


@dataclass
class Annotations:
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[ResolvedMention] = field(default_factory=list)

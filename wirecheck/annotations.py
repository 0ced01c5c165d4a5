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
class CodedEvent:
    """Who did what to whom, when and where, in which mode, tied to the words that say it.

    `start`/`end` span the evidence (the clause of the event's verb), `trigger_start`/`trigger_end` the verb;
    `pattern` names the dictionary entry and pattern that fired.
    """

    start: int
    end: int
    trigger_start: int
    trigger_end: int
    sentence: int
    source: str | None
    target: str | None
    cameo: str
    mode: str
    modes: list[str] = field(default_factory=list)
    source_text: str | None = None
    target_text: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    pattern: str = ""


@dataclass
class Claim:
    """Words the article attributes to someone: what was said (`start`/`end`), the words that attribute it
    (`cue_start`/`cue_end`, `cue` the verb or phrase), who said it and through which outlets.

    `kind` is direct (in quotation marks), indirect (reported speech) or according ("according to X");
    `via` lists the outlets the words passed through, nearest the speaker first, the publisher last;
    `stance` is assert or deny; `events` are the indices, in Annotations.events, of the events it carries.
    """

    start: int
    end: int
    cue_start: int
    cue_end: int
    cue: str
    sentence: int
    kind: str
    stance: str = "assert"
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_actor: str | None = None
    speaker_name: str | None = None
    anonymous: bool = False
    descriptor: str | None = None
    via: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)


@dataclass
class Annotations:
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[ResolvedMention] = field(default_factory=list)
    events: list[CodedEvent] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

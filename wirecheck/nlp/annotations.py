"""What the NLP stage hands on: plain data, picklable across worker processes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Annotations:
    """Sentences as (start, end) character offsets, and entity mentions, for one text."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)

    @classmethod
    def from_doc(cls, doc) -> "Annotations":
        return cls(
            sentences=[(sentence.start_char, sentence.end_char) for sentence in doc.sents],
            entities=[EntityMention(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents],
        )

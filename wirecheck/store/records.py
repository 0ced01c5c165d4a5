"""What the store returns: plain dataclasses, the same for the CLI, the Python API and the web."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecheck.annotations import Claim, CodedEvent, ResolvedMention


@dataclass
class ArticleSummary:
    id: int
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    version: int
    words: int


@dataclass
class SearchHit:
    article: ArticleSummary
    snippet: str  # matched terms wrapped in HIGHLIGHT_START / HIGHLIGHT_END


@dataclass
class ActorCount:
    code: str
    name: str | None
    mentions: int
    articles: int


@dataclass
class ArticleDetail:
    summary: ArticleSummary
    text: str
    author: str | None
    language: str | None
    captions: list[str]
    source: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[ResolvedMention] = field(default_factory=list)

    def sentence_texts(self) -> list[str]:
        return [self.text[start:end].strip() for start, end in self.sentences]


@dataclass
class ClaimLink:
    """A claim that carries an event, as the event sees it: who says so, and whether they assert or deny."""

    id: int
    stance: str
    speaker: str | None
    via: list[str]


@dataclass
class StoredItem:
    """Something stored from an article (an event, a claim), with the article's id and metadata."""

    id: int
    article_id: int
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None


@dataclass
class EventRecord(StoredItem):
    """A stored event with the article it comes from and its evidence text."""

    evidence: str
    event: CodedEvent
    root: str
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None
    claims: list[ClaimLink] = field(default_factory=list)


@dataclass
class ClaimRecord(StoredItem):
    """A stored claim with its article, its content and cue text; `claim.events` holds event ids."""

    content: str
    cue_text: str
    claim: Claim


@dataclass(frozen=True)
class ClaimFilter:
    speaker: str | None = None  # words of the speaker's phrase, or an actor code prefix
    anonymous: bool | None = None
    outlet: str | None = None  # an outlet of the chain
    stance: str | None = None
    limit: int = 100


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # code prefix, as source or target
    cameo: str | None = None  # code prefix
    since: str | None = None
    until: str | None = None
    place: str | None = None
    mode: str | None = None
    limit: int = 100


HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"

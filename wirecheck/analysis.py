"""The analysis stages in order, in one place: NLP (with the knowledge components), resolution, event
coding, claim attribution. Ingest, eval and bench all analyse articles through this, so they cannot drift apart."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from wirecheck.annotations import Annotations
from wirecheck.claims import link_events, load_claim_finder, speaker_pronouns
from wirecheck.config import Settings
from wirecheck.events import load_event_coder
from wirecheck.nlp import annotate, load_pipeline
from wirecheck.resolve import load_knowledge, resolve
from wirecheck.resolve.dates import parse_iso_date

Context = TypeVar("Context")


class Analyzer:
    """Example:
        >>> analyzer = Analyzer(Settings())
        >>> [annotations] = [a for a, _ in analyzer.analyse([("Russia armed the Houthis.", "2024-09-25")])]
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = load_pipeline(settings.models, actor_files=settings.actor_dictionaries,
                                 agent_files=settings.agent_dictionaries)
        self.knowledge = load_knowledge(settings.actor_dictionaries, settings.agent_dictionaries)
        self.coder = load_event_coder(settings.verb_dictionaries)
        self.claims = load_claim_finder(self.knowledge.actors)

    def analyse(self, items: Iterable[tuple[str, Context]], published_of=lambda context: context,
                publisher_of=lambda context: None) -> Iterator[tuple[Annotations, Context]]:
        """Annotations for each (text, context) pair, in order; `published_of(context)` gives the date and
        `publisher_of(context)` the publisher, the last link of every outlet chain."""
        for doc, context in annotate(items, self.nlp, jobs=self.settings.jobs, batch_size=self.settings.batch_size):
            published = published_of(context)
            published = parse_iso_date(published) if isinstance(published, str) else published
            annotations = resolve(doc, published, self.knowledge)
            annotations.claims = self.claims.find(doc, annotations.mentions, publisher_of(context))
            annotations.mentions += speaker_pronouns(doc, annotations.claims)
            annotations.events = self.coder.code(doc, annotations.mentions, published)
            link_events(doc, annotations.claims, annotations.events, self.coder.nouns)
            yield annotations, context

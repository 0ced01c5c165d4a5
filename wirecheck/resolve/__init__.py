"""Resolution: who (actors), where (places), when (dates) and with what (weapon systems), as editable
knowledge in data files, put into the spaCy pipeline and linked with a rule and a confidence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from wirecheck.annotations import Annotations, ResolvedMention
from wirecheck.resolve.dates import parse_iso_date, resolve_date
from wirecheck.resolve.knowledge import Knowledge, load_knowledge
from wirecheck.resolve.link import link, link_name

__all__ = ["Knowledge", "load_knowledge", "resolve", "resolve_actor_phrase", "resolve_date"]


def resolve(doc: Doc, published: str | date | None, knowledge: Knowledge) -> Annotations:
    """Sentences and resolved mentions of one parsed article."""
    if isinstance(published, str):
        published = parse_iso_date(published)
    return Annotations(sentences=[(s.start_char, s.end_char) for s in doc.sents],
                       mentions=link(doc, published, knowledge))


def resolve_actor_phrase(text: str, published: str | date | None, nlp, knowledge: Knowledge) -> ResolvedMention | None:
    """The actor a short phrase names ("Shanghai police" -> CHNCOP), as the article pipeline would code it:
    the widest actor mention wins, else the country of the widest place.

    Example:
        >>> resolve_actor_phrase("a Western intelligence source", None, nlp, knowledge).resolved
        'WSTSPY'
    """
    mentions = resolve(nlp(text), published, knowledge).mentions
    actors = [m for m in mentions if m.kind == "actor" and m.resolved]
    if not actors and not any(m.kind == "place" for m in mentions):
        # A bare name NER did not mark ("Mariupol", "Riigikogu"): look the whole phrase up.
        mentions = link_name(text, published, knowledge)
        actors = [m for m in mentions if m.kind == "actor" and m.resolved]
    if actors:
        return max(actors, key=lambda m: (m.end - m.start, m.confidence))
    places = [m for m in mentions if m.kind == "place" and m.detail.get("country")]
    if places:
        place = max(places, key=lambda m: m.end - m.start)
        return ResolvedMention(place.start, place.end, place.text, place.label, "actor", place.detail["country"],
                               place.name, place.confidence, f"place-country:{place.rule}")
    return None

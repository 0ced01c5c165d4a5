"""Resolution: who (actors), where (places), when (dates) and with what (weapon systems), as editable
knowledge in data files, put into the spaCy pipeline and linked with a rule and a confidence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from wirecheck.annotations import Annotations
from wirecheck.resolve.dates import parse_iso_date, resolve_date
from wirecheck.resolve.knowledge import Knowledge, load_knowledge
from wirecheck.resolve.link import link

__all__ = ["Knowledge", "load_knowledge", "resolve", "resolve_date"]


def resolve(doc: Doc, published: str | date | None, knowledge: Knowledge) -> Annotations:
    """Sentences and resolved mentions of one parsed article."""
    if isinstance(published, str):
        published = parse_iso_date(published)
    return Annotations(sentences=[(s.start_char, s.end_char) for s in doc.sents],
                       mentions=link(doc, published, knowledge))

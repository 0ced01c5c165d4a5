"""Event coding: CAMEO events with PLOVER types, modes and evidence spans, from the parse and the
resolved mentions."""

from __future__ import annotations

from functools import cache

from wirecheck.events.codebook import CameoCode, codebook
from wirecheck.events.coder import EventCoder
from wirecheck.events.modes import ModeLexicon
from wirecheck.events.nouns import NounDictionary
from wirecheck.events.statements import StatementLexicon
from wirecheck.events.verbs import VerbDictionary

__all__ = ["CameoCode", "EventCoder", "codebook", "load_event_coder"]


@cache
def load_event_coder(verb_files: tuple[str, ...] = ()) -> EventCoder:
    """The coder with the bundled verb dictionary and the user's verb files (their entries win)."""
    return EventCoder(VerbDictionary.load(tuple(verb_files)), ModeLexicon.load(), NounDictionary.load(),
                       StatementLexicon.load())

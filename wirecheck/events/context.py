"""Targets from context: an act whose sentence names no addressee is addressed to the actor named just
before it. "Washington quietly shipped a small number of the missiles", after a sentence on Ukraine's
use of them, is a shipment to Ukraine; "the Pentagon condemned", after "Turkey test-fired the S-400",
condemns Turkey.

Statements of the speaker's own (01x: "declined to comment", "denied the report") and appeals for a
state of affairs (02x: "called for restraint") often have no addressee and keep none.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from wirecheck.annotations import CodedEvent, ResolvedMention
from wirecheck.events.codebook import codebook

UNADDRESSED_ROOTS = {"01", "02"}
# A mediation (045) with no parties named mediates between the sides of the consultation or agreement
# (04x, 05x) coded just before it.
MEDIATION = "045"
MEDIATED_ROOTS = {"04", "05"}
# How many sentences back the addressee may be named.
SENTENCES_BACK = 2
# Conflict (GDELT quad classes 3 and 4) by conjoined actors is joint action against a third party ("U.S.
# and British warships struck"); cooperation by them is mutual ("Saudi Arabia and Iran agreed to restore ties").
CONFLICT_QUAD_CLASSES = {3, 4}


def fill_targets_from_context(sentence_starts: list[int], events: list[CodedEvent], actors: list[ResolvedMention],
                              reactions: set[int]) -> list[CodedEvent]:
    """The events in text order, each target-less one given the nearest of the `actors` (the mentions an
    event may have as actors) named before it, within two sentences (`sentence_starts`: their character
    offsets), that is not its source (nor, for conflict, a source conjoined with it); a reaction to
    an act (`reactions`: trigger offsets of verbs whose object is "the move", "the decision") is given
    the author of the last act coded before it, and a mediation one event per side of what it mediated."""
    ordered = sorted(events, key=lambda e: e.trigger_start)
    candidates = _addressable_actors(actors)
    sources_of: dict[int, set[str]] = {}
    for event in ordered:
        sources_of.setdefault(event.trigger_start, set()).add(event.source[:3])
    codes = codebook()
    filled = []
    for event in ordered:
        if event.target is None and event.cameo == MEDIATION and (parties := _parties_before(filled, event)):
            filled += [replace(event, target=code, target_text=text, confidence=round(event.confidence - 0.1, 2))
                       for code, text in parties]
            continue
        if event.target is None and event.cameo[:2] not in UNADDRESSED_ROOTS:
            conflict = event.cameo in codes and codes[event.cameo].quad_class in CONFLICT_QUAD_CLASSES
            excluded = sources_of[event.trigger_start] if conflict else {event.source[:3]}
            earliest = sentence_starts[max(0, event.sentence - SENTENCES_BACK)]
            named = (_author_before(filled, event.sentence - SENTENCES_BACK, excluded)
                     if event.trigger_start in reactions else None)
            named = named or _nearest_before(candidates, earliest, event.trigger_start, excluded)
            if named is not None:
                event = replace(event, target=named[0], target_text=named[1],
                                confidence=round(event.confidence - 0.1, 2))
        filled.append(event)
    return filled


def _parties_before(events: list[CodedEvent], mediation: CodedEvent) -> list[tuple[str, str]]:
    """The two sides of the last consultation or agreement coded before a mediation, which it mediated:
    "Russia is in talks with the Houthis ... The talks are brokered by Iran"."""
    mediator = mediation.source[:3]
    for event in reversed(events):
        if mediation.sentence - event.sentence > SENTENCES_BACK:
            return []
        if (event.cameo[:2] in MEDIATED_ROOTS and event.target is not None
                and mediator not in (event.source[:3], event.target[:3])):
            return [(event.source, event.source_text), (event.target, event.target_text)]
    return []


def _author_before(events: list[CodedEvent], earliest_sentence: int, excluded: set[str]) -> tuple[str, str] | None:
    """The source of the last act coded before (not a mere statement), which a reaction is most likely about."""
    for event in reversed(events):
        if event.sentence < earliest_sentence:
            return None
        if event.source[:3] not in excluded and event.cameo[:2] not in UNADDRESSED_ROOTS:
            return event.source, event.source_text
    return None


def _nearest_before(candidates: list[ResolvedMention], earliest: int, before: int,
                    excluded: set[str]) -> tuple[str, str] | None:
    starts = [m.start for m in candidates]
    for mention in reversed(candidates[bisect_right(starts, earliest - 1):bisect_right(starts, before - 1)]):
        if mention.resolved[:3] not in excluded:
            return mention.resolved, mention.text
    return None


def _addressable_actors(actors: list[ResolvedMention]) -> list[ResolvedMention]:
    """Actor mentions in text order, without news media (the outlet reporting is no party to the act) and
    without demonyms inside a wider actor's, which only describe it ("Armenian" in "ethnic Armenian forces
    in Karabakh", AZEREB); a place inside one is an actor of its own ("Russia's ambassador in Berlin")."""
    ordered = sorted((m for m in actors if "MED" not in m.resolved[3:]), key=lambda m: (m.start, -m.end))
    kept, widest_end = [], -1
    for mention in ordered:
        if mention.end <= widest_end and mention.label == "NORP":
            continue
        kept.append(mention)
        widest_end = max(widest_end, mention.end)
    return kept

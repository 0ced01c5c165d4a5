"""Outlet chains: who passed the words on, nearest the speaker first, the article's publisher last.

An outlet is in a claim's chain when the speaker told it ("told Reuters"), it quoted the speaker
("was quoted by Interfax as saying"), or its own report carries the claim ("Y said X, TASS reported";
"according to the newspaper, ..."). Such a report is a link of the chain, not a claim of its own.
"""

from __future__ import annotations

from wirecheck.annotations import Claim
from wirecheck.claims.cues import CueLexicon
from wirecheck.claims.speakers import SpeakerResolver
from wirecheck.resolve.actors import ActorBook


def attach_outlets(claims: list[Claim], resolver: SpeakerResolver, publisher: str | None, cues: CueLexicon,
                   actors: ActorBook) -> list[Claim]:
    outlets = {id(c): resolver.outlet_speaking(c.speaker_start, c.speaker_end) for c in claims
               if c.speaker_start is not None}
    links = {id(outer) for outer in claims if outlets.get(id(outer)) and any(
        _carries(outer, inner) for inner in claims if inner is not outer)}
    lead_outlet = _lead_outlet(claims, outlets)
    wire = resolver.dateline_outlet()
    for claim in claims:
        carriers = sorted((outer for outer in claims if id(outer) in links and _carries(outer, claim)),
                          key=lambda outer: outer.end - outer.start)
        chain = [*claim.via, *(outlets[id(outer)] for outer in carriers)]
        if not chain and lead_outlet and claim.anonymous and _is_source(claim, cues):
            # Unnamed officials quoted in a rewrite of another outlet's report are that outlet's sources.
            chain = [lead_outlet]
        if wire:
            chain.append(wire)  # a wire copy ("MOSCOW, Oct 17 (Reuters) -"): everything in it came through the wire
        if publisher:
            chain.append(publisher)
        speaking = outlets.get(id(claim))
        claim.via = _without_repeats([name for name in chain if not (speaking and _same_outlet(name, speaking, actors))],
                                     actors)
    return [claim for claim in claims if id(claim) not in links]


def _carries(outer: Claim, inner: Claim) -> bool:
    """The outer claim's content holds the inner claim's cue ("TASS reported that [Y said X]"), or both are
    one sentence's report of the same words ("Y said X, TASS reported")."""
    if outer is inner:
        return False
    if outer.start <= inner.cue_start and inner.cue_end <= outer.end:
        return True
    return outer.sentence == inner.sentence and min(outer.end, inner.end) > max(outer.start, inner.start)


def _lead_outlet(claims: list[Claim], outlets: dict[int, str | None]) -> str | None:
    """The outlet whose report the article's first sentence attributes itself to ("..., Reuters reported",
    "..., Reuters reported, citing ...")."""
    first = [outlets.get(id(c)) or c.via[0] for c in claims if c.sentence == 0 and (outlets.get(id(c)) or c.via)]
    return first[0] if first else None


def _is_source(claim: Claim, cues: CueLexicon) -> bool:
    head = (claim.descriptor or "").split()[-1:] or [""]
    return head[0].lower() in cues.source_nouns


def _without_repeats(names: list[str], actors: ActorBook) -> list[str]:
    """The chain without an outlet named twice in a row ("Agence France-Presse" then publisher "AFP")."""
    kept: list[str] = []
    for name in names:
        if not kept or not _same_outlet(kept[-1], name, actors):
            kept.append(name)
    return kept


def same_outlets(first: list[str], second: list[str], actors: ActorBook) -> bool:
    """Two chains name the same outlets in the same order: "AFP" is "Agence France-Presse"."""
    return len(first) == len(second) and all(_same_outlet(a, b, actors) for a, b in zip(first, second))


def _same_outlet(first: str, second: str, actors: ActorBook) -> bool:
    if outlet_key(first) == outlet_key(second):
        return True
    known = [{actor.id for actor in actors.lookup(name) if actor.kind == "outlet"} for name in (first, second)]
    return bool(known[0] & known[1])


def outlet_key(name: str) -> str:
    """Outlet names compare without case and a leading "The" ("the Wall Street Journal")."""
    name = name.casefold().strip()
    return name[4:] if name.startswith("the ") else name

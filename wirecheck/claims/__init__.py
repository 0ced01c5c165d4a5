"""Claim attribution: quotes and reported speech, their speakers, outlet chains, stances and hedges, and the
events each claim carries."""

from __future__ import annotations

from wirecheck.claims.cues import load_cues
from wirecheck.claims.finder import ClaimFinder
from wirecheck.claims.links import link_events, speaker_pronouns
from wirecheck.resolve.actors import ActorBook

__all__ = ["ClaimFinder", "link_events", "load_claim_finder", "speaker_pronouns"]


def load_claim_finder(actors: ActorBook) -> ClaimFinder:
    return ClaimFinder(load_cues(), actors)

"""Claim attribution: quotes and reported speech, their speakers, outlet chains, stances and hedges, and the
events each claim carries."""

from __future__ import annotations

from functools import cache

from wirecheck.claims.cues import load_cues
from wirecheck.claims.finder import ClaimFinder
from wirecheck.claims.links import link_events

__all__ = ["ClaimFinder", "link_events", "load_claim_finder"]


@cache
def load_claim_finder() -> ClaimFinder:
    return ClaimFinder(load_cues())

"""Which events each claim carries, so that an event knows who asserts it and who denies it; and the
first-person pronouns of quotations, which stand for their speaker.

A claim carries the events stated inside its content. A denial whose content names no event of its own
("denied knowledge of the discussions") carries the article's events of the kind it names (talks: 04)
that involve the denier; those events get "denied" among their modes, keeping their own main mode.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirecheck.annotations import Claim, CodedEvent, ResolvedMention
from wirecheck.events.nouns import NounDictionary
from wirecheck.events.verbs import VerbFrame

FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}


def link_events(doc: Doc, claims: list[Claim], events: list[CodedEvent], nouns: NounDictionary) -> None:
    for claim in claims:
        claim.events = [i for i, event in enumerate(events) if claim.start <= event.trigger_start < claim.end]
        if claim.stance == "deny" and not claim.events and claim.speaker_actor:
            claim.events = _denied_elsewhere(doc, claim, events, nouns)
        if claim.stance == "deny":
            for i in claim.events:
                if "denied" not in events[i].modes:
                    events[i].modes = [*events[i].modes, "denied"]


def speaker_pronouns(doc: Doc, claims: list[Claim]) -> list[ResolvedMention]:
    """"We", "our" and "I" in a quotation stand for its speaker: "“We condemn the strikes,” the ministry
    said" makes the ministry the one who condemns."""
    found = []
    for claim in claims:
        if claim.kind != "direct" or not claim.speaker_actor:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        for token in span if span is not None else ():
            if token.lower_ in FIRST_PERSON:
                found.append(ResolvedMention(
                    start=token.idx, end=token.idx + len(token), text=token.text, label="PRON", kind="actor",
                    resolved=claim.speaker_actor, name=claim.speaker_name, confidence=0.7, rule="quote-speaker",
                    detail={"speaker": claim.speaker}))
    return found


def _denied_elsewhere(doc: Doc, claim: Claim, events: list[CodedEvent], nouns: NounDictionary) -> list[int]:
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    roots = {found[0][:2] for token in span if token.pos_ == "NOUN"
             and (found := nouns.code_for(VerbFrame(lemma=token.lemma_.lower()))) is not None}
    party = claim.speaker_actor[:3]
    return [i for i, event in enumerate(events) if event.cameo[:2] in roots and event.sentence != claim.sentence
            and party in ((event.source or "")[:3], (event.target or "")[:3])]

"""Mentions that name no country themselves, resolved by the article's other mentions, as a reader does:
"Cardin said" is the "Senator Ben Cardin" named before; "the spokesman added" is the spokesman named
before; "Government spokesman Steffen Hebestreit said Berlin would..." speaks for the government of the
one country whose government the sentence names; "the North", after "North Korea", is North Korea."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wirecheck.annotations import ResolvedMention

ROLE_ONLY = "role-only"
# How sure each rule is: a definite description or a surname repeats its antecedent more often than a
# sentence's other actor gives a role its country.
CONFIDENCE = {"surname": 0.75, "definite": 0.65, "sentence": 0.6}
# Words that name a divided country's half after its full name was given ("North Korea" ... "the North").
COMPASS_HALVES = {"North", "South"}


def resolve_by_context(doc: Doc, mentions: list[ResolvedMention]) -> list[ResolvedMention]:
    """The mentions in text order, with unknown surnames and role-only phrases resolved where the
    article's earlier mentions or the sentence decide them."""
    resolved: list[ResolvedMention] = []
    mentions = sorted([*mentions, *_compass_references(doc, mentions)], key=lambda m: (m.start, -m.end, m.kind))
    for mention in mentions:
        found = None
        if _unknown_person(mention):
            found = _named_before(mention, resolved)
        elif mention.kind == "actor" and mention.rule.startswith(ROLE_ONLY):
            found = _described_before(doc, mention, resolved) or _role_in_sentence(doc, mention, mentions)
        resolved.append(found or mention)
    return resolved


def _compass_references(doc: Doc, mentions: list[ResolvedMention]) -> list[ResolvedMention]:
    """"the North" and "the South" stand for the country of that half named before: "North Korea ...
    shipped containers to the North" is North Korea."""
    found = []
    for token in doc:
        if token.text in COMPASS_HALVES and token.i > 0 and token.nbor(-1).lower_ == "the" \
                and not (token.i + 1 < len(doc) and token.nbor(1).pos_ == "PROPN"):
            named = [m for m in mentions if m.kind == "actor" and m.end <= token.idx and m.label == "GPE"
                     and m.text.startswith(token.text + " ") and m.detail.get("kind") == "country"]
            if named:
                country = named[-1]
                found.append(ResolvedMention(token.idx, token.idx + len(token), token.text, "GPE", "actor",
                                             country.resolved, country.name, CONFIDENCE["definite"],
                                             f"coreference:compass:{country.text}", dict(country.detail)))
    return found


def _unknown_person(mention: ResolvedMention) -> bool:
    return mention.label == "PERSON" and not mention.resolved


def _has_country(mention: ResolvedMention) -> bool:
    return mention.kind == "actor" and bool(mention.resolved) and not mention.rule.startswith(ROLE_ONLY)


def _named_before(person: ResolvedMention, before: list[ResolvedMention]) -> ResolvedMention | None:
    """A surname alone stands for the person last named with it: "Senator Ben Cardin ... Cardin said"."""
    surname = person.text.split()[-1]
    for earlier in reversed(before):
        if _has_country(earlier) and earlier.text != person.text and earlier.text.split()[-1] == surname \
                and len(earlier.text.split()) > 1:
            return _as(person, earlier.resolved, f"coreference:surname:{earlier.text}", "surname")
    return None


def _described_before(doc: Doc, role: ResolvedMention, before: list[ResolvedMention]) -> ResolvedMention | None:
    """"The spokesman", "the ministry", "the regime" stand for the last actor named with that word."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    head = span.text.casefold()
    for earlier in reversed(before):
        if _has_country(earlier) and head in earlier.text.casefold().split():
            return _as(role, earlier.resolved, f"coreference:definite:{earlier.text}", "definite")
    return None


def _role_in_sentence(doc: Doc, role: ResolvedMention, mentions: list[ResolvedMention]) -> ResolvedMention | None:
    """A named official or an unnamed one ("Senator Ben Cardin, who chairs the Senate Foreign Relations
    Committee"; "Niger's junta has revoked..., a government spokesman said") belongs to the one country
    whose actors of the same role the sentence names. "The junta" is no such official: a definite
    description refers back, and may be another country's than the sentence's ("Paris said the junta...")."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    code = role.detail.get("role") or ""
    if span is None or not code or not (any(e.label_ == "PERSON" for e in span.ents) or _indefinite(span)):
        return None
    sentence = span.sent
    countries = {m.resolved[:3] for m in mentions
                 if _has_country(m) and sentence.start_char <= m.start < sentence.end_char and m.resolved[3:6] == code}
    if len(countries) != 1:
        return None
    return _as(role, countries.pop() + code, "coreference:sentence", "sentence")


def _indefinite(span) -> bool:
    """"a government spokesman": one unnamed official."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an") and span.root.tag_ == "NN"


def _as(mention: ResolvedMention, code: str, rule: str, how: str) -> ResolvedMention:
    return replace(mention, kind="actor", resolved=code, confidence=CONFIDENCE[how], rule=rule)

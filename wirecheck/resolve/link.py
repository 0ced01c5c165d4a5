"""Linking mentions to knowledge: each entity and actor phrase gets an id or code, a confidence, and the
rule or dictionary entry that decided it. Ambiguity is settled by the article's other mentions where it
can be, and left open, with the candidates, where it cannot."""

from __future__ import annotations

from collections import Counter
from datetime import date

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from wirecheck.annotations import ResolvedMention
from wirecheck.resolve.actors import Actor
from wirecheck.resolve.coreference import resolve_by_context
from wirecheck.resolve.dates import resolve_date
from wirecheck.resolve.knowledge import Knowledge
from wirecheck.resolve.patterns import ACTOR_PHRASES, WEAPON_LABEL
from wirecheck.resolve.places import SHARED_WATERS, Place

# Words before a surname that are titles, not first names.
TITLES = {"president", "prime", "minister", "mr", "mrs", "ms", "dr", "sen", "senator", "gen", "general", "king",
          "queen", "prince", "crown", "sheikh", "ayatollah", "secretary", "chancellor", "governor", "deputy",
          "foreign", "defence", "defense", "former", "vice", "speaker", "colonel", "admiral", "marshal", "pope"}
ACTOR_ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
# How sure each way of deciding is; read as "how often this rule is right" on news text.
CONFIDENCE = {"pattern": 0.95, "alias": 0.9, "surname": 0.75, "fuzzy": 0.65, "context": 0.7, "first": 0.5,
              "phrase": 0.85, "role-only": 0.6, "date": 0.9, "place": 0.85}
# Participles after a hyphen that make the name before it the owner: "Norwegian-owned", "Israeli-linked".
OWNERSHIP_PARTICIPLES = {"owned", "linked", "operated", "managed"}
# Roles of armed men, which an ethnic group's or a region's forces have as rebels.
ARMED_ROLES = {"MIL", "REB"}
# When several actors share a name, this order breaks ties that context cannot.
KIND_PRIORITY = ("person", "group", "capital", "seat", "military", "intelligence", "legislature", "police",
                 "agency", "court", "party", "organisation", "outlet", "company", "university", "think_tank", "ngo",
                 "religious", "criminal_group", "country", "region", "user")


def link(doc: Doc, published: date | None, knowledge: Knowledge) -> list[ResolvedMention]:
    """All resolved mentions of a parsed article, in text order.

    Example:
        >>> [m.resolved for m in link(nlp("The Houthis denied it."), None, load_knowledge()) if m.kind == "actor"]
        ['YEMREB']
    """
    linker = _Linker(doc, published, knowledge)
    mentions = [m for ent in linker.ents for m in linker.entity(ent)]
    mentions += [m for span in doc.spans.get(ACTOR_PHRASES, []) if (m := linker.phrase(span))]
    return resolve_by_context(doc, sorted(mentions, key=lambda m: (m.start, -m.end, m.kind)))


def link_name(text: str, published: date | None, knowledge: Knowledge) -> list[ResolvedMention]:
    """Mentions for a whole phrase taken as one name (for phrases NER leaves unmarked)."""
    doc = Doc(Vocab(), words=text.split())
    doc.ents = [Span(doc, 0, len(doc), label="GPE")]
    return _Linker(doc, published, knowledge).entity(doc.ents[0])


class _Linker:
    def __init__(self, doc: Doc, published: date | None, knowledge: Knowledge):
        self.doc, self.published, self.knowledge = doc, published, knowledge
        self.ents = list(doc.ents)  # doc.ents and Span.ents rebuild the list on every call
        self.context, self.local_context = self._countries_in_context()

    # -- entities ---------------------------------------------------------------------------------------------

    def entity(self, ent: Span) -> list[ResolvedMention]:
        if ent.label_ == "DATE":
            return [self._date(ent)]
        if ent.label_ == WEAPON_LABEL:
            return [self._weapon(ent)]
        actor = self._actor_mention(ent) if ent.label_ in ACTOR_ENTITY_LABELS else None
        place = self._place_mention(ent) if ent.label_ in PLACE_ENTITY_LABELS else None
        if actor and place and place.rule.endswith(":context") and actor.resolved and \
                place.detail["country"] != actor.resolved[:3] and actor.detail.get("kind") == "country":
            # "Georgia" near "Atlanta" is the US state: the place decided by context names the actor too.
            actor = ResolvedMention(actor.start, actor.end, actor.text, actor.label, "actor", place.detail["country"],
                                    place.name, CONFIDENCE["context"], "gazetteer:context", {"place": place.resolved})
        mentions = [m for m in (actor, place) if m]
        return mentions or [ResolvedMention(ent.start_char, ent.end_char, ent.text, ent.label_, "entity", None)]

    def _date(self, ent: Span) -> ResolvedMention:
        found = resolve_date(ent.text, self.published)
        return ResolvedMention(ent.start_char, ent.end_char, ent.text, "DATE", "date", found and found.value,
                               confidence=CONFIDENCE["date"] if found else 0.0, rule="dateparser",
                               detail={"precision": found.precision} if found else {})

    def _weapon(self, ent: Span) -> ResolvedMention:
        candidates = ([self.knowledge.weapons.weapons[ent.ent_id_.split(":", 1)[1]]] if ent.ent_id_
                      else self.knowledge.weapons.lookup(ent.text))
        weapon = candidates[0] if candidates else None
        return ResolvedMention(
            ent.start_char, ent.end_char, ent.text, WEAPON_LABEL, "weapon", weapon and weapon.id,
            weapon and weapon.name, CONFIDENCE["pattern"] if weapon else 0.0, "weapons.yaml",
            {"category": weapon.category, "producer": weapon.producer, "type": weapon.type} if weapon else {})

    def _actor_mention(self, ent: Span) -> ResolvedMention | None:
        actor, rule, candidates = self.actor_for(ent)
        if actor is None:
            if ent.label_ in ("PERSON", "ORG") and candidates:
                return ResolvedMention(ent.start_char, ent.end_char, ent.text, ent.label_, "actor", None,
                                       rule="ambiguous", detail={"candidates": [c.id for c in candidates]})
            return None
        codes = actor.codes_on(self.published)
        return ResolvedMention(ent.start_char, ent.end_char, ent.text, ent.label_, "actor", codes[0], actor.name,
                               CONFIDENCE[rule], f"{actor.source}:{rule}",
                               {"actor": actor.id, "kind": actor.kind, "wikidata": actor.wikidata}
                               | ({"candidates": [c.id for c in candidates]} if len(candidates) > 1 else {}))

    def actor_for(self, ent: Span) -> tuple[Actor | None, str, list[Actor]]:
        """The actor a name stands for, how that was decided, and every candidate considered."""
        actors = self.knowledge.actors
        if ent.ent_id_ and ent.ent_id_ in actors.actors:
            return actors.actors[ent.ent_id_], "pattern", [actors.actors[ent.ent_id_]]
        candidates = actors.lookup(ent.text)
        rule = "alias"
        if not candidates and ent.label_ == "PERSON":
            candidates, rule = self._by_surname(ent), "surname"
        if not candidates:
            candidates, rule = actors.fuzzy(ent.text, person=ent.label_ == "PERSON"), "fuzzy"
        if ent.label_ == "PERSON":
            candidates = [c for c in candidates if c.kind in ("person", "user")]
        candidates = [c for c in candidates if c.codes_on(self.published)]
        if len(candidates) <= 1 or len({tuple(c.codes_on(self.published)) for c in candidates}) == 1:
            return (candidates[0] if candidates else None), rule, candidates
        if self.published is not None:
            serving = [c for c in candidates if not c.roles or any(r.active_on(self.published) for r in c.roles)]
            if len(serving) == 1:
                return serving[0], rule, candidates
            candidates = serving or candidates
        chosen = self._by_context(candidates, lambda actor: actor.country)
        if chosen is not None:
            return chosen, "context", candidates
        ranked = sorted(candidates, key=_priority)
        if _priority(ranked[0]) < _priority(ranked[1]):
            return ranked[0], "first", candidates
        return None, "ambiguous", candidates

    def _by_surname(self, ent: Span) -> list[Actor]:
        """"Mohamed Abdel-Salam" is known as "Abdel-Salam"; but "Tony Blair" is not Bill Blair."""
        for begin in range(1, len(ent)):
            people = [a for a in self.knowledge.actors.lookup(ent[begin:].text) if a.kind == "person"]
            given = ent[:begin].text.casefold()
            people = [p for p in people if not _names_another_person(given, p)]
            if people:
                return people
        return []

    def _place_mention(self, ent: Span) -> ResolvedMention | None:
        place, rule, candidates = self.place_for(ent.text, ent.ent_id_)
        if place is None:
            return None
        return ResolvedMention(ent.start_char, ent.end_char, ent.text, ent.label_, "place", place.id, place.name,
                               CONFIDENCE[rule], f"gazetteer:{rule}",
                               {"lat": place.lat, "lon": place.lon, "country": place.country, "kind": place.kind}
                               | ({"candidates": len(candidates)} if len(candidates) > 1 else {}))

    def place_for(self, text: str, pattern_id: str = "") -> tuple[Place | None, str, list[Place]]:
        places = self.knowledge.places
        if pattern_id.startswith("region:") and pattern_id in places.places:
            return places.places[pattern_id], "pattern", [places.places[pattern_id]]
        candidates = places.lookup(text)
        if len(candidates) <= 1:
            return (candidates[0] if candidates else None), "place", candidates
        countries = [c for c in candidates if c.kind == "country"]
        # Towns and regions named nearby decide; a country's own name is no evidence for one of its states.
        chosen = self._by_context(candidates, lambda place: place.country,
                                  self.local_context if countries else self.context)
        if chosen is not None:
            return chosen, "context", candidates
        if countries:
            return countries[0], "place", candidates
        return max(candidates, key=lambda place: place.population), "first", candidates

    # -- actor phrases ----------------------------------------------------------------------------------------

    def phrase(self, span: Span) -> ResolvedMention | None:
        """'Russian navy' -> RUSMIL, 'Turkey's defence ministry' -> TURGOV, 'Houthi spokesman' -> YEMREB."""
        inside = [ent for ent in self.ents if span.start <= ent.start and ent.end <= span.end]
        if any((ent.start, ent.end) == (span.start, span.end) for ent in inside):
            return None  # the name alone: its entity mention says it all
        inside = [ent for ent in inside if not _backs_the_actor(ent)]
        base_ent, base = next(((ent, code) for ent in inside if (code := self._base_code(ent))), (None, None))
        base = base or self._owner_code(span)
        role_phrase, role = self._role(span, base_ent)
        if not role:
            return None  # no role word: the names inside carry their own mentions
        if role in ARMED_ROLES and (ethnic := _names_a_people(span)) or role == "REB":
            base, role = self._armed_group_of_place(span, base, role, ethnic)
        rule = "phrase" if base else "role-only"
        return ResolvedMention(span.start_char, span.end_char, span.text, "ACTOR", "actor", _combine(base, role),
                               None, CONFIDENCE[rule], f"{rule}:{role_phrase}", {"role": role, "base": base})

    def _base_code(self, ent: Span) -> str | None:
        actor, _rule, _candidates = self.actor_for(ent)
        if actor is not None:
            return actor.codes_on(self.published)[0]
        if ent.label_ not in PLACE_ENTITY_LABELS:
            return None  # a ship's or a work's name ("tanker Swan Atlantic") is no town of that name
        place, _rule, _candidates = self.place_for(ent.text, ent.ent_id_)
        return place.country if place and place.kind not in SHARED_WATERS else None

    def _armed_group_of_place(self, span: Span, base: str | None, role: str, ethnic: bool) -> tuple[str | None, str]:
        """Rebels are coded by the country they fight in, not their kin's: "ethnic Armenian forces in
        Nagorno-Karabakh" and "Armenian separatists in Karabakh" are AZEREB. Without a place in the phrase,
        an ethnic group's forces take the region or town the sentence names."""
        where = self._country_of_places(span[span.root.i - span.start:], region_only=False)
        if where is None and ethnic:
            where = self._country_of_places(span.sent, region_only=True)
        if where is None:
            return (None, "REB") if ethnic else (base, role)
        return where, "REB"

    def _country_of_places(self, span: Span, region_only: bool) -> str | None:
        """The country of the first place named in the span (a region or town, with `region_only`)."""
        for ent in self.ents:
            if span.start <= ent.start and ent.end <= span.end and ent.label_ in PLACE_ENTITY_LABELS:
                place, _rule, _candidates = self.place_for(ent.text, ent.ent_id_)
                if place is not None and place.country and not (region_only and place.kind == "country"):
                    return place.country
        return None

    def _owner_code(self, span: Span) -> str | None:
        """The country of an owner written as one word with its participle: "the U.S.-owned carrier"."""
        for token in span:
            owner, _hyphen, participle = token.text.rpartition("-")
            if owner and participle.lower() in OWNERSHIP_PARTICIPLES:
                countries = {a.country for a in self.knowledge.actors.lookup(owner) if a.kind in ("country", "region")}
                if len(countries) == 1:
                    return countries.pop()
        return None

    def _role(self, span: Span, base_ent: Span | None) -> tuple[str, str]:
        """The longest role phrase among the span's words outside the name that gave the base code."""
        outside = [t for t in span if base_ent is None or not (base_ent.start <= t.i < base_ent.end)]
        words = [token.lower_ for token in outside if token.is_alpha]
        roles = self.knowledge.roles
        for size in range(min(4, len(words)), 0, -1):
            for begin in range(len(words) - size, -1, -1):
                phrase = " ".join(words[begin:begin + size])
                if phrase in roles:
                    return phrase, roles[phrase]
        return "", ""

    # -- context ----------------------------------------------------------------------------------------------

    def _countries_in_context(self) -> tuple[Counter, Counter]:
        """Countries the article names without ambiguity, and the countries of the towns and regions it
        names: the context that settles ambiguous actors, and ambiguous places ("Georgia" near "Atlanta")."""
        counts: Counter = Counter()
        local: Counter = Counter()
        for ent in self.ents:
            actors = self.knowledge.actors.lookup(ent.text) if ent.label_ in ("GPE", "NORP") else []
            if len(actors) == 1 and actors[0].country:
                counts[actors[0].country] += 1
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                place = _dominant(self.knowledge.places.lookup(ent.text))
                if place is not None and place.country:
                    counts[place.country] += 1
                    local[place.country] += place.kind != "country"
        return counts, local

    def _by_context(self, candidates, country_of, context: Counter | None = None):
        context = self.context if context is None else context
        scores = [(context.get(country_of(c) or "", 0), c) for c in candidates]
        scores.sort(key=lambda item: -item[0])
        if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
            return scores[0][1]
        return None


def _names_a_people(span: Span) -> bool:
    """"ethnic Armenian forces": the demonym names a people, not the state of that name."""
    return any(token.lower_ == "ethnic" for token in span)


def _backs_the_actor(ent: Span) -> bool:
    """A name joined by a hyphen to a participle other than one of ownership names a backer, not the actor:
    "Iran-backed militias" are not Iran's, but a "Norwegian-owned tanker" is Norway's."""
    doc = ent.doc
    return (ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "–") and doc[ent.end + 1].tag_ in ("VBN", "VBG")
            and doc[ent.end + 1].lower_ not in OWNERSHIP_PARTICIPLES)


def _dominant(places: list[Place]) -> Place | None:
    """The one place a name means without context: the only one, or one ten times bigger than the rest."""
    if len(places) == 1:
        return places[0]
    ranked = sorted(places, key=lambda p: -p.population)
    if len(ranked) > 1 and ranked[0].population >= 10 * max(ranked[1].population, 1):
        return ranked[0]
    return None


def _names_another_person(given: str, person: Actor) -> bool:
    """True when the words before a surname are a first name that none of the person's names carries."""
    words = [w for w in given.replace(".", "").split() if w not in TITLES]
    known = " ".join(person.names).casefold().replace("-", " ").split()
    # Transliterations differ ("Mohamed", "Mohammed"): a close spelling is the same first name.
    return bool(words) and not any(fuzz.ratio(word, name) >= 80 for word in words for name in known)


def _priority(actor: Actor) -> int:
    return KIND_PRIORITY.index(actor.kind) if actor.kind in KIND_PRIORITY else len(KIND_PRIORITY)


def _combine(base: str | None, role: str) -> str:
    """A country or region code takes the role; a code that has its own role (YEMREB, RUSGOV) keeps it."""
    if base is None:
        return role
    if not role or len(base) > 3:
        return base
    return base + role

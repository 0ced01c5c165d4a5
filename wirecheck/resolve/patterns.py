"""Knowledge into the spaCy pipeline: an entity ruler built from the books, so that "Houthis", "Ansar Allah"
and "P-800 Yakhont" come out of the NLP stage with the right label and id, and an actor-phrase matcher
that finds "Russian navy", "U.S. officials" and "a Western intelligence source"."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from wirecheck.resolve.actors import normalise_name
from wirecheck.resolve.knowledge import Knowledge

ACTOR_PHRASES = "actor_phrases"
WEAPON_LABEL = "WEAPON"
# Entity labels by kind of actor; demonyms are NORP whatever they belong to.
ACTOR_LABELS = {"country": "GPE", "region": "LOC", "person": "PERSON", "capital": "GPE"}
# Nouns that make an ordinary word a weapon name: "Javelin missiles", "Patriot batteries".
WEAPON_NOUNS = ["missile", "missiles", "system", "systems", "launcher", "launchers", "battery", "batteries",
                "drone", "drones", "jet", "jets", "fighter", "fighters", "tank", "tanks", "rocket", "rockets",
                "howitzer", "howitzers", "munition", "munitions", "interceptor", "interceptors"]
# Words that may stand between a country or group and its role word: "Russian Black Sea navy".
ROLE_MODIFIERS = 3


class KnowledgeEntities:
    """Marks the names the books know, before NER, which keeps them and predicts around them.

    Like spaCy's EntityRuler with `entity_patterns`, but a bare PhraseMatcher: an order of magnitude
    faster on thousands of name patterns, which keeps resolution a small share of the NLP stage.
    """

    def __init__(self, nlp: Language, knowledge: Knowledge):
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.tokens = Matcher(nlp.vocab)
        patterns = entity_patterns(knowledge)
        phrase_patterns = [p for p in patterns if isinstance(p["pattern"], str)]
        grouped: dict[str, list[Doc]] = {}
        for pattern, doc in zip(phrase_patterns, nlp.tokenizer.pipe(p["pattern"] for p in phrase_patterns)):
            grouped.setdefault(f"{pattern['label']}|{pattern['id']}", []).append(doc)
        for key, docs in grouped.items():
            self.phrases.add(key, docs)
        for pattern in patterns:
            if not isinstance(pattern["pattern"], str):
                self.tokens.add(f"{pattern['label']}|{pattern['id']}", [pattern["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in [*self.phrases(doc), *self.tokens(doc)]:
            label, pattern_id = doc.vocab.strings[match_id].split("|", 1)
            spans.append(Span(doc, start, end, label=label, span_id=pattern_id))
        doc.set_ents(filter_spans(spans), default="unmodified")
        return doc


def entity_patterns(knowledge: Knowledge) -> list[dict]:
    """Name patterns: weapons first, then people, groups and the rest (the first claim on a name wins)."""
    claimed: dict[str, dict] = {}

    def claim(text: str, label: str, pattern_id: str) -> None:
        for variant in _variants(normalise_name(text)):
            if variant in claimed:
                if claimed[variant]["id"] != pattern_id and claimed[variant]["label"] == label:
                    claimed[variant]["id"] = ""  # two entries share the name: the linker decides by context
                continue
            claimed[variant] = {"label": label, "pattern": variant, "id": pattern_id}

    for weapon in knowledge.weapons.weapons.values():
        for name in (weapon.name, *weapon.aliases):
            claim(name, WEAPON_LABEL, f"weapon:{weapon.id}")
    for name, actor, is_demonym in sorted(knowledge.actors.names(), key=lambda item: item[1].kind != "person"):
        if actor.kind == "person" and " " not in normalise_name(name):
            continue  # surnames alone are left to NER: "May", "Ban" and "Lai" are also ordinary words
        label = "NORP" if is_demonym else ACTOR_LABELS.get(actor.kind, "ORG")
        claim(name, label, actor.id)
    for place in knowledge.places.places.values():
        if place.id.startswith("region:"):
            for name in (place.name, *place.aliases):
                claim(name, "LOC", place.id)
    patterns = [pattern for pattern in claimed.values() if len(pattern["pattern"]) > 1]
    for weapon in knowledge.weapons.weapons.values():
        for name in weapon.ambiguous_aliases:
            patterns.append({"label": WEAPON_LABEL, "id": f"weapon:{weapon.id}",
                             "pattern": [{"ORTH": name}, {"LOWER": {"IN": WEAPON_NOUNS}}]})
    return patterns


def _variants(name: str) -> list[str]:
    """The name as written, with a capital first letter for sentence starts ("al-Qaeda" -> "Al-Qaeda"), and
    in title case when a dictionary writes names in capitals (PETRARCH's "GAZA CITY" -> "Gaza City")."""
    if not name:
        return []
    variants = [name, name[0].upper() + name[1:]]
    if name.isupper() and len(name) > 3:
        variants.append(name.title())
    return list(dict.fromkeys(variants))


def role_heads(knowledge: Knowledge) -> list[str]:
    """The last word of every role phrase: what an actor phrase ends on ("officials", "navy", "source")."""
    return sorted({phrase.split()[-1] for phrase in knowledge.roles})


class ActorPhraseFinder:
    """Finds noun phrases that join an actor name and a role word, in either order, into doc.spans."""

    def __init__(self, nlp: Language, knowledge: Knowledge):
        self.matcher = Matcher(nlp.vocab)
        named = {"ENT_TYPE": {"IN": ["GPE", "NORP", "ORG", "LOC", "PERSON"]}, "OP": "+"}
        # Role words may sit inside an entity NER found ("defence ministry" as ORG): no ENT_TYPE test here.
        modifier = {"IS_ALPHA": True, "IS_STOP": False, "OP": f"{{0,{ROLE_MODIFIERS}}}"}
        head = {"LOWER": {"IN": role_heads(knowledge)}}
        self.matcher.add("NAME_ROLE", [[named, {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}, modifier, head]])
        preposition = {"LOWER": {"IN": ["of", "in", "from", "at"]}}
        self.matcher.add("ROLE_OF_NAME", [[modifier, head, preposition, {"LOWER": "the", "OP": "?"}, named]])
        self.matcher.add("ROLE_NAME", [[modifier, head, named]])
        self.matcher.add("ROLE", [[modifier, head]])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end, label=doc.vocab.strings[match_id])
                 for match_id, start, end in self.matcher(doc)]
        doc.spans[ACTOR_PHRASES] = SpanGroup(doc, spans=_longest(spans))
        return doc


def _longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first, in text order."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)

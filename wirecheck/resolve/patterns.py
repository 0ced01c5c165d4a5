"""Knowledge into the spaCy pipeline: an entity ruler built from the books, so that "Houthis", "Ansar Allah"
and "P-800 Yakhont" come out of the NLP stage with the right label and id, and an actor-phrase matcher
that finds "Russian navy", "U.S. officials" and "a Western intelligence source"."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
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
NAMED_TYPES = {"GPE", "NORP", "ORG", "LOC", "PERSON"}
POSSESSIVES = {"'s", "’s"}
PREPOSITIONS = {"of", "in", "from", "at", "for"}


class KnowledgeEntities:
    """Marks the names the books know, before NER, which keeps them and predicts around them.

    Like spaCy's EntityRuler, but bare PhraseMatchers: an order of magnitude faster on thousands of name
    patterns, which keeps resolution a small share of the NLP stage.
    """

    def __init__(self, nlp: Language, knowledge: Knowledge):
        self.names = self._matcher(nlp, entity_patterns(knowledge))
        # Ordinary words that are also weapon names count only before a weapon noun: "Javelin missiles".
        self.ambiguous = self._matcher(nlp, [
            {"label": WEAPON_LABEL, "id": f"weapon:{weapon.id}", "pattern": name}
            for weapon in knowledge.weapons.weapons.values() for name in weapon.ambiguous_aliases])

    @staticmethod
    def _matcher(nlp: Language, patterns: list[dict]) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        grouped: dict[str, list[Doc]] = {}
        for pattern, doc in zip(patterns, nlp.tokenizer.pipe(p["pattern"] for p in patterns)):
            grouped.setdefault(f"{pattern['label']}|{pattern['id']}", []).append(doc)
        for key, docs in grouped.items():
            matcher.add(key, docs)
        return matcher

    def __call__(self, doc: Doc) -> Doc:
        found = list(self.names(doc))
        found += [(match_id, start, end + 1) for match_id, start, end in self.ambiguous(doc)
                  if end < len(doc) and doc[end].lower_ in WEAPON_NOUNS]
        spans = []
        for match_id, start, end in found:
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
    return [pattern for pattern in claimed.values() if len(pattern["pattern"]) > 1]


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
    """Finds noun phrases that join a name and a role word into doc.spans: "Russian navy", "Turkey's defence
    ministry", "spokesman for the Kremlin", "Foreign Minister Park Jin", and bare roles ("soldiers").

    A scan outward from each role word rather than spaCy's Matcher: with hundreds of role words and
    optional tokens, the Matcher took a third as long as the entity recogniser it follows.
    """

    def __init__(self, nlp: Language, knowledge: Knowledge):
        self.heads = frozenset(role_heads(knowledge))

    def __call__(self, doc: Doc) -> Doc:
        spans = [self._phrase_around(doc, token.i) for token in doc if token.lower_ in self.heads]
        doc.spans[ACTOR_PHRASES] = SpanGroup(doc, spans=_longest(spans))
        return doc

    @staticmethod
    def _phrase_around(doc: Doc, head: int) -> Span:
        start, modifiers = head, 0
        while start > 0 and _is_modifier(doc[start - 1]) and (modifiers < ROLE_MODIFIERS or _is_hyphen(doc[start - 1])):
            modifiers += not _is_hyphen(doc[start - 1])
            start -= 1
        if _is_hyphen(doc[start]):
            start += 1
        before = start - 1 if start > 0 and doc[start - 1].orth_ in POSSESSIVES else start
        name_start = before
        while name_start > 0 and doc[name_start - 1].ent_type_ in NAMED_TYPES:
            name_start -= 1
        if name_start < before:
            start = name_start
        after = head + 1
        if after < len(doc) and doc[after].lower_ in PREPOSITIONS:
            after += 1 + (after + 1 < len(doc) and doc[after + 1].lower_ == "the")
        name_end = after
        while name_end < len(doc) and doc[name_end].ent_type_ in NAMED_TYPES:
            name_end += 1
        end = name_end if name_end > after else head + 1
        return Span(doc, start, end, label="ACTOR")


def _is_modifier(token) -> bool:
    """A word that can modify a role noun: with a tagger, adjectives and nouns ("senior", "Black Sea");
    without one, any word that is not a stop word. A hyphen joins a name to a participle: "Norwegian-owned"."""
    if _is_hyphen(token):
        return token.i > 0 and token.i + 1 < len(token.doc) and token.nbor(1).tag_ in ("VBN", "VBG", "JJ")
    if token.pos_:
        # Participles too: "Niger's ruling junta", "the exiled opposition".
        participle = token.tag_ in ("VBG", "VBN") and token.dep_ == "amod"
        return (token.pos_ in ("ADJ", "NOUN", "PROPN") or participle) and not token.is_stop
    return token.is_alpha and not token.is_stop


def _is_hyphen(token) -> bool:
    return token.text in ("-", "–")


def _longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first, in text order."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)

"""The event coder: verbs of the dependency parse, looked up in the verb dictionary, with the resolved
actors around them as source and target, and the date, place and mode that the sentence gives.

Subjects are sources and objects targets; passives swap them ("the talks are brokered by Iran");
conjoined actors give one event each; an infinitive or conjoined verb takes its governor's subject
("Russia plans to deliver missiles"); reported speech codes the reported act with its own subject.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from wirecheck.annotations import CodedEvent, ResolvedMention
from wirecheck.events.codebook import codebook
from wirecheck.events.context import fill_targets_from_context
from wirecheck.events.modes import ModeLexicon
from wirecheck.events.nouns import NounDictionary
from wirecheck.events.statements import STATEMENT_FILE, StatementLexicon, about
from wirecheck.events.verbs import VerbDictionary, VerbFrame
from wirecheck.extract.datelines import find_datelines
from wirecheck.resolve.dates import period_end
from wirecheck.resolve.places import SHARED_WATERS

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# Prepositions whose object is the target, in the order they are preferred.
TARGET_PREPOSITIONS = ("with", "to", "against", "on", "toward", "towards", "at", "for", "into", "from", "over", "of",
                       "including", "between", "by")
# CAMEO roots of appeals and demands: the subject of what they ask for is whom they address.
DIRECTIVE_ROOTS = {"02", "10"}
# CAMEO roots of giving (material cooperation, aid): with a verb of receiving the giver is the source.
GIVING_ROOTS = {"06", "07"}
# Verbs under which a noun of giving is received: "Ankara began taking delivery of Russia's S-400".
RECEIVING_GOVERNORS = {"take", "receive", "accept", "get", "await"}
# CAMEO roots of deals (diplomatic and material cooperation, aid): a deal for a weapon with no other party
# named is a deal with the state that makes it.
TRADE_ROOTS = {"05", "06", "07"}
# CAMEO roots of deals and cooperation (agreements, partnerships), which have another party.
DEAL_ROOTS = {"05", "06"}
# GDELT quad classes of words rather than deeds (verbal cooperation, verbal conflict).
VERBAL_QUAD_CLASSES = {1, 3}
# CAMEO root of threats, and the words that make a clause the condition a threat sets.
THREAT_ROOT = "13"
CONDITION_MARKERS = {"if", "unless", "should"}
# CAMEO roles of a country's people who are not its state: with the bare country they form a dyad.
NON_STATE_ROLES = {"REB", "OPP", "CVL", "BUS", "MED", "REF", "NGO", "HRI", "LAB", "EDU", "HLH"}
# The CAMEO role of the press, and the root of consultations, which words to the press are not.
PRESS_ROLE = "MED"
CONSULT_ROOT = "04"
# CAMEO root of protest, and the roles of crowds that protest.
PROTEST_ROOT = "14"
CROWD_ROLES = {"CVL", "OPP", "LAB", "EDU"}
# CAMEO roots of force (assault, fight, mass violence): their target may be the holder of the place hit.
FORCE_ROOTS = {"18", "19", "20"}
# Pronouns that may stand for weapons named shortly before.
WEAPON_PRONOUNS = {"them", "it", "these", "those"}
# Pronouns that stand for an actor named shortly before, and the labels their antecedents carry.
PRONOUNS = {"he", "she", "him", "her", "it", "they", "them"}
PERSONAL_LABELS = {"PERSON", "ACTOR"}
GROUP_LABELS = {"ORG", "GPE", "NORP", "ACTOR"}
# Nouns that count or package what they govern: "a small number of drones", "6,700 containers of munitions",
# "several rounds of sanctions".
QUANTITY_NOUNS = {"number", "batch", "shipment", "consignment", "delivery", "supply", "dozen", "dozens", "hundred",
                  "hundreds", "thousand", "thousands", "million", "millions", "part", "parts", "container",
                  "containers", "lot", "lots", "package", "quantity", "range", "set", "type", "kind", "unit", "units",
                  "round", "rounds", "wave", "waves", "series", "tranche"}
# Words that act as a verb's particle even when the parser calls them adverbs or prepositions.
PARTICLES = {"up", "down", "out", "off", "back", "away", "over", "in", "aside"}
# Participles that make a place's modifier its holder: "Houthi-controlled", "rebel-held".
HOLDING_VERBS = {"control", "controlled", "hold", "held", "occupy", "occupied", "run"}
PLACE_PREPOSITIONS = {"in", "at", "near", "off", "outside", "inside", "across", "over", "into", "around", "through"}
# Verbs whose object does what their complement says ("urged allies to send tanks", "accused Iran of arming
# the Houthis"), unlike "began a hunger strike to protest", whose subject protests.
OBJECT_CONTROL_VERBS = {"urge", "ask", "call", "allow", "permit", "authorize", "authorise", "enable", "help",
                        "accuse", "blame", "suspect", "charge", "encourage", "persuade", "press", "pressure",
                        "push", "force", "compel", "invite", "order", "tell", "instruct", "request", "warn",
                        "forbid", "ban", "bar", "prevent", "stop", "prohibit", "convince", "advise", "implore",
                        "appeal", "exhort", "commission", "hire", "train", "assist", "support"}
# Verbs whose subject an infinitive or conjoined verb shares.
SHARED_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "acomp"}


@dataclass
class _Placed:
    start: int  # token offsets
    end: int
    mention: ResolvedMention


class EventCoder:
    def __init__(self, verbs: VerbDictionary, modes: ModeLexicon, nouns: NounDictionary,
                 statements: StatementLexicon):
        self.verbs = verbs
        self.modes = modes
        self.nouns = nouns
        self.statements = statements

    def code(self, doc: Doc, mentions: list[ResolvedMention], published: date | None) -> list[CodedEvent]:
        """Every event the article's sentences state, with their evidence spans.

        Example:
            >>> [(e.source, e.cameo, e.target) for e in coder.code(doc, mentions, date(2024, 9, 25))][:1]
            [('RUS', '046', 'YEMREB')]
        """
        if not doc.has_annotation("DEP"):
            return []
        sentences = list(doc.sents)  # doc.sents walks every token: once per document, not per question
        index = _MentionIndex(doc, mentions, sentences)
        by_verb: dict[int, list[CodedEvent]] = {}
        for number, sentence in enumerate(sentences):
            for token in sentence:
                if token.pos_ == "VERB":
                    by_verb[token.i] = self._events_of(token, number, index, published)
        self._mark_denied(doc, by_verb)
        by_verb = _one_per_complement(doc, by_verb)
        for number, sentence in enumerate(sentences):
            for token in sentence:
                if token.pos_ == "VERB" and not by_verb.get(token.i):
                    by_verb[token.i] = self._statement_events(token, by_verb, number, index, published)
        for number, sentence in enumerate(sentences):
            for token in sentence:
                if token.pos_ == "NOUN" and token.lemma_.lower() in self.nouns.entries:
                    governor = _governing_verb(token)
                    if governor is None or not by_verb.get(governor.i):
                        by_verb[token.i] = self._noun_events(token, governor, number, index, published)
        events = [event for events in by_verb.values() for event in events]
        reactions = {doc[i].idx for i, coded in by_verb.items()
                     if any(e.target is None for e in coded) and self._reacts_to_an_act(doc[i])}
        actors = [placed.mention for placed in index.placed["actor"]]
        starts = [sentence.start_char for sentence in sentences]
        return _once_per_act(fill_targets_from_context(starts, events, actors, reactions))

    def _reacts_to_an_act(self, verb: Token) -> bool:
        """The verb's object, or the subject of what it says, is an act named by a noun with no actor of its
        own: "condemned the hijacking", "said the move was unfair". Such a reaction addresses the act's author."""
        clause = self.statements.said_clause(verb)
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        heads += [c for c in clause.children if c.dep_ in SUBJECTS] if clause is not None else []
        return any(head.lemma_.lower() in self.statements.act_nouns and not any(c.dep_ == "poss" for c in head.children)
                   for head in heads)

    def _events_of(self, verb: Token, sentence: int, index: "_MentionIndex", published) -> list[CodedEvent]:
        found = self.verbs.code_for(_frame(verb, index.weapon_tokens))
        if found is None:
            return []
        passive = any(child.dep_ in PASSIVE_SUBJECTS for child in verb.children)
        sources = index.actors_at(_agent(verb)) if passive else index.actors_at(_subject(verb))
        targets = index.actors_at(_passive_subject(verb)) if passive else []
        targets = targets or self._targets(verb, index, found[0])
        if not sources and found[0][:2] == PROTEST_ROOT:
            sources = self._protesters(verb, index)
        if verb.lemma_.lower() in self.verbs.receiving and found[0][:2] in GIVING_ROOTS and not passive:
            sources, targets = self._giver(verb, index), sources
        if found[0][:2] == THREAT_ROOT:
            targets = self._whom_a_condition_names(verb, index) or targets or self._threatened(verb, index)
        if not targets and found[0][:2] in FORCE_ROOTS:
            targets = self._struck_place(verb, index)
        if not targets and found[0][:2] in TRADE_ROOTS:
            targets = index.producers_in([t for c in verb.children if c.dep_ in ("dobj", "prep") for t in _noun_phrase(c)],
                                         {s.resolved[:3] for s in sources})
        if found[0][:2] == CONSULT_ROOT and self._to_the_press(verb, targets, index):
            return []  # "speaking to reporters", "told IRNA": a statement, not a consultation
        return self._build(verb, verb, found, sources, targets, sentence, index, published)

    @staticmethod
    def _to_the_press(verb: Token, targets: list[ResolvedMention], index: "_MentionIndex") -> bool:
        """The verb addresses the press: an outlet, or reporters and journalists named by their role alone."""
        if targets:
            return all(target.resolved[3:6] == PRESS_ROLE for target in targets)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                    for pobj in prep.children if pobj.dep_ == "pobj"]
        return index.role_in({t.i for obj in objects for t in obj.subtree}, {PRESS_ROLE}) is not None

    @staticmethod
    def _protesters(verb: Token, index: "_MentionIndex") -> list[ResolvedMention]:
        """Crowds with no country are the people of the place they protest in: "thousands of people rallied
        in Sanaa" are Yemen's civilians."""
        subject = _subject(verb)
        if subject is None:
            return []
        crowd = index.role_in({t.i for t in subject.subtree}, CROWD_ROLES)
        place = index.place_for(verb) or index.place_for(subject.head)
        if crowd is None or place is None or not place.detail.get("country"):
            return []
        return [replace(crowd, resolved=place.detail["country"] + crowd.resolved, rule=f"crowd-of-place:{place.text}")]

    @staticmethod
    def _whom_a_condition_names(verb: Token, index: "_MentionIndex") -> list[ResolvedMention]:
        """A threat is addressed to whoever must act for it to be carried out: "threatened to arm other
        nations if the West provided Ukraine with long-range arms" threatens the West."""
        for clause in (t for t in verb.subtree if t.dep_ == "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in clause.children):
                return index.actors_at(next((c for c in clause.children if c.dep_ in SUBJECTS), None))
        return []

    @staticmethod
    def _threatened(verb: Token, index: "_MentionIndex") -> list[ResolvedMention]:
        """The threatened clause's subject, or whoever a participle says it belongs to: "warned that all ships
        belonging to the Israeli enemy would become legitimate targets" threatens Israel (but "warned that a
        purchase of Russian weapons would trigger sanctions" does not threaten Russia)."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None) if clause else None
        if subject is None:
            return []
        described = [t.i for c in subject.children if c.dep_ == "acl" for t in c.subtree]
        return index.actors_at(subject) or index.first_actor_in(set(described))

    @staticmethod
    def _giver(verb: Token, index: "_MentionIndex") -> list[ResolvedMention]:
        """Who gave what a verb of receiving got: "received drones from Iran", "received hundreds of
        Iranian drones"."""
        given = EventCoder._prepositional_target([c for c in verb.children if c.lower_ == "from"], index)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return given or [a for obj in objects for t in _noun_phrase(obj) if t.dep_ in ("amod", "poss", "compound")
                         for a in index.actors_at(t)][:1]

    @staticmethod
    def _struck_place(verb: Token, index: "_MentionIndex") -> list[ResolvedMention]:
        """Force used on a place is used on whoever holds it: "struck a military facility in Russia's
        Bryansk region", "fired at targets inside Russia" target Russia."""
        phrases = [c for c in verb.children if c.dep_ == "dobj"]
        phrases += [pobj for prep in verb.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"]
        tokens = [*verb.children, *(t for phrase in phrases for t in _noun_phrase(phrase))]
        for prep in (t for t in tokens if t.dep_ == "prep" and t.lower_ in ("in", "inside")):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (actors := _holder(pobj, index) or index.actors_at(pobj)
                                            or index.country_of_place_in(pobj)):
                    return actors
        return []

    def _statement_events(self, verb: Token, by_verb: dict[int, list[CodedEvent]], sentence: int,
                          index: "_MentionIndex", published) -> list[CodedEvent]:
        """The saying itself, coded from what is said: "Lavrov said the step was another example of
        Washington's arrogant approach" is Russia criticizing the United States. A said clause whose verb
        codes an event of its own ("said it condemned the decision") is that event."""
        clause = self.statements.said_clause(verb)
        if clause is None or any(by_verb.get(t.i) for t in (clause, *clause.conjuncts)):
            return []
        classified = self.statements.classify(clause)
        if classified is None:
            return []
        category, word = classified
        sources = index.actors_at(_subject(verb))
        speakers = {s.resolved[:3] for s in sources}
        if category.future and word.pos_ == "VERB" and _names_other_actor(index.actors_at(_subject(word)), speakers):
            return []  # "said Russia would strike again": a forecast of another's act, not a threat
        # Whom the judged words are about, else what a naming verb names ("called [Berlin's move] dangerous").
        judged = [*about(word, clause), *(c for c in verb.children if c.dep_ == "dobj")]
        targets = next((actors for token in judged if _names_other_actor(actors := index.actors_at(token), speakers)),
                       [])
        found = (category.code, f"{STATEMENT_FILE}:{word.lemma_.lower()}")
        return self._build(verb, verb, found, sources, targets, sentence, index, published)

    def _mark_denied(self, doc: Doc, by_verb: dict[int, list[CodedEvent]]) -> None:
        """The act a denial denies ("denied arming the Houthis", "denied that Iran had sent drones")."""
        for i, events in by_verb.items():
            if events and doc[i].lemma_.lower() in self.modes.denial:
                for complement in doc[i].children:
                    if complement.dep_ in ("xcomp", "ccomp", "pcomp"):
                        for event in by_verb.get(complement.i, []):
                            event.modes = ["denied", *event.modes]
                            event.mode = "denied"

    def _noun_events(self, noun: Token, governor: Token | None, sentence: int, index: "_MentionIndex",
                     published) -> list[CodedEvent]:
        """"Russia's attack on Kyiv", "U.S. sanctions on Iran", "Russia and Turkey are in talks"."""
        frame = VerbFrame(lemma=noun.lemma_.lower())
        _add_prepositions(frame, noun.children, index.weapon_tokens)
        found = self.nouns.code_for(frame)
        if found is None:
            return []
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        sources = index.actors_at(owner) if owner is not None else index.actors_before(noun)
        agents = _agent_prepositions(found[0]) + (("of",) if frame.lemma in self.nouns.doer_of else ())
        agent_phrases = [] if sources else [c for c in noun.children if c.lower_ in agents]
        sources = sources or self._prepositional_target(agent_phrases, index)
        if not sources and governor is not None:
            sources = index.actors_at(_subject(governor))
        targets = self._prepositional_target([c for c in noun.children if c not in agent_phrases], index)
        if governor is not None and governor.lemma_.lower() in RECEIVING_GOVERNORS and found[0][:2] in GIVING_ROOTS:
            sources, targets = targets, sources
        between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if between is not None:
            sources = [a for pobj in between.children if pobj.dep_ == "pobj" for a in index.actors_at(pobj)]
        if not targets and found[0][:2] in FORCE_ROOTS:
            targets = self._struck_place(noun, index)
        if not targets and frame.lemma in self.nouns.reciprocal and len(sources) > 1:
            pairs = [(s, t) for s in sources for t in sources if s is not t]
            return [e for s, t in pairs for e in self._build(noun, governor or noun, found, [s], [t], sentence,
                                                              index, published)]
        return self._build(noun, governor or noun, found, sources, targets, sentence, index, published)

    def _build(self, trigger: Token, clause: Token, found: tuple[str, str], sources, targets, sentence: int,
               index: "_MentionIndex", published) -> list[CodedEvent]:
        """One event per source and target; `clause` is the verb whose clause gives date, place and mode."""
        if not sources:
            return []
        code, pattern = found
        when = index.date_for(clause)
        modes = self.modes.modes_of(clause, code, period_end(when.resolved) if when else None, published)
        where = index.place_for(clause)
        clause_start, clause_end = _clause_span(clause)
        trigger_end = trigger.idx + len(trigger)
        events = []
        for source in sources:
            for target in targets or [None]:
                if target is not None and _same_actor(source.resolved, target.resolved):
                    continue
                events.append(CodedEvent(
                    start=clause_start, end=clause_end, trigger_start=trigger.idx, trigger_end=trigger_end,
                    sentence=sentence, source=source.resolved, target=target and target.resolved, cameo=code,
                    mode=modes[0], modes=modes, source_text=source.text, target_text=target and target.text,
                    date=when.resolved if when else (published.isoformat() if published else None),
                    date_precision=(when.detail.get("precision") if when else "published" if published else None),
                    place=where and where.name, place_id=where and where.resolved,
                    lat=where and where.detail.get("lat"), lon=where and where.detail.get("lon"),
                    confidence=_confidence(source, target, pattern), pattern=pattern,
                ))
        return events

    def _targets(self, verb: Token, index: "_MentionIndex", code: str) -> list[ResolvedMention]:
        """Direct or indirect object; else a prepositional object of the verb; else one inside its object
        ("signed a deal worth $8 billion with France", "a contract to buy jets from France")."""
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "iobj"):
                actors = index.actors_at(child)
                if actors:
                    return actors
        own = self._prepositional_target(verb.children, index)
        if own:
            return own
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        # The object's own prepositions first: "sanctions on Turkey's agency, the first use of a law against
        # a NATO ally" targets Turkey.
        inside = next((found for obj in objects if (found := self._prepositional_target(obj.children, index))), None)
        inside = inside or self._prepositional_target([t for obj in objects for t in _noun_phrase(obj) if t is not obj],
                                                      index)
        if inside:
            return inside
        if found := self._party_described(objects, index):
            return found
        # Whom an appeal or demand is addressed to: "demanded that the Houthis stop attacking ships"; whom
        # any act lets or makes do something: "allowed Kyiv to use the missiles".
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and (code[:2] in DIRECTIVE_ROOTS or _infinitive(c))),
                      None)
        return index.actors_at(next((c for c in clause.children if c.dep_ in SUBJECTS), None)) if clause else []

    def _party_described(self, objects: list[Token], index: "_MentionIndex") -> list[ResolvedMention]:
        """The other party to a deal the object names, as its relative clause gives it: "revoked a military
        agreement that allowed U.S. military personnel to operate on its soil" is toward the United States."""
        for obj in objects:
            found = self.nouns.code_for(VerbFrame(lemma=obj.lemma_.lower()))
            if found is not None and found[0][:2] in DEAL_ROOTS:
                clauses = [c for c in obj.children if c.dep_ == "relcl"]
                if actor := index.first_actor_in({t.i for clause in clauses for t in clause.subtree}):
                    return actor
        return []

    @staticmethod
    def _prepositional_target(tokens, index: "_MentionIndex") -> list[ResolvedMention]:
        prepositions = [t for t in tokens if t.dep_ in ("prep", "dative")]
        for preposition in TARGET_PREPOSITIONS:
            for prep in prepositions:
                if prep.lower_ == preposition:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and (actors := index.actors_at(pobj)):
                            return actors
        return []


class _MentionIndex:
    """Resolved mentions by token position, to find the actor, date or place a parse node stands for."""

    def __init__(self, doc: Doc, mentions: list[ResolvedMention], sentences: list):
        self.doc = doc
        self.sentence_starts = [sentence.start for sentence in sentences]  # token offsets
        self.sentences = sentences
        self.placed: dict[str, list[_Placed]] = {"actor": [], "date": [], "place": [], "weapon": [], "role": []}
        datelines = [(d.start, d.end) for d in find_datelines(doc.text)]
        for mention in mentions:
            # A role word alone ("soldiers", "a military facility") names no actor an event can have (it is
            # kept apart, for the rules that give it one), nor does a dateline ("DUBAI, United Arab Emirates (AP) —").
            if mention.kind == "actor" and _in_spans(mention.start, datelines):
                continue
            if mention.kind == "actor" and mention.rule.startswith("role-only"):
                mention = replace(mention, kind="role")
            if mention.kind in self.placed and mention.resolved:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    self.placed[mention.kind].append(_Placed(span.start, span.end, mention))
        self.weapon_tokens = self._weapon_tokens()

    def sentence_start(self, token: Token, back: int) -> int:
        """The first token of the sentence `back` sentences before the token's own."""
        own = bisect_right(self.sentence_starts, token.i) - 1
        return self.sentence_starts[max(own - back, 0)]

    def _weapon_tokens(self) -> set[int]:
        """Tokens that name a weapon, and pronouns that stand for one named in the two sentences before
        ("Iran has delivered hundreds of them to Russia")."""
        named = {i for placed in self.placed["weapon"] for i in range(placed.start, placed.end)}
        starts = sorted(placed.start for placed in self.placed["weapon"])
        pronouns = {t.i for t in self.doc if t.lower_ in WEAPON_PRONOUNS
                    and bisect_left(starts, self.sentence_start(t, back=2)) < bisect_left(starts, t.i)}
        return named | pronouns

    def country_of_place_in(self, phrase: Token) -> list[ResolvedMention]:
        """The country of a place (no actor of its own) the phrase names, as an actor: "in the eastern Donbas
        region" is Ukraine; seas and straits are no one's."""
        positions = {t.i for t in phrase.subtree}
        for placed in self.placed["place"]:
            place = placed.mention
            if placed.start in positions and place.detail.get("country") and place.detail.get("kind") not in SHARED_WATERS:
                return [replace(place, kind="actor", resolved=place.detail["country"], rule=f"place-country:{place.rule}",
                                confidence=place.confidence * 0.8)]
        return []

    def first_actor_in(self, positions: set[int]) -> list[ResolvedMention]:
        """The first actor named at the positions, as a one-item list (none: empty)."""
        return next(([p.mention] for p in self.placed["actor"] if p.start in positions), [])

    def role_in(self, positions: set[int], roles: set[str]) -> ResolvedMention | None:
        """The first role-only mention ("people", "protesters") at the positions with one of the roles."""
        return next((p.mention for p in self.placed["role"] if p.start in positions and p.mention.resolved in roles),
                    None)

    def producers_in(self, tokens: list[Token], excluded: set[str]) -> list[ResolvedMention]:
        """The state that makes a weapon named among the tokens, as an actor: the other party to a deal
        for it ("signed a contract for 42 Rafale jets" is a deal with France)."""
        positions = {t.i for t in tokens}
        for placed in self.placed["weapon"]:
            producer = placed.mention.detail.get("producer")
            if placed.start in positions and producer and producer not in excluded:
                weapon = placed.mention
                return [ResolvedMention(weapon.start, weapon.end, weapon.text, "GPE", "actor", producer,
                                        confidence=weapon.confidence * 0.8, rule="weapon-producer")]
        return []

    def actors_before(self, noun: Token) -> list[ResolvedMention]:
        """The actor named in the words before a noun inside its phrase: "U.S. sanctions", "Russian strikes"."""
        left = noun.left_edge.i
        before = [p for p in self.placed["actor"] if left <= p.start and p.end <= noun.i]
        return [max(before, key=lambda p: p.end - p.start).mention] if before else []

    def actors_at(self, token: Token | None) -> list[ResolvedMention]:
        """The actor a noun phrase names (the widest mention over its head, else before it), and one per
        conjoined noun phrase: "Saudi Arabia and Moscow" gives two."""
        if token is None:
            return []
        actors = []
        for head in (token, *token.conjuncts):
            found = [self._actor_for_head(head)]
            # "U.S. and British warships": conjoined modifiers name one actor each.
            modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.conjuncts]
            if modifiers:
                found = [self._actor_for_head(m) for m in (modifiers[0], *modifiers[0].conjuncts)] or found
            for actor in found:
                if actor is not None and all(actor.resolved != a.resolved for a in actors):
                    actors.append(actor)
        return actors

    def _actor_for_head(self, head: Token) -> ResolvedMention | None:
        if head.pos_ == "PRON":
            # A pronoun the attribution stage resolved ("we" in a quote is its speaker), else its antecedent.
            own = next((p.mention for p in self.placed["actor"] if p.start == head.i and p.end == head.i + 1), None)
            return own or self._antecedent(head)
        # Only mentions inside the head's own phrase: never one that also spans the verb and its object. A
        # phrase may run on past the parse's subtree ("forces in Karabakh" when "in" hangs on the verb).
        left, right = head.left_edge.i, head.right_edge.i
        covering = [p for p in self.placed["actor"] if p.start <= head.i < p.end and left <= p.start
                    and (p.end <= right + 1 or not p.start <= head.head.i < p.end)]
        if not covering:
            # Modifiers before the head: "Russia's navy", "the Iran-backed militia".
            left = head.left_edge.i
            covering = [p for p in self.placed["actor"] if left <= p.start and p.end <= head.i + 1]
        if not covering:
            return None
        return max(covering, key=lambda p: (p.end - p.start, p.mention.confidence)).mention

    def _antecedent(self, pronoun: Token) -> ResolvedMention | None:
        """The actor "he", "she", "it" or "they" most likely stands for: the nearest named actor before it,
        within the two sentences before, a person or role phrase for "he" and "she". A subject pronoun
        of a sentence continues its topic, so it takes the nearest actor named as the subject of a sentence ("Mali's
        government denied the report, saying trainers came under a deal with Moscow. It demanded
        evidence."). A pronoun in a relative clause never stands for the noun the clause describes ("firms
        it accuses")."""
        wanted = PERSONAL_LABELS if pronoun.lower_ in ("he", "she", "him", "her") else GROUP_LABELS
        if pronoun.lower_ not in PRONOUNS:
            return None
        earliest = self.sentence_start(pronoun, back=2)
        described = _described_noun(pronoun)
        latest = described.left_edge.i if described is not None else pronoun.i
        before = [p for p in self.placed["actor"] if earliest <= p.start and p.end <= latest
                  and p.mention.label in wanted and not (pronoun.lower_ == "it" and self._plural(p))]
        if _in_subject(pronoun):
            before = [p for p in before if _in_subject(self.doc[p.start:p.end].root)] or before
        return max(before, key=lambda p: (p.end, p.end - p.start)).mention if before else None

    def _plural(self, placed: _Placed) -> bool:
        """"The seafarers" is no antecedent of "it", nor is the "Filipino" of "Filipino seafarers"."""
        root = self.doc[placed.start:placed.end].root
        noun = root.head if root.dep_ in ("amod", "compound") else root
        return noun.tag_ in ("NNS", "NNPS")

    def date_for(self, verb: Token) -> ResolvedMention | None:
        """A date in the verb's clause, else the nearest date in its sentence."""
        left, right = verb.left_edge.i, verb.right_edge.i
        sentence = self.sentences[bisect_right(self.sentence_starts, verb.i) - 1]
        dates = [p for p in self.placed["date"] if sentence.start <= p.start < sentence.end]
        inside = [p for p in dates if left <= p.start <= right]
        pool = inside or dates
        return min(pool, key=lambda p: abs(p.start - verb.i)).mention if pool else None

    def place_for(self, verb: Token) -> ResolvedMention | None:
        """A place the verb's clause puts the event in: "in Tehran", "off Hodeidah"."""
        left, right = verb.left_edge.i, verb.right_edge.i
        for placed in self.placed["place"]:
            if left <= placed.start <= right:
                head = self.doc[placed.start].head
                if head.dep_ == "prep" and head.lower_ in PLACE_PREPOSITIONS:
                    return placed.mention
        return None


def _agent_prepositions(code: str) -> tuple[str, ...]:
    """Prepositions that name who did what a noun of this code says: "an attack by Russia"; and for words
    (verbal cooperation or conflict), where they came from: "warnings from Washington". A purchase "from
    Russia" is no act of Russia's."""
    entry = codebook().get(code)
    return ("by", "from") if entry is not None and entry.quad_class in VERBAL_QUAD_CLASSES else ("by",)


def _holder(place: Token, index: "_MentionIndex") -> list[ResolvedMention]:
    """Who holds a place its modifier names: "Houthi-controlled Yemen", "rebel-held Idlib"."""
    for modifier in place.children:
        if modifier.dep_ == "amod" and modifier.lemma_.lower() in HOLDING_VERBS:
            for holder in modifier.children:
                if actors := index.actors_at(holder):
                    return actors
    return []


def _once_per_act(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per source and target country, code, date and mode: an article that restates an act (in
    the lead, then in the body) reports one act, not two."""
    seen = set()
    kept = []
    for event in events:
        key = (event.source[:3], event.cameo, (event.target or "")[:3], event.date, event.mode)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _in_spans(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in spans)


def _same_actor(source: str, target: str) -> bool:
    """"IRN" and "IRNGOV" in one event is one actor twice, not a dyad; but a state and those inside it
    who are not the state are two ("AZE" and "AZEREB", "ARMGOV" and "ARMCVL")."""
    if source == target:
        return True
    if source[3:6] in NON_STATE_ROLES or target[3:6] in NON_STATE_ROLES:
        return False
    return source.startswith(target) or target.startswith(source)


def _names_other_actor(actors: list[ResolvedMention], speakers: set[str]) -> bool:
    return any(actor.resolved[:3] not in speakers for actor in actors)


def _in_subject(token: Token) -> bool:
    """The token is (inside) the subject of its sentence's main verb: "Mali's government denied"."""
    for node in (token, *token.ancestors):
        if node.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
            return node.head.dep_ == "ROOT"
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _described_noun(pronoun: Token) -> Token | None:
    """The noun phrase a relative clause that holds the pronoun describes: "firms and people [it
    accuses]" -> firms (with its conjuncts)."""
    for node in pronoun.ancestors:
        if node.dep_ == "relcl":
            described = node.head
            while described.dep_ == "conj":
                described = described.head
            return described
        if node.dep_ in ("ccomp", "advcl") or node.head == node:
            return None
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs from, through prepositions: "are in the final stage of talks" -> are."""
    node = noun
    for _ in range(5):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("prep", "pobj", "dobj", "attr"):
            return None
    return None


def _noun_phrase(head: Token) -> list[Token]:
    """The head's subtree without relative and adverbial clauses ("a 2017 law that targets purchases of..."),
    but with infinitive ones, which say what a deal is ("a contract to buy jets from France")."""
    tokens, stack = [], [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(child for child in token.children if child.dep_ not in ("relcl", "ccomp", "advcl")
                     and not (child.dep_ == "acl" and child.tag_ != "VB"))
    return tokens


def _one_per_complement(doc: Doc, by_verb: dict[int, list[CodedEvent]]) -> dict[int, list[CodedEvent]]:
    """A coded verb with a coded infinitive complement is one act: a threat is the threat ("threatened to
    arm" is 13x), anything else is the complement in its mode ("pledged to deliver missiles" is a planned
    072, "negotiating to supply" a negotiated one). A denial and the act it denies stay two events."""
    for i, events in by_verb.items():
        complement = next((c.i for c in doc[i].children if c.dep_ == "xcomp" and by_verb.get(c.i)), None)
        if events and complement is not None and by_verb[complement][0].mode != "denied":
            if any(e.cameo.startswith("13") for e in events):
                by_verb[complement] = []
            else:
                by_verb[i] = []
    return by_verb


def _frame(verb: Token, weapons: set[int]) -> VerbFrame:
    """The verb's particle, objects and prepositional objects. The parser marks "stepped down" as advmod
    and "walked out of the talks" as a preposition: such words count as particles, and a preposition
    hanging from one as the verb's own. A passive's subject is its object ("missiles were delivered"),
    and an object the resolver knows as a weapon also reads as "weapon"."""
    frame = VerbFrame(lemma=verb.lemma_.lower())
    for child in verb.children:
        has_object = any(c.dep_ == "pobj" for c in child.children)
        if child.dep_ == "prt" or (child.lower_ in PARTICLES and child.dep_ in ("advmod", "prep") and not has_object):
            frame.particle = child.lower_
            _add_prepositions(frame, child.children, weapons)
        elif child.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "xcomp"):
            # An infinitive complement is what the verb acts on: "declined to comment" (011).
            frame.objects.update(_object_lemmas(child, weapons))
    _add_prepositions(frame, verb.children, weapons)
    return frame


def _add_prepositions(frame: VerbFrame, tokens, weapons: set[int]) -> None:
    """The verb's prepositions with their objects' lemmas; a date is no such object ("launched what it
    called an operation on Tuesday" is no "call on")."""
    for child in tokens:
        objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]
        if child.dep_ in ("prep", "agent", "dative") and objects:
            frame.prepositional.setdefault(child.lower_, set()).update(
                lemma for pobj in objects for lemma in _object_lemmas(pobj, weapons))


def _object_lemmas(token: Token, weapons: set[int]) -> set[str]:
    """The object's lemma ("weapon" too if it names one), seen through quantity words ("a number of drones")."""
    lemmas = {token.lemma_.lower(), "weapon"} if token.i in weapons else {token.lemma_.lower()}
    if token.lemma_.lower() in QUANTITY_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        lemmas |= _object_lemmas(pobj, weapons)
    return lemmas


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(4):
        # Of two subjects the parser gives a verb, the nearer is the true one: "DUBAI (AP) — Iran's
        # navy seized a tanker" hangs the dateline on the verb as well.
        subject = max((c for c in node.children if c.dep_ in SUBJECTS), key=lambda c: c.i, default=None)
        if subject is not None:
            return subject
        if node is not verb and (raised := _passive_subject(node)) is not None:
            return raised  # "Lavrov is expected to visit", "Iran was urged to stop": the passive's subject acts
        controller = _controlling_object(node)
        if controller is not None:
            return controller
        if node.dep_ == "relcl":
            return node.head  # "the Houthis, who fired missiles"
        if node.dep_ not in SHARED_SUBJECT_DEPS or node.head is node:
            return None
        node = node.head
    return None


def _controlling_object(verb: Token) -> Token | None:
    """The object of the verb an infinitive or gerund complements, which does what it says: "urged allies
    to speed up deliveries", "accuses Iran of supplying the Houthis"."""
    governor = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ not in ("xcomp", "pcomp") or governor == verb or governor.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in governor.children if c.dep_ == "dobj"), None)


def _infinitive(verb: Token) -> bool:
    """A bare or "to" infinitive: "Kyiv to use", "helped Azerbaijan retake"."""
    return verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS), None)


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _clause_span(verb: Token) -> tuple[int, int]:
    left, right = verb.left_edge, verb.right_edge
    return left.idx, right.idx + len(right)


def _confidence(source: ResolvedMention, target: ResolvedMention | None, pattern: str) -> float:
    """Half from the actors' own confidence, the rest from how specific the verb pattern was."""
    actors = [source.confidence] + ([target.confidence] if target else [])
    specific = 0.35 if " " in pattern.split(":", 1)[-1] else 0.25
    return round(0.5 * sum(actors) / len(actors) + specific + (0.1 if target else 0.0), 2)

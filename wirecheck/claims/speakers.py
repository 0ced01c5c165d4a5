"""Who said it: the speaker's phrase, the actor it resolves to, whether it is named, and what pronouns and
definite descriptions ("he", "the ministry", "the newspaper") stand for."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirecheck.annotations import Claim, ResolvedMention
from wirecheck.claims.cues import CueLexicon
from wirecheck.extract.datelines import find_datelines

PERSONAL_PRONOUNS = {"he", "she"}
OTHER_PRONOUNS = {"it", "they", "we", "i"}
# Words before an unnamed speaker's descriptor that say nothing about who it is.
LEADING_FILLER = {"a", "an", "the", "some", "several", "two", "three", "four", "five", "many", "other", "one",
                  "few", "multiple", "various", "unnamed", "anonymous"}
QUOTE_MARKS = {'"', "“", "”", "«", "»", "„", "''", "``"}
COUNTING_WORDS = {"thousands", "hundreds", "dozens", "scores", "millions", "some", "many", "most", "several",
                  "number", "group", "majority", "handful", "couple"}
# Titles that make an unnamed speaker a person for "he" and "she".
PERSON_TITLES = {"president", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
                 "secretary", "director", "commander", "leader", "king", "queen", "prince", "general", "premier",
                 "chancellor", "governor", "mayor", "envoy", "head", "official", "officer", "diplomat", "aide"}
# How far back a pronoun or "the ministry" may point, in sentences.
ANTECEDENT_REACH = 3


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    actor: str | None = None
    name: str | None = None
    anonymous: bool = False
    descriptor: str | None = None


class SpeakerResolver:
    """Speakers of one article, with what earlier claims and mentions say about pronouns and descriptions."""

    def __init__(self, doc: Doc, mentions: list[ResolvedMention], cues: CueLexicon, sentence_starts: list[int]):
        self.doc = doc
        self.sentence_starts = sentence_starts  # character offsets: Token.sent is slow on parsed documents
        self.cues = cues
        self.actors = [m for m in mentions if m.kind == "actor" and m.resolved and not m.rule.startswith("role-only")]
        self.outlets = [m for m in self.actors if m.detail.get("kind") == "outlet"]
        # Named people: the model's PERSON entities and the people the knowledge base knows ("Lavrov").
        self.people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"] + [
            (m.start, m.end) for m in self.actors if m.label == "PERSON" or m.detail.get("kind") == "person"]
        self.datelines = find_datelines(doc.text)

    def dateline_outlet(self) -> str | None:
        """The wire service a dateline credits: "WASHINGTON, Jan 26 (Reuters) -", "Berlin (AFP) -"."""
        wired = [d for d in self.datelines if d.wire_start is not None]
        return self.outlet_name(wired[0].wire_start, wired[0].wire_end) if wired else None

    def speaker(self, head: Token, exclude: tuple[int, int], earlier: list[Claim]) -> Speaker | None:
        """The speaker whose phrase has `head` as its head word; the content span `exclude` is cut out."""
        dateline = next((d for d in self.datelines if d.start <= head.idx < d.end), None)
        if dateline is not None:
            # The parser took the dateline for the subject: "TEHRAN, Nov. 20 (IRNA) - Iran's spokesman said".
            head = next((t for t in head.subtree if t.idx >= dateline.end and dateline.start <= t.head.idx < dateline.end
                         and t.head is not t), None)
            if head is None:
                return None
        if head.lower_ in PERSONAL_PRONOUNS | OTHER_PRONOUNS:
            return self._antecedent(head, earlier)
        phrase = _phrase(head, exclude)
        if phrase is None:
            return None
        found = self.describe(phrase)
        outlet = self.outlet_name(phrase.start_char, phrase.end_char)
        if outlet and head.lower_ in MEDIA_NOUNS and outlet.casefold() not in phrase.text.casefold():
            # "the newspaper" is the outlet named before.
            named = next((m for m in reversed(self.outlets) if (m.name or m.text) == outlet), None)
            return Speaker(f"{phrase.text} ({outlet})", phrase.start_char, phrase.end_char,
                           named and named.resolved, outlet)
        if _is_definite_description(head, phrase):
            referent = self._described(head, earlier)
            if referent is not None:
                return Speaker(f"{phrase.text} ({referent.text})", phrase.start_char, phrase.end_char,
                               referent.actor, referent.name, referent.anonymous, referent.descriptor)
        return found

    def describe(self, phrase: Span) -> Speaker:
        start, end = phrase.start_char, phrase.end_char
        actor = self._widest(self.actors, start, end)
        named = any(start <= s and e <= end for s, e in self.people)
        head = _counted(phrase.root)
        noun = head.lower_
        unnamed = any(words in phrase.text.lower() for words in self.cues.anonymity_phrases)
        anonymous = not named and (noun in self.cues.anonymous_nouns or unnamed) and not (
            actor and actor.label == "PERSON")
        descriptor = _descriptor(phrase) if anonymous else None
        return Speaker(phrase.text, start, end, actor and actor.resolved,
                       actor and actor.name, anonymous, descriptor)

    def outlet_name(self, start: int, end: int) -> str | None:
        """The outlet named in a span; "the newspaper", "the agency" stand for the last outlet named before."""
        outlet = self._widest(self.outlets, start, end)
        if outlet is not None:
            return outlet.name or outlet.text
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is not None and words.root.lower_ in MEDIA_NOUNS and _is_definite_description(words.root, words):
            before = [m for m in self.outlets if m.end <= start]
            if before:
                return before[-1].name or before[-1].text
        return None

    def outlet_speaking(self, start: int, end: int) -> str | None:
        """The outlet a speaker phrase is, judged by its head: "The Wall Street Journal, citing U.S.
        intelligence" is the Journal; "officials quoted by The Wall Street Journal" are not."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is None:
            return None
        head = words.root
        return self.outlet_name(words.start_char, head.idx + len(head))

    def _antecedent(self, pronoun: Token, earlier: list[Claim]) -> Speaker | None:
        """The speaker a pronoun stands for: the last speaker of the sentences before that fits it, else the
        nearest named actor that fits."""
        wants_person = pronoun.lower_ in PERSONAL_PRONOUNS
        reach = self._reach_start(pronoun, 0 if pronoun.lower_ in ("we", "i") else ANTECEDENT_REACH)
        for claim in reversed(earlier):
            if claim.speaker and claim.cue_start >= reach and claim.cue_start < pronoun.idx and \
                    self._fits(claim, wants_person, pronoun.lower_):
                return Speaker(f"{bare_speaker(claim.speaker)} ({pronoun.text})", pronoun.idx, pronoun.idx + len(pronoun),
                               claim.speaker_actor, claim.speaker_name, claim.anonymous, claim.descriptor)
        candidates = [m for m in self.actors if reach <= m.start and m.end <= pronoun.idx
                      and (m.label in ("PERSON", "ACTOR")) == wants_person]
        if not candidates:
            return None
        nearest = max(candidates, key=lambda m: (m.end, m.end - m.start))
        return Speaker(f"{nearest.text} ({pronoun.text})", pronoun.idx, pronoun.idx + len(pronoun), nearest.resolved,
                       nearest.name, False, None)

    def _fits(self, claim: Claim, wants_person: bool, pronoun: str) -> bool:
        """Whether an earlier speaker can be "he"/"she" (a person) or "it" (not one); "they" and "we" fit all."""
        if pronoun in ("they", "we") or claim.speaker_start is None:
            return pronoun in ("they", "we")
        return self._is_person(claim.speaker_start, claim.speaker_end) == wants_person

    def _is_person(self, start: int, end: int) -> bool:
        if any(start <= s and e <= end for s, e in self.people):
            return True
        words = self.doc.char_span(start, end, alignment_mode="expand")
        return words is not None and (words.root.lower_ in PERSON_TITLES or words.root.lower_ in self.cues.source_nouns
                                      or words.root.lower_ in self.cues.commentator_nouns)

    def _described(self, head: Token, earlier: list[Claim]) -> Speaker | None:
        """"the ministry" is the last speaker or actor before whose phrase has that head noun."""
        reach = self._reach_start(head, ANTECEDENT_REACH)
        for claim in reversed(earlier):
            if claim.speaker and reach <= claim.cue_start < head.idx and head.lower_ in bare_speaker(claim.speaker).lower():
                return Speaker(bare_speaker(claim.speaker), claim.speaker_start or 0, claim.speaker_end or 0,
                               claim.speaker_actor, claim.speaker_name, claim.anonymous, claim.descriptor)
        for mention in reversed([m for m in self.actors if m.end <= head.idx and m.start >= reach]):
            if head.lower_ in mention.text.lower():
                return Speaker(mention.text, mention.start, mention.end, mention.resolved, mention.name)
        return None

    def _reach_start(self, token: Token, back: int) -> int:
        """Where the sentence `back` sentences before the token's own starts."""
        own = bisect_right(self.sentence_starts, token.idx) - 1
        return self.sentence_starts[max(own - back, 0)]

    @staticmethod
    def _widest(mentions: list[ResolvedMention], start: int, end: int) -> ResolvedMention | None:
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        return max(inside, key=lambda m: (m.end - m.start, m.confidence)) if inside else None


# Nouns that stand for an outlet named before: "according to the newspaper".
MEDIA_NOUNS = {"newspaper", "paper", "agency", "broadcaster", "outlet", "daily", "channel", "network", "magazine",
               "website", "publication", "station", "tabloid", "weekly"}


def _phrase(head: Token, exclude: tuple[int, int]) -> Span | None:
    """The unbroken run of the head's subtree around it, outside the content it introduces and any quotation
    marks, without commas or dangling words at its edges."""
    doc = head.doc
    inside = {t.i for t in head.subtree if not (exclude[0] <= t.idx < exclude[1]) and t.text not in QUOTE_MARKS}
    if head.i not in inside:
        return None
    start, end = head.i, head.i + 1
    while start - 1 in inside:
        start -= 1
    while end in inside:
        end += 1
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "prep", "mark")):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark")):
        start += 1
    return doc[start:end]


def _counted(head: Token) -> Token:
    """"thousands of protesters" speaks as protesters."""
    if head.lower_ in COUNTING_WORDS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((p for p in prep.children if p.dep_ == "pobj"), head)
    return head


def _is_definite_description(head: Token, phrase: Span) -> bool:
    """"the ministry", "the agency": a definite noun with no name of its own."""
    return head.pos_ == "NOUN" and phrase[0].lower_ == "the" and len(phrase) <= 3 and not any(
        t.ent_type_ for t in phrase)


def _descriptor(phrase: Span) -> str:
    words = [t for t in phrase if not t.is_punct]
    while words and words[0].lower_ in LEADING_FILLER:
        words = words[1:]
    return " ".join(t.text for t in words) or phrase.text


def bare_speaker(speaker: str) -> str:
    """A speaker text without the pronoun or description note added after it."""
    return speaker.split(" (", 1)[0] if speaker.endswith(")") and " (" in speaker else speaker

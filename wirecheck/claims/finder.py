"""Finding claims on the dependency parse: a cue verb ("said", "denied", "urged", "told Reuters") with its
content clause and its speaker, "according to X", and quotations in marks attached to their cue.

Reported speech is the cue verb's clausal complement ("X said Y"), or the clause the cue hangs from
("Y, X said"). A quotation replaces the content it overlaps, so a quote over three paragraphs is one claim;
a quotation with no cue of its own continues the speaker quoted just before it, else stays unattributed.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from wirecheck.annotations import Claim, ResolvedMention
from wirecheck.claims.chains import attach_outlets
from wirecheck.claims.cues import CueLexicon
from wirecheck.claims.quotes import Quotation, find_quotations
from wirecheck.claims.speakers import QUOTE_MARKS, Speaker, SpeakerResolver
from wirecheck.resolve.actors import ActorBook

# The dependencies through which a cue verb shares its governor's subject ("said X and warned that Y",
# "was quoted by Interfax as saying").
SHARED_SUBJECT_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# A quotation shorter than this with no cue of its own is a scare quote ("a 'confidential push'").
MIN_QUOTE_WORDS = 4
MIN_CONTENT_WORDS = 2
# Marks of a reported question, which asserts nothing ("asked whether Russia would help").
QUESTION_MARKS = {"whether", "if"}
# Words trimmed from the edges of a content span.
EDGE_WORDS = {"that", "whether", ",", ":", ";", "—", "–", "-"}


class ClaimFinder:
    def __init__(self, cues: CueLexicon, actors: ActorBook):
        self.cues = cues
        self.actors = actors  # to tell that "AFP" and "Agence France-Presse" are one outlet

    def find(self, doc: Doc, mentions: list[ResolvedMention], publisher: str | None) -> list[Claim]:
        """Every claim of the article, in text order, with speakers and outlet chains.

        Example:
            >>> [(c.speaker, c.via) for c in finder.find(doc, mentions, "The Moscow Times")][:1]
            [('a Western intelligence', ['Reuters', 'The Moscow Times'])]
        """
        if not doc.has_annotation("DEP"):
            return []
        sentences = list(doc.sents)
        starts = [sentence.start_char for sentence in sentences]
        resolver = SpeakerResolver(doc, mentions, self.cues, starts)
        claims: list[Claim] = []
        for number, sentence in enumerate(sentences):
            for token in sentence:
                claim = self._from_cue(token, number, resolver, claims) or self._from_according(
                    token, number, resolver, claims)
                if claim is not None:
                    claims.append(claim)
        text = doc.text  # built anew from the tokens on every access
        claims = _outermost(self._with_quotations(text, claims, find_quotations(text), starts), resolver)
        return attach_outlets(claims, resolver, publisher, self.cues, self.actors)

    # -- cue verbs ------------------------------------------------------------------------------------------

    def _from_cue(self, verb: Token, sentence: int, resolver: SpeakerResolver, earlier: list[Claim]) -> Claim | None:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.cues.verbs or any(c.dep_ == "neg" for c in verb.children):
            return None
        content = self._content_of(verb, lemma)
        content = content and _without_other_cues(content, self.cues)
        if content is None:
            return None
        speaker_head, agent = _speaker_head(verb)
        claim = Claim(start=content.start_char, end=content.end_char, cue_start=verb.idx,
                      cue_end=verb.idx + len(verb), cue=lemma, sentence=sentence, kind="indirect",
                      stance=self._stance(lemma, content))
        if speaker_head is not None and speaker_head.lower_ == "it" and speaker_head.dep_ in ("nsubjpass", "expl"):
            claim.anonymous, claim.descriptor = True, "impersonal"  # "it is believed that ...": nobody is named
        else:
            self._set_speaker(claim, speaker_head and resolver.speaker(speaker_head, (claim.start, claim.end), earlier))
        claim.via = _media(verb, speaker_head, agent, content, resolver)
        self._credit_cited_source(claim, verb, resolver, earlier)
        claim.hedges = self._hedges(verb, content)
        return claim

    def _credit_cited_source(self, claim: Claim, verb: Token, resolver: SpeakerResolver, earlier: list[Claim]) -> None:
        """"Reuters reported on Friday, citing a joint statement": the statement speaks, through Reuters. Only a
        citation after the report counts: "The Journal, citing U.S. intelligence, reported ..." is the
        Journal's own report, with its sourcing in parenthesis."""
        cited = next((t for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "cite" and c.i > verb.i
                      for t in c.children if t.dep_ == "dobj"), None)
        outlet = claim.speaker_start is not None and resolver.outlet_speaking(claim.speaker_start, claim.speaker_end)
        if cited is not None and outlet:
            self._set_speaker(claim, resolver.speaker(cited, (claim.start, claim.end), earlier))
            claim.via = [outlet, *claim.via]

    def _content_of(self, verb: Token, lemma: str) -> Span | None:
        children = {c.dep_: c for c in reversed(list(verb.children))}
        if lemma in self.cues.deny_verbs:
            head = children.get("ccomp") or children.get("xcomp") or children.get("pcomp") or children.get("dobj")
            return self._denied_content(head, verb) if head is not None else None
        if lemma in self.cues.rejection_verbs:
            # "rejected the decision" is an act; "rejected reports that ..." and "rejected that ..." are denials.
            head = children.get("ccomp") or next((t for c in verb.children if c.i > verb.i for t in (c, *c.children)
                                                  if t.dep_ in ("dobj", "pobj")
                                                  and t.lemma_.lower() in self.cues.claim_nouns), None)
            return self._denied_content(head, verb) if head is not None else None
        if lemma in self.cues.accusation_verbs:
            return _accusation_content(children)
        if lemma in self.cues.directive_verbs:
            return _directive_content(verb, children)
        if "ccomp" in children:
            return _clause_content(children["ccomp"], verb)
        if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and \
                verb.head.i < verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
                _follows_comma(verb):
            # "Y, X said": the clause the cue hangs from, up to the cue's own phrase.
            return _trimmed(verb.head, verb, stop=verb.left_edge.i)
        return None

    def _denied_content(self, head: Token, verb: Token) -> Span | None:
        """What is denied: a clause, or the clause of a claim noun ("dismissed as baseless reports that ...")."""
        if head.dep_ == "ccomp":
            return _clause_content(head, verb)
        if head.lemma_.lower() in self.cues.claim_nouns:
            clause = next((c for c in head.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                           and any(m.dep_ == "mark" for m in c.children)), None)
            return _clause_content(clause, verb) if clause is not None else _trimmed(head, verb)
        return _trimmed(head, verb)

    def _stance(self, lemma: str, content: Span) -> str:
        if lemma in self.cues.deny_verbs or lemma in self.cues.rejection_verbs:
            return "deny"
        # "X said the reports were baseless", "... that allegations were not backed by any evidence": a
        # dismissal of a claim is a denial.
        root = content.root
        dismissing = [root, *(c for c in root.children if c.dep_ in ("acomp", "attr"))]
        if any(t.lemma_.lower() in self.cues.dismissal_words for t in dismissing):
            return "deny"
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in self.cues.claim_nouns and (
                any(c.dep_ == "neg" for c in root.children)
                or any(t.lemma_.lower() in self.cues.dismissal_words for t in content)):
            return "deny"
        return "assert"

    def _hedges(self, verb: Token, content: Span) -> list[str]:
        """Hedging words on the cue ("reportedly said", a hedging verb) and on the content's main verb."""
        words = [verb.lemma_.lower()] if verb.lemma_.lower() in self.cues.hedge_verbs else []
        for token in (*verb.children, *content.root.children):
            if token.lower_ in self.cues.hedge_words and token.dep_ in ("advmod", "aux") and token.lower_ not in words:
                words.append(token.lower_)
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "expl")), None)
        if subject is not None and subject.lower_ == "it":
            words.append(f"it is {verb.text}")  # "it is believed that ..."
        return words

    # -- "according to X" -----------------------------------------------------------------------------------

    def _from_according(self, token: Token, sentence: int, resolver: SpeakerResolver,
                        earlier: list[Claim]) -> Claim | None:
        if token.lower_ != "according":
            return None
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        head = token.head
        if source is None or head is token:
            return None
        phrase = range(token.left_edge.i, token.right_edge.i + 1)
        after = token.right_edge.i + 1
        content = _trimmed(head, token, stop=token.i if token.i > head.i else None,
                           start=after if token.i < head.i else None)
        if content is None or any(t.i in phrase for t in content):
            return None
        claim = Claim(start=content.start_char, end=content.end_char, cue_start=token.idx,
                      cue_end=to.idx + len(to), cue="according to", sentence=sentence, kind="according",
                      stance=self._stance("according", content))
        self._set_speaker(claim, resolver.speaker(source, (claim.start, claim.end), earlier))
        claim.hedges = self._hedges(head, content)
        return claim

    @staticmethod
    def _set_speaker(claim: Claim, speaker: Speaker | None) -> None:
        if speaker is None:
            return
        claim.speaker, claim.speaker_start, claim.speaker_end = speaker.text, speaker.start, speaker.end
        claim.speaker_actor, claim.speaker_name = speaker.actor, speaker.name
        claim.anonymous, claim.descriptor = speaker.anonymous, speaker.descriptor

    # -- quotation marks ------------------------------------------------------------------------------------

    def _with_quotations(self, text: str, claims: list[Claim], quotations: list[Quotation],
                         sentence_starts: list[int]) -> list[Claim]:
        """Content in marks becomes the whole quotation; quotations no cue took continue the last speaker."""
        used: set[Quotation] = set()
        for claim in claims:
            for quotation in quotations:
                if _mostly_quoted(claim, quotation):
                    claim.start, claim.end, claim.kind = quotation.start, _end_of_quote(text, quotation), "direct"
                    used.add(quotation)
                elif claim.start <= quotation.start and quotation.end <= claim.end:
                    used.add(quotation)  # a partial quote inside reported speech
        for quotation in quotations:
            if quotation in used or len(text[quotation.start:quotation.end].split()) < MIN_QUOTE_WORDS:
                continue
            if any(c.cue_start >= quotation.start and c.cue_end <= quotation.end for c in claims):
                continue  # a quotation that itself quotes someone is theirs
            claims.append(self._unattached(text, quotation, claims, bisect_right(sentence_starts, quotation.start) - 1))
        return sorted(claims, key=lambda c: (c.start, c.cue_start))

    @staticmethod
    def _unattached(text: str, quotation: Quotation, claims: list[Claim], sentence: int) -> Claim:
        end = _end_of_quote(text, quotation)
        previous = [c for c in claims if c.end <= quotation.start and c.kind == "direct" and c.speaker
                    and sentence - c.sentence <= 2]
        claim = Claim(start=quotation.start, end=end, cue_start=quotation.start - 1, cue_end=quotation.start,
                      cue="quotation", sentence=sentence, kind="direct")
        if previous:
            before = max(previous, key=lambda c: c.end)
            for name in ("speaker", "speaker_start", "speaker_end", "speaker_actor", "speaker_name", "anonymous",
                         "descriptor"):
                setattr(claim, name, getattr(before, name))
            claim.via = list(before.via)
            claim.cue = "continued quotation"
        else:
            claim.anonymous, claim.descriptor = True, "unattributed"
        return claim


def _follows_comma(verb: Token) -> bool:
    """The cue's clause comes after a comma, maybe with a closing quote: "Y, X said", "“Y,” X said"."""
    doc = verb.doc
    before = verb.left_edge.i - 1
    while before >= 0 and doc[before].text in QUOTE_MARKS:
        before -= 1
    first = verb.left_edge
    return first.text == "," or (before >= 0 and doc[before].text == ",")


def _outermost(claims: list[Claim], resolver: SpeakerResolver) -> list[Claim]:
    """What a speaker says somebody else said or did is the speaker's claim ("the State Department said
    Washington continued to urge Turkey ..."; "“Kyiv has promised us ...,” Blinken said"): an attribution
    inside another claim's content is part of it, unless the outer speaker is an outlet passing it on."""
    def within(inner: Claim, outer: Claim) -> bool:
        return inner is not outer and outer.start <= inner.cue_start < outer.end

    def inside(inner: Claim, outer: Claim) -> bool:
        if not within(inner, outer) or (within(outer, inner) and outer.kind != "direct"):
            return False  # of two claims inside each other's content, the one quoting the other stays
        return outer.speaker_start is None or not resolver.outlet_speaking(outer.speaker_start, outer.speaker_end)
    return [claim for claim in claims if not any(inside(claim, outer) for outer in claims)]


def _speaker_head(verb: Token) -> tuple[Token | None, Token | None]:
    """The cue's subject, shared through conjoined and infinitive verbs, and the passive's agent if any
    ("Mikheev was quoted by Interfax as saying", "officials quoted by The Wall Street Journal said")."""
    node, agent = verb, None
    for _ in range(4):
        agent = agent or _agent_of(node)
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
            subject = node.head  # "a vice director ..., who said"
        if subject is not None:
            return subject, agent or next((a for c in subject.children if c.dep_ == "acl"
                                           for a in [_agent_of(c)] if a is not None), None)
        if node.dep_ == "relcl":
            return node.head, agent  # "Peskov, who said ..."
        if node.dep_ not in SHARED_SUBJECT_DEPS or node.head is node:
            return None, agent
        node = node.head
    return None, agent


def _agent_of(verb: Token) -> Token | None:
    return next((t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"), None)


def _media(verb: Token, speaker: Token | None, agent: Token | None, content: Span,
           resolver: SpeakerResolver) -> list[str]:
    """Outlets the words went through, named around the cue: "told Reuters", "quoted by Interfax", "said in
    an interview with the BBC", "in a statement read on state broadcaster ORTM", "officials quoted by the
    Journal said"."""
    phrases = [c for c in verb.children if c.dep_ in ("dative", "dobj", "iobj", "prep", "agent")]
    if speaker is not None:
        phrases += [c for c in speaker.children if c.dep_ == "acl"]
    if agent is not None:
        phrases.insert(0, agent)
    names = []
    for phrase in phrases:
        if phrase.left_edge.i < content.end and content.start <= phrase.right_edge.i:
            continue  # the content's own words name what was said, not who passed it on
        name = _outlet_of(phrase, resolver)
        if name and name not in names:
            names.append(name)
    return names


def _outlet_of(token: Token, resolver: SpeakerResolver) -> str | None:
    return resolver.outlet_name(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))


def _clause_content(clause: Token, cue: Token) -> Span | None:
    """A reported clause from its first own word: after "that"; not a question ("asked whether ..."); and
    without the cue's own modifiers the parser hung on it ("said on Wednesday it was ...")."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if any(m.lower_ in QUESTION_MARKS for m in marks):
        return None
    start = None
    if marks:
        start = marks[0].i + 1
    else:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        modifiers = {t.i for c in clause.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < clause.i
                     for t in c.subtree}
        if subject is not None and clause.left_edge.i == cue.i + 1 < subject.left_edge.i and all(
                i in modifiers for i in range(cue.i + 1, subject.left_edge.i)):
            start = subject.left_edge.i
    return _trimmed(clause, cue, start=start)


def _accusation_content(children: dict[str, Token]) -> Span | None:
    """"accused Iran of supplying the Houthis": whom they accuse and of what, as one span."""
    accused = children.get("dobj")
    of = next((c for c in accused.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None) \
        if accused is not None else None
    if of is None:
        of = children.get("prep") if children.get("prep") is not None and children["prep"].lower_ in ("of", "for") \
            else None
    if accused is None or of is None:
        return None
    return _edges(accused.doc, accused.left_edge.i, of.right_edge.i + 1)


def _directive_content(verb: Token, children: dict[str, Token]) -> Span | None:
    """"urged Washington to reverse it": whom they address and what they ask, as one span."""
    goal = children.get("xcomp")
    addressee = children.get("dobj")
    if addressee is None:
        on = children.get("prep")
        addressee = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None and \
            on.lower_ in ("on", "upon") else None
    if goal is not None and addressee is not None and addressee.right_edge.i + 1 == goal.left_edge.i:
        return _edges(verb.doc, addressee.left_edge.i, goal.right_edge.i + 1)
    if "ccomp" in children:
        return _trimmed(children["ccomp"], verb)
    return None


def _trimmed(head: Token, cue: Token, stop: int | None = None, start: int | None = None) -> Span | None:
    """The head's clause as a span, cut at `stop` and from `start`, never reaching over the cue."""
    left, right = head.left_edge.i, head.right_edge.i + 1
    if start is not None:
        left = max(left, start)
    if stop is not None:
        right = min(right, stop)
    if left <= cue.i < right:
        if cue.i > head.i:
            right = cue.left_edge.i if cue.left_edge.i > head.i else cue.i
        else:
            left = cue.i + 1
    return _edges(head.doc, left, right)


def _edges(doc: Doc, start: int, end: int) -> Span | None:
    end = _before_trailing_participle(doc, start, end)
    while start < end and (doc[start].lower_ in EDGE_WORDS or doc[start].text in QUOTE_MARKS
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in QUOTE_MARKS or doc[end - 1].is_space
                           or doc[end - 1].dep_ == "cc"):
        end -= 1
    span = doc[start:end]
    return span if sum(not t.is_punct for t in span) >= MIN_CONTENT_WORDS else None


def _without_other_cues(content: Span, cues: CueLexicon) -> Span | None:
    """Content ends where another attribution starts: "... and said Tehran would respond", "... and urged
    Washington to stop" (claims of their own), "..., while Bamako says ..." or "..., RIA Novosti reported"."""
    doc = content.doc
    for token in content:
        lemma = token.lemma_.lower()
        if token.i == content.start or lemma not in cues.verbs or token.pos_ != "VERB":
            continue
        if token.dep_ == "conj" and doc[token.i - 1].dep_ == "cc" and any(
                c.dep_ == "ccomp" or (c.dep_ == "xcomp" and lemma in cues.directive_verbs) for c in token.children):
            return _edges(doc, content.start, token.i - 1)
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.dep_ not in ("parataxis", "ccomp", "advcl") or subject is None or subject.i > token.i:
            continue
        # The parser may make the trailing report the root of the content: "[the step was ..., RIA reported]".
        cut = token.left_edge.i if token.left_edge.i > content.start else subject.left_edge.i
        if content.start < cut and doc[cut - 1].text == ",":
            return _edges(doc, content.start, cut - 1)
    return content


def _before_trailing_participle(doc: Doc, start: int, end: int) -> int:
    """Content ends before a comma and a participle clause that comments on it ("..., implying that ...",
    "..., defying months of warnings"): that is the writer's gloss, not the speaker's words."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "," and doc[i + 1].tag_ == "VBG" and doc[i + 1].dep_ in ("advcl", "xcomp", "conj"):
            return i
    return end


def _mostly_quoted(claim: Claim, quotation: Quotation) -> bool:
    """The claim's content is the quotation (or the part of it in the cue's sentence)."""
    overlap = min(claim.end, quotation.end) - max(claim.start, quotation.start)
    return overlap > 0 and overlap >= 0.6 * (claim.end - claim.start)


def _end_of_quote(text: str, quotation: Quotation) -> int:
    """A quotation's end without the comma or full stop before its closing mark."""
    end = quotation.end
    while end > quotation.start and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return end

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

# The dependencies through which a cue verb shares its governor's subject ("said X and warned that Y",
# "was quoted by Interfax as saying").
SHARED_SUBJECT_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep"}
# A quotation shorter than this with no cue of its own is a scare quote ("a 'confidential push'").
MIN_QUOTE_WORDS = 4
MIN_CONTENT_WORDS = 2
# Words trimmed from the edges of a content span.
EDGE_WORDS = {"that", "whether", ",", ":", ";", "—", "–", "-"}


class ClaimFinder:
    def __init__(self, cues: CueLexicon):
        self.cues = cues

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
        claims = self._with_quotations(text, claims, find_quotations(text), starts)
        return attach_outlets(claims, resolver, publisher, self.cues)

    # -- cue verbs ------------------------------------------------------------------------------------------

    def _from_cue(self, verb: Token, sentence: int, resolver: SpeakerResolver, earlier: list[Claim]) -> Claim | None:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.cues.verbs or any(c.dep_ == "neg" for c in verb.children):
            return None
        content = self._content_of(verb, lemma)
        if content is None:
            return None
        speaker_head, agent = _speaker_head(verb)
        claim = Claim(start=content.start_char, end=content.end_char, cue_start=verb.idx,
                      cue_end=verb.idx + len(verb), cue=lemma, sentence=sentence, kind="indirect",
                      stance=self._stance(lemma, content))
        self._set_speaker(claim, speaker_head and resolver.speaker(speaker_head, (claim.start, claim.end), earlier))
        claim.via = [name for name in (_told_outlet(verb, resolver), agent and _outlet_of(agent, resolver)) if name]
        claim.hedges = self._hedges(verb, content)
        return claim

    def _content_of(self, verb: Token, lemma: str) -> Span | None:
        children = {c.dep_: c for c in reversed(list(verb.children))}
        if lemma in self.cues.deny_verbs:
            head = children.get("ccomp") or children.get("xcomp") or children.get("dobj") or children.get("pcomp")
            return _trimmed(head, verb) if head is not None else None
        if lemma in self.cues.directive_verbs:
            return _directive_content(verb, children)
        if "ccomp" in children:
            return _trimmed(children["ccomp"], verb)
        if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and \
                verb.head.i < verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Y, X said": the clause the cue hangs from, up to the cue's own phrase.
            return _trimmed(verb.head, verb, stop=verb.left_edge.i)
        return None

    def _stance(self, lemma: str, content: Span) -> str:
        if lemma in self.cues.deny_verbs:
            return "deny"
        # "X said the reports were baseless": a dismissal is a denial.
        root = content.root
        dismissing = [root, *(c for c in root.children if c.dep_ in ("acomp", "attr"))]
        return "deny" if any(t.lemma_.lower() in self.cues.dismissal_words for t in dismissing) else "assert"

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


def _speaker_head(verb: Token) -> tuple[Token | None, Token | None]:
    """The cue's subject, shared through conjoined and infinitive verbs, and the passive's agent if any
    ("Mikheev was quoted by Interfax as saying")."""
    node, agent = verb, None
    for _ in range(4):
        agent = agent or next((t for c in node.children if c.dep_ == "agent" for t in c.children
                               if t.dep_ == "pobj"), None)
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject, agent
        if node.dep_ == "relcl":
            return node.head, agent  # "Peskov, who said ..."
        if node.dep_ not in SHARED_SUBJECT_DEPS or node.head is node:
            return None, agent
        node = node.head
    return None, agent


def _told_outlet(verb: Token, resolver: SpeakerResolver) -> str | None:
    """"told Reuters", "said to AFP": the outlet the speaker spoke to."""
    for child in verb.children:
        if child.dep_ in ("dative", "dobj", "iobj") and (name := _outlet_of(child, resolver)):
            return name
        if child.dep_ == "prep" and child.lower_ == "to":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (name := _outlet_of(pobj, resolver)):
                    return name
    return None


def _outlet_of(token: Token, resolver: SpeakerResolver) -> str | None:
    return resolver.outlet_name(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))


def _directive_content(verb: Token, children: dict[str, Token]) -> Span | None:
    """"urged Washington to reverse it": whom they address and what they ask, as one span."""
    goal = children.get("xcomp")
    addressee = children.get("dobj")
    if addressee is None:
        on = children.get("prep")
        addressee = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None and \
            on.lower_ in ("on", "upon") else None
    if goal is not None and addressee is not None and addressee.i < goal.i:
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

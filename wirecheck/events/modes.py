"""An event's mode, read from the parse around its verb: asserted, denied, negated, conditional,
threatened, planned, negotiating, historical or hedged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources

import yaml

# The first mode that applies is the event's mode; `modes` keeps every one that applies.
PRECEDENCE = ("denied", "negated", "conditional", "threatened", "planned", "negotiating", "historical", "hedged")


@dataclass(frozen=True)
class ModeLexicon:
    planned: frozenset[str]
    threatened: frozenset[str]
    negotiating: frozenset[str]
    negotiating_nouns: frozenset[str]
    denial: frozenset[str]
    conditional: frozenset[str]
    hedges: frozenset[str]
    hedging_modals: frozenset[str]
    background: frozenset[str]
    historical_after_days: int

    @classmethod
    def load(cls) -> "ModeLexicon":
        data = yaml.safe_load((resources.files("wirecheck.events") / "data" / "modes.yaml").read_text("utf-8"))
        days = data.pop("historical_after_days")
        return cls(historical_after_days=int(days), **{key: frozenset(values) for key, values in data.items()})

    def modes_of(self, verb, code: str, event_date: date | None, published: date | None) -> list[str]:
        """Every mode that applies to the event whose trigger is `verb`, in precedence order."""
        chain = _clause_chain(verb)
        found = set()
        if any(child.dep_ == "neg" for node in chain for child in node.children):
            found.add("negated")
        if any(node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.conditional for c in node.children)
               for node in chain):
            found.add("conditional")
        governors = [node.head.lemma_.lower() for node in chain if node.dep_ in ("xcomp", "ccomp") and node.head != node]
        if code.startswith("13") or any(g in self.threatened for g in governors):
            found.add("threatened")
        auxiliaries = {child.lower_ for node in chain for child in node.children if child.dep_ == "aux"}
        if any(g in self.planned for g in governors) or auxiliaries & {"will", "'ll", "shall"}:
            found.add("planned")
        objects = {child.lemma_.lower() for child in verb.children if child.dep_ == "dobj"}
        if code == "046" or any(g in self.negotiating for g in governors) or objects & self.negotiating_nouns:
            found.add("negotiating")
        adverbs = {child.lower_ for node in chain for child in node.children if child.dep_ == "advmod"}
        if adverbs & self.background or _long_before(event_date, published, self.historical_after_days):
            found.add("historical")
        if adverbs & self.hedges or auxiliaries & self.hedging_modals:
            found.add("hedged")
        return [mode for mode in PRECEDENCE if mode in found] or ["asserted"]


def _clause_chain(verb) -> list:
    """The verb and the verbs it hangs from within its sentence, up to a reporting verb or the root."""
    chain = [verb]
    node = verb
    while node.dep_ in ("xcomp", "conj", "advcl", "ccomp") and node.head is not node and len(chain) < 4:
        if node.dep_ == "ccomp":
            break  # "X said Y attacked Z": what X's verb carries is not Y's mode
        node = node.head
        chain.append(node)
    return chain


def _long_before(event_date: date | None, published: date | None, days: int) -> bool:
    return bool(event_date and published and (published - event_date).days > days)

"""Matching predictions to gold items within a document, and the figures FORMAT.md defines.

Each gold item matches at most one prediction, greedily in gold order. A field a gold item leaves out is
not scored for it; a field set to null is (the right answer is "none").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirecheck.claims.chains import same_outlets
from wirecheck.resolve.actors import ActorBook

WORD = re.compile(r"\w+")
# FORMAT.md: a predicted quote matches a gold one when their content words overlap this much (Jaccard).
QUOTE_OVERLAP = 0.5


@dataclass
class PartScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    agreements: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, scored]

    def agree(self, name: str, right: bool) -> None:
        tally = self.agreements.setdefault(name, [0, 0])
        tally[0] += right
        tally[1] += 1

    def as_dict(self) -> dict:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures = {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                   "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
        figures.update({name: round(right / scored, 4) if scored else None
                        for name, (right, scored) in self.agreements.items()})
        return figures


def root(code: str | None) -> str:
    return (code or "")[:2]


def event_matches(gold: dict, predicted: dict) -> bool:
    """Same source and target countries/groups (first three letters) and the same CAMEO root."""
    if (gold["source"] or "")[:3] != (predicted.get("source") or "")[:3]:
        return False
    if gold.get("target") is None:
        if predicted.get("target") is not None:
            return False
    elif (gold["target"] or "")[:3] != (predicted.get("target") or "")[:3]:
        return False
    roots = {root(gold["cameo"])} | {root(code) for code in gold.get("cameo_alt", [])}
    return root(predicted.get("cameo")) in roots


def score_events(gold: list[dict], predicted: list[dict], score: PartScore) -> dict:
    """Add one document's events to `score`; returns its misses and false alarms."""
    score.gold += len(gold)
    score.predicted += len(predicted)
    unused = list(range(len(predicted)))
    missed = []
    for item in gold:
        hit = next((i for i in unused if event_matches(item, predicted[i])), None)
        if hit is None:
            missed.append(item)
            continue
        unused.remove(hit)
        score.matched += 1
        codes = {item["cameo"], *item.get("cameo_alt", [])}
        score.agree("code_agreement", predicted[hit]["cameo"] in codes)
    return {"missed": missed, "false_alarms": [predicted[i] for i in unused]}


def score_plover_types(gold: list[dict], predicted: list[dict], score: PartScore) -> dict:
    """Documents whose gold events give a PLOVER type (converted PLOVER records): is that type predicted?"""
    wanted = [item["plover"] for item in gold if item.get("plover")]
    if not wanted:
        return {}
    types = {event.get("plover") for event in predicted}
    right = all(kind in types for kind in wanted)
    score.gold += 1
    score.matched += right
    score.predicted += bool(types - {None})
    return {} if right else {"missed": wanted, "predicted_types": sorted(t for t in types if t)}


def word_tokens(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def jaccard(first: str, second: str) -> float:
    a, b = word_tokens(first), word_tokens(second)
    return len(a & b) / len(a | b) if a | b else 0.0


def score_quotes(gold: list[dict], predicted: list[dict], score: PartScore, actors: ActorBook) -> dict:
    """Add one document's quotes to `score`: a match shares at least half its content words (Jaccard);
    among matches, speaker (contains `speaker_key`), anonymous flag, stance and outlet chain (the same
    outlets in the same order, by any of their names) are scored."""
    score.gold += len(gold)
    score.predicted += len(predicted)
    unused = list(range(len(predicted)))
    missed, wrong = [], []
    for item in gold:
        overlaps = [(jaccard(item["content"], predicted[i]["content"]), i) for i in unused]
        best = max(overlaps, default=(0.0, None))
        if best[0] < QUOTE_OVERLAP:
            missed.append(item)
            continue
        hit = predicted[best[1]]
        unused.remove(best[1])
        score.matched += 1
        checks = {}
        if "speaker_key" in item:
            checks["speaker"] = item["speaker_key"].lower() in (hit.get("speaker") or "").lower()
        for name in ("anonymous", "stance"):
            if name in item:
                checks[name] = item[name] == hit.get(name)
        if "via" in item:
            checks["via"] = same_outlets(item["via"] or [], hit.get("via") or [], actors)
        for name, right in checks.items():
            score.agree(name, right)
        if not all(checks.values()):
            wrong.append({"gold": item, "predicted": hit, "wrong": [n for n, right in checks.items() if not right]})
    return {"missed": missed, "false_alarms": [predicted[i] for i in unused], "disagreements": wrong}

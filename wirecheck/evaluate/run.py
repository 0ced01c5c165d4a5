"""Running the whole pipeline on a gold file and scoring it; the predictions can be written out in the
same format so that anyone can re-score them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from wirecheck.analysis import Analyzer
from wirecheck.annotations import Claim, CodedEvent
from wirecheck.config import Settings
from wirecheck.errors import InputError, WirecheckError
from wirecheck.evaluate.scoring import PartScore, score_events, score_plover_types, score_quotes
from wirecheck.events import codebook
from wirecheck.extract import extract
from wirecheck.sources.jsonl import parse_line

# What eval hands the pipeline: the answers stay behind.
INPUT_FIELDS = ("id", "url", "publisher", "published", "title", "text", "html")
# Stored events in these modes are not events a careful coder would record as having happened
# (a denial is coded as the denial itself).
NOT_EVENTS = {"negated", "conditional", "denied"}
# Parts FORMAT.md defines that later stages will score; null until they exist.
NOT_BUILT = ("transfers", "stories")


@dataclass
class EvalResult:
    parts: dict[str, dict | None]
    documents: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {**self.parts, "documents": self.documents}


def evaluate(gold_path: str | Path, settings: Settings, predictions_path: str | Path | None = None) -> EvalResult:
    """Score the pipeline on every document of a gold file.

    Example:
        >>> evaluate("../shared/gold/dev.jsonl", Settings()).parts["events"]["f1"]
    """
    records = _read(Path(gold_path))
    analyzer = Analyzer(settings)
    articles = []
    for record in records:
        line = json.dumps({key: record[key] for key in INPUT_FIELDS if key in record}).encode()
        raw = parse_line(line, record.get("id", "?"), settings.max_document_bytes)
        try:
            if isinstance(raw, InputError):
                raise raw
            articles.append((extract(raw, limits=settings), record))
        except InputError as error:
            articles.append((None, record | {"_error": str(error)}))
    analysed = dict((id(record), annotations) for annotations, record in analyzer.analyse(
        ((article.text, record) for article, record in articles if article is not None),
        lambda record: record.get("published"), lambda record: record.get("publisher")))
    events, plover, quotes = PartScore(), PartScore(), PartScore()
    documents, predictions = [], []
    for article, record in articles:
        annotations = analysed.get(id(record))
        predicted = [_as_gold_event(e, article.text) for e in annotations.events if e.mode not in NOT_EVENTS] \
            if annotations else []
        claims = [_as_gold_quote(c, article.text) for c in annotations.claims] if annotations else []
        report = {"id": record.get("id")}
        if "_error" in record:
            report["error"] = record["_error"]
        gold_events = record.get("events")
        if gold_events is not None:
            report["events"] = score_events([g for g in gold_events if g.get("cameo")], predicted, events)
            plover_report = score_plover_types(gold_events, predicted, plover)
            if plover_report:
                report["plover"] = plover_report
        if record.get("quotes") is not None:
            report["quotes"] = score_quotes(record["quotes"], claims, quotes, analyzer.knowledge.actors)
        documents.append(report)
        predictions.append({key: record[key] for key in INPUT_FIELDS if key in record}
                           | {"events": predicted, "quotes": claims})
    if predictions_path:
        Path(predictions_path).write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions),
                                          "utf-8")
    parts = {"events": events.as_dict() if _scores_cameo(records) else None,
             "plover_types": plover.as_dict() if plover.gold else None,
             "quotes": quotes.as_dict() if any("quotes" in record for record in records) else None}
    parts.update({name: None for name in NOT_BUILT})
    return EvalResult(parts, documents)


def _as_gold_event(coded: CodedEvent, text: str) -> dict:
    return {"source": coded.source, "cameo": coded.cameo, "target": coded.target,
            "plover": codebook()[coded.cameo].plover_event, "mode": coded.mode, "date": coded.date,
            "location": coded.place, "evidence": text[coded.start:coded.end], "pattern": coded.pattern}


def _as_gold_quote(claim: Claim, text: str) -> dict:
    return {"speaker": claim.speaker, "anonymous": claim.anonymous, "via": claim.via, "stance": claim.stance,
            "content": text[claim.start:claim.end], "kind": claim.kind, "cue": claim.cue,
            "speaker_actor": claim.speaker_actor, "hedges": claim.hedges}


def _scores_cameo(records: list[dict]) -> bool:
    """Event lists with CAMEO codes, or empty ones ("no event here"), are scored; PLOVER-only ones are not."""
    lists = [record["events"] for record in records if "events" in record]
    return bool(lists) and not any(item.get("plover") and not item.get("cameo") for events in lists for item in events)


def _read(path: Path) -> list[dict]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise WirecheckError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    records = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise WirecheckError(f"{path}:{number}: not valid JSON ({exc})") from exc
    return records

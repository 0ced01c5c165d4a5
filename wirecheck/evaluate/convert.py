"""Other projects' event test records as gold files (FORMAT.md), one sentence a document.

- PETRARCH's validation records: events {source, target, code}, with `noevents` records as empty lists.
  Their actors are fictional: score them with PETRARCH's test dictionaries loaded (--actors, --agents).
- PLOVER's gold records from the CAMEO manual: the PLOVER event type per sentence, written as events with
  `plover` and no `cameo`, which eval scores as the share of sentences whose type is predicted. The records
  use PLOVER 0.5 names; they are mapped to the current ones.
"""

from __future__ import annotations

import json
from pathlib import Path

from wirecheck.errors import WirecheckError

# PLOVER 0.5 event names and their PLOVER 2 successors.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def convert_petrarch(source: str | Path, output: str | Path) -> int:
    documents = []
    for line in _read_lines(Path(source)):
        record = json.loads(line)
        if record.get("expected_error"):
            continue  # records that test PETRARCH's own error handling, not coding
        date = record.get("date", "")
        documents.append({
            "id": record["id"], "published": f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None,
            "text": record["text"],
            "events": [] if record.get("noevents") else [
                {"source": e["source"], "cameo": e["code"], "target": e.get("target") or None}
                for e in record.get("events", [])],
        })
    return _write(documents, Path(output))


def convert_plover(source: str | Path, output: str | Path) -> int:
    try:
        records = json.loads(Path(source).read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise WirecheckError(f"{source}: cannot read PLOVER records ({exc})") from exc
    documents = []
    for record in records:
        event = PLOVER_RENAMED.get(record.get("event"), record.get("event"))
        if not record.get("text") or event == "DOCUMENT":
            continue
        documents.append({"id": record["id"], "published": record.get("date"), "text": record["text"],
                          "events": [{"plover": event, "mode": record.get("mode")}]})
    return _write(documents, Path(output))


def _read_lines(path: Path) -> list[str]:
    try:
        return [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    except OSError as exc:
        raise WirecheckError(f"{path}: cannot read records ({exc.strerror})") from exc


def _write(documents: list[dict], path: Path) -> int:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), "utf-8")
    return len(documents)

"""The CAMEO codebook with its GDELT QuadClass and PLOVER crosswalk, read once from the bundled TSV."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    root: str
    root_label: str
    quad_class: int  # GDELT: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None


@cache
def codebook() -> dict[str, CameoCode]:
    """All 315 CAMEO codes by code ("046", "1312", "13").

    Example:
        >>> codebook()["046"].label
        'Engage in negotiation'
    """
    text = (resources.files("wirecheck.events") / "data" / "cameo_event_codes.tsv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {row["code"]: CameoCode(
        code=row["code"], label=row["label"], root=row["root"], root_label=row["root_label"],
        quad_class=int(row["gdelt_quadclass"] or 0), plover_event=row["plover_event"] or None,
        plover_mode=row["plover_mode"] or None, plover_context=row["plover_context"] or None,
    ) for row in rows}

"""Events as GDELT event-table rows: GDELT's columns in GDELT's order where wirecheck has them, then
wirecheck's own (mode, confidence, evidence, PLOVER) that GDELT lacks."""

from __future__ import annotations

from wirecheck.resolve.dates import period_start
from wirecheck.store.records import EventRecord

# GDELT 2.0 event columns that wirecheck fills, in GDELT's order.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
WIRECHECK_COLUMNS = ("ArticleID", "Mode", "Modes", "DatePrecision", "Confidence", "PloverEvent", "PloverMode",
                     "PloverContext", "Evidence", "Pattern", "AssertedBy", "DeniedBy")


def gdelt_row(record: EventRecord) -> dict:
    event = record.event
    day = period_start(event.date) or period_start(record.published)
    actor1, actor2 = _actor(event.source, event.source_text), _actor(event.target, event.target_text)
    row = {
        "GLOBALEVENTID": record.id,
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else "",
        **{f"Actor1{key}": value for key, value in actor1.items()},
        **{f"Actor2{key}": value for key, value in actor2.items()},
        "IsRootEvent": int(event.sentence == 0),
        "EventCode": event.cameo, "EventBaseCode": event.cameo[:3], "EventRootCode": record.root,
        "QuadClass": record.quad_class,
        "ActionGeo_FullName": event.place or "", "ActionGeo_CountryCode": "",
        "ActionGeo_Lat": event.lat if event.lat is not None else "",
        "ActionGeo_Long": event.lon if event.lon is not None else "",
        "ActionGeo_FeatureID": event.place_id or "",
        "DATEADDED": (record.published or "").replace("-", ""), "SOURCEURL": record.url or "",
        "ArticleID": record.article_id, "Mode": event.mode, "Modes": ",".join(event.modes),
        "DatePrecision": event.date_precision or "", "Confidence": event.confidence,
        "PloverEvent": record.plover_event or "", "PloverMode": record.plover_mode or "",
        "PloverContext": record.plover_context or "", "Evidence": record.evidence, "Pattern": event.pattern,
        "AssertedBy": _speakers(record, "assert"), "DeniedBy": _speakers(record, "deny"),
    }
    return {column: row[column] for column in (*GDELT_COLUMNS, *WIRECHECK_COLUMNS)}


def _speakers(record: EventRecord, stance: str) -> str:
    """Who asserts or denies the event, with the outlets in between: "a U.S. official < Reuters"."""
    return "; ".join(" < ".join([link.speaker or "unattributed", *link.via]) for link in record.claims
                     if link.stance == stance)


def _actor(code: str | None, name: str | None) -> dict:
    code = code or ""
    country = code[:3] if code and not code.startswith(("IGO", "NGO")) else ""
    return {"Code": code, "Name": (name or "").upper(), "CountryCode": country, "Type1Code": code[3:6]}


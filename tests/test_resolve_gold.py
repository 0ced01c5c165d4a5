"""Every actor, place, date and weapon that the gold files' events and transfers use must be found among
the mentions the pipeline resolves in that document's text. Prints the shares; asserts floors."""

import json

import pytest

from wirecheck.config import Settings
from wirecheck.extract import extract
from wirecheck.nlp import load_pipeline
from wirecheck.resolve import load_knowledge, resolve
from wirecheck.sources.jsonl import parse_line


def _documents(shared):
    for name in ("seed.jsonl", "dev.jsonl"):
        for line in (shared / "gold" / name).read_text().splitlines():
            yield json.loads(line)


@pytest.fixture(scope="module")
def resolved(request):
    from conftest import SHARED
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    nlp, knowledge = load_pipeline(Settings().models), load_knowledge()
    results = []
    for doc in _documents(SHARED):
        # Gold documents carry text or html: they go through extraction like any JSONL record.
        article = extract(parse_line(json.dumps(doc).encode(), doc["id"], 10**8))
        results.append((doc, resolve(nlp(article.text), article.published, knowledge).mentions))
    return results


def _share(found: int, total: int) -> float:
    return found / total if total else 1.0


def test_gold_actors_places_dates_and_weapons_are_resolved(resolved, capsys):
    counts = {key: [0, 0] for key in ("actor exact", "actor country", "place", "date", "weapon")}
    misses = []
    knowledge = load_knowledge()
    for doc, mentions in resolved:
        codes = {m.resolved for m in mentions if m.kind == "actor" and m.resolved}
        places = {m.text.casefold() for m in mentions if m.kind == "place"} | {
            (m.name or "").casefold() for m in mentions if m.kind == "place"}
        dates = {m.resolved for m in mentions if m.kind == "date" and m.resolved}
        weapons = {m.resolved for m in mentions if m.kind == "weapon" and m.resolved}
        for event in doc.get("events", []):
            for code in (event["source"], event["target"]):
                if code:
                    counts["actor exact"][1] += 1
                    counts["actor exact"][0] += code in codes
                    counts["actor country"][1] += 1
                    counts["actor country"][0] += any(c[:3] == code[:3] for c in codes)
                    if code not in codes:
                        misses.append(f"{doc['id']}: {code}")
            if event.get("location"):
                counts["place"][1] += 1
                counts["place"][0] += any(event["location"].casefold() in p or p and p in event["location"].casefold()
                                          for p in places)
            if event.get("date"):
                counts["date"][1] += 1
                counts["date"][0] += any(d.startswith(event["date"]) or event["date"].startswith(d) for d in dates)
        for transfer in doc.get("transfers", []):
            counts["weapon"][1] += 1
            key = transfer["weapon_key"].casefold()
            counts["weapon"][0] += any(key in " ".join(knowledge.weapons.weapons[w].names).casefold() for w in weapons)
    shares = {key: _share(*value) for key, value in counts.items()}
    with capsys.disabled():
        print("\ngold resolution: " + ", ".join(f"{k} {v[0]}/{v[1]} = {shares[k]:.2f}" for k, v in counts.items()))
        print("  actor codes not found exactly (first 20): " + "; ".join(misses[:20]))
    assert shares["actor country"] >= 0.95
    assert shares["actor exact"] >= 0.75
    assert shares["weapon"] >= 0.9
    assert shares["date"] >= 0.7


def test_seed_article_resolution(resolved):
    doc, mentions = resolved[0]
    assert doc["id"].startswith("seed")
    by_text = {}
    for m in mentions:
        by_text.setdefault((m.text, m.kind), m)
    assert by_text[("Moscow", "actor")].resolved == "RUSGOV"
    assert by_text[("Houthi militias", "actor")].resolved == "YEMREB"
    assert by_text[("Tehran", "actor")].resolved == "IRNGOV"
    assert by_text[("Vladimir Putin", "actor")].resolved == "RUSGOV"
    assert by_text[("Mohamed Abdel-Salam", "actor")].resolved == "YEMREB"
    assert by_text[("Western intelligence", "actor")].resolved == "WSTSPY"
    assert by_text[("U.S. officials", "actor")].resolved == "USAGOV"
    assert by_text[("Tuesday", "date")].resolved == "2024-09-24"
    assert by_text[("July", "date")].resolved == "2024-07"
    assert by_text[("Yakhont", "weapon")].resolved == "p-800-oniks"
    assert by_text[("P-800", "weapon")].resolved == "p-800-oniks"
    red_sea = by_text[("Red Sea", "place")]
    assert red_sea.resolved == "region:red-sea" and red_sea.detail["lat"] == pytest.approx(20.0)
    assert by_text[("Tehran", "place")].detail["country"] == "IRN"

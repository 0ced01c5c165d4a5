"""Claim attribution: quotes and reported speech, speakers, anonymous sources, outlet chains, stances and
hedges, on the seed article and on sentences written to test each rule; stored, listed and linked to events."""

import csv
import io
import json

import pytest

from wirecheck.analysis import Analyzer
from wirecheck.claims.quotes import find_quotations
from wirecheck.config import Settings


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(Settings())


def _claims(analyzer, text: str, publisher: str = "Test Wire", published: str = "2024-09-25"):
    [(annotations, _)] = list(analyzer.analyse([(text, None)], lambda _: published, lambda _: publisher))
    return [(text[c.start:c.end], c) for c in annotations.claims], annotations


def _by_content(claims, words: str):
    found = [claim for content, claim in claims if words in content]
    assert found, f"no claim with {words!r} in {[content for content, _ in claims]}"
    return found[0]


def test_seed_claims_speakers_chains_and_denial(analyzer, shared):
    record = json.loads((shared / "gold" / "seed.jsonl").read_text().splitlines()[0])
    claims, annotations = _claims(analyzer, record["text"], record["publisher"])
    source = _by_content(claims, "Russia is negotiating with the Houthis")
    assert source.kind == "direct" and source.anonymous and "Western intelligence" in source.speaker
    assert source.via == ["Reuters", "The Moscow Times"]
    experts = _by_content(claims, "its deployment would alter")
    assert experts.anonymous and experts.via == ["The Moscow Times"]
    denial = _by_content(claims, "knowledge of the discussions")
    assert denial.stance == "deny" and not denial.anonymous and denial.speaker_actor == "YEMREB"
    assert denial.via == ["Reuters", "The Moscow Times"]
    journal = _by_content(claims, "Russia might be planning")
    assert "Wall Street Journal" in journal.speaker and "might" in journal.hedges
    talks = [annotations.events[i] for i in denial.events]
    assert any(e.source.startswith("RUS") and e.target == "YEMREB" and e.cameo.startswith("04") for e in talks)
    assert all("denied" in e.modes and e.mode != "denied" for e in talks)  # denied, still negotiating


@pytest.mark.parametrize("text, content, speaker, via", [
    ("Russia and Turkey are close to a deal, Alexander Mikheev said on Monday, the Interfax news agency reported.",
     "close to a deal", "Mikheev", ["Interfax", "Test Wire"]),
    ("“The talks are nearly over,” Mikheev was quoted by Interfax as saying.",
     "The talks are nearly over", "Mikheev", ["Interfax", "Test Wire"]),
    ("The Wall Street Journal reported the deal in July. According to the newspaper, Iran brokered the talks.",
     "Iran brokered the talks", "Wall Street Journal", ["Test Wire"]),
    ("A Turkish defence official told Reuters the delivery was on schedule.",
     "the delivery was on schedule", "Turkish defence official", ["Reuters", "Test Wire"]),
])
def test_outlet_chains(analyzer, text, content, speaker, via):
    claims, _ = _claims(analyzer, text)
    claim = _by_content(claims, content)
    assert speaker in claim.speaker and claim.via == via
    assert not any("Interfax" in (c.speaker or "") for _, c in claims)  # a report passing words on is a link


def test_wire_copies_citations_and_unnamed_people(analyzer):
    text = ("TEHRAN, Nov. 20 (IRNA) - Iran's Foreign Ministry spokesman Nasser Kanaani on Monday rejected "
            "accusations that Tehran was behind the seizure of a ship.\n\n"
            "Saudi Arabia and Iran agreed to restore ties, Reuters reported on Friday, citing a joint statement.\n\n"
            "A teacher who asked not to be named said the crowd was calm.")
    claims, _ = _claims(analyzer, text, publisher="Gulf Wire")
    rejected = _by_content(claims, "Tehran was behind the seizure")
    assert rejected.stance == "deny" and rejected.speaker.startswith("Iran's Foreign Ministry spokesman")
    assert rejected.via == ["Islamic Republic News Agency", "Gulf Wire"]  # the dateline's wire, then the publisher
    cited = _by_content(claims, "agreed to restore ties")
    assert "joint statement" in cited.speaker and cited.via[0] == "Reuters"
    assert _by_content(claims, "the crowd was calm").anonymous


def test_pronouns_descriptions_and_stances(analyzer):
    text = ("Foreign Minister Sergei Lavrov said the sanctions were illegal. He added that Moscow would respond.\n\n"
            "Turkey's foreign ministry said it rejected the decision. It urged Washington to reverse it. "
            "Iran denied supplying the drones. Tehran said the reports were baseless. "
            "A senior official said talks could reportedly resume. It is believed that the drones came from Iran.")
    claims, _ = _claims(analyzer, text)
    added = _by_content(claims, "Moscow would respond")
    assert "Lavrov" in added.speaker and added.speaker_actor.startswith("RUS")
    urged = _by_content(claims, "Washington to reverse it")
    assert "foreign ministry" in urged.speaker
    assert _by_content(claims, "supplying the drones").stance == "deny"
    assert _by_content(claims, "the reports were baseless").stance == "deny"
    hedged = _by_content(claims, "talks could reportedly resume")
    assert hedged.anonymous and hedged.descriptor == "senior official" and "could" in hedged.hedges
    impersonal = _by_content(claims, "the drones came from Iran")
    assert impersonal.speaker is None and impersonal.anonymous and "it is believed" in impersonal.hedges


def test_colon_quotes_and_continuing_speakers(analyzer):
    text = 'Lavrov told reporters: "We will respond to any provocation." He added: "Nobody should doubt it."'
    claims, _ = _claims(analyzer, text)
    assert [(content, c.speaker, c.kind) for content, c in claims] == [
        ("We will respond to any provocation.", "Lavrov", "direct"),
        ("Nobody should doubt it.", "Lavrov (He)", "direct")]


def test_quote_mark_edge_cases_give_sensible_claims(analyzer):
    text = ('Officials said the "deal" was close.\n\n'
            '“We will not accept this,” the minister said, calling the plan ‘a “trap” for us’.\n\n'
            '“The first point is that we were never consulted about any of it.\n\n'
            '“The second is that the weapons have already been paid for.\n\n'
            '“The third is that nobody asked the people of the region,” said Amina Haddad, a lawmaker.\n\n'
            '“Nobody in this building knows where the missiles went,” one line of the report reads.\n\n'
            'An unbalanced mark starts here “and never closes in this paragraph.\n\n'
            'A stray closing mark” is here, and a "straight quote with no end.')
    claims, _ = _claims(analyzer, text)
    long_quote = _by_content(claims, "we were never consulted")
    assert "nobody asked the people of the region" in text[long_quote.start:long_quote.end]
    assert "Haddad" in long_quote.speaker and long_quote.kind == "direct"
    assert "minister" in _by_content(claims, "We will not accept this").speaker
    assert not any(content == "deal" for content, _ in claims)  # a scare quote is no claim
    for _, claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)


def test_quotations_by_their_marks():
    text = 'He said: “One.\n\n“Two,” she said. « Trois » and "four five".\n\nOpen “never closed\n\nNext.'
    found = [(text[q.start:q.end], q.closed, q.paragraphs) for q in find_quotations(text)]
    assert found == [("One.\n\n“Two,", True, 2), (" Trois ", True, 1), ("four five", True, 1),
                     ("never closed", False, 1)]
    assert find_quotations("") == [] and find_quotations('"') == []


def test_claims_are_stored_listed_and_shown_with_events(cli, db, shared):
    record = json.loads((shared / "gold" / "seed.jsonl").read_text().splitlines()[0])
    source = db + ".jsonl"
    with open(source, "w") as handle:
        handle.write(json.dumps({key: record[key] for key in ("url", "title", "published", "publisher", "text")}))
    assert cli("ingest", source, "--db", db).exit_code == 0
    listed = _lines(cli("claims", "--db", db, "--format", "json").output)
    assert len(listed) >= 6 and all(c["content"] and c["via"] for c in listed)
    denied = _lines(cli("claims", "--db", db, "--stance", "deny", "--format", "json").output)
    assert [c["speaker_actor"] for c in denied] == ["YEMREB"] and denied[0]["events"]
    anonymous = _lines(cli("claims", "--db", db, "--anonymous", "--outlet", "Reuters", "--format", "json").output)
    assert anonymous and all(c["anonymous"] and "Reuters" in c["via"] for c in anonymous)
    assert all(c["stance"] == "assert" for c in listed if c["speaker_actor"] != "YEMREB")
    rows = list(csv.DictReader(io.StringIO(cli("claims", "--db", db, "--named", "--format", "csv").output)))
    assert rows and all(row["anonymous"] == "False" for row in rows)
    [shown] = _lines(cli("show", "1", "--db", db, "--format", "json").output)
    talks = [e for e in shown["events"] if e["cameo"] == "046" and e["target"] == "YEMREB"]
    assert talks and {c["stance"] for c in talks[0]["claims"]} == {"assert", "deny"}
    exported = list(csv.DictReader(io.StringIO(cli("events", "--db", db, "--cameo", "046", "--format", "csv").output)))
    assert any("Abdel-Salam" in row["DeniedBy"] and "Reuters" in row["AssertedBy"] for row in exported)


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_we_in_a_quotation_is_its_speaker(analyzer):
    text = "“We will attack American warships in the Red Sea,” Houthi spokesman Mohammed Abdulsalam said."
    _, annotations = _claims(analyzer, text)
    assert [(m.text, m.resolved) for m in annotations.mentions if m.rule == "quote-speaker"] == [("We", "YEMREB")]
    assert any(e.source == "YEMREB" and e.cameo.startswith("19") and e.target == "USAMIL" for e in annotations.events)

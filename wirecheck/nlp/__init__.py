"""NLP: spaCy over article texts in batches, with the resolution layer's knowledge in the pipeline."""

from wirecheck.nlp.pipeline import INGEST_COMPONENTS, annotate, load_pipeline, load_statistical_pipeline

__all__ = ["INGEST_COMPONENTS", "annotate", "load_pipeline", "load_statistical_pipeline"]

"""`wirecheck eval`: the pipeline on gold documents, scored by the rules of ../shared/gold/FORMAT.md."""

from wirecheck.evaluate.run import EvalResult, evaluate

__all__ = ["EvalResult", "evaluate"]

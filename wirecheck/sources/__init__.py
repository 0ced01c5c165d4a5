"""Sources: turn what the user points at (files, folders, URLs, feeds, JSONL, WARC) into raw documents.

Every item is either a `RawDocument` or an `InputError` naming the input that failed, so that one bad
input never stops the rest of a batch.
"""

from wirecheck.sources.document import RawDocument
from wirecheck.sources.dispatch import iter_documents

__all__ = ["RawDocument", "iter_documents"]

"""wirecheck: a sourced, checkable record of who did what to whom, and who says so."""

from wirecheck.api import Wirecheck
from wirecheck.config import Settings

__all__ = ["Wirecheck", "Settings"]
__version__ = "0.1.0"

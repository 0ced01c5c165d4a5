"""The errors wirecheck raises, in one place, each naming what went wrong and with which input."""


class WirecheckError(Exception):
    """Base class: every error wirecheck raises on purpose."""


class ConfigError(WirecheckError):
    """A setting or settings file is unusable."""


class ModelNotFound(WirecheckError):
    """None of the configured spaCy pipelines is installed."""


class InputError(WirecheckError):
    """One input (file, URL, feed entry, JSONL line, WARC record) cannot be read as an article.

    `source` names the input so that a user can find it; the message is one line.
    """

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched, or was refused before fetching (private address, bad scheme)."""

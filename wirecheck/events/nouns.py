"""Event nouns: "talks with Iran", "Russia's attack on Kyiv", "U.S. sanctions on Iranian firms".

A noun is coded only when the verb that governs it coded nothing, so "held talks" stays one event.
"""

from __future__ import annotations

from importlib import resources

import yaml

from wirecheck.events.verbs import VerbDictionary

NOUN_FILE = "nouns.yaml"


class NounDictionary(VerbDictionary):
    """The verb dictionary's shape, keyed by noun lemma, with the nouns whose act is done together."""

    def __init__(self):
        super().__init__()
        self.reciprocal: set[str] = set()
        self.doer_of: set[str] = set()  # nouns whose "of" names who does the act: "the visit of Raisi"

    @classmethod
    def load(cls) -> "NounDictionary":
        nouns = cls()
        path = resources.files("wirecheck.events") / "data" / NOUN_FILE
        nouns.add_file(path, NOUN_FILE)
        for entry in yaml.safe_load(path.read_text("utf-8")) or []:
            lemmas = [lemma.lower() for lemma in entry.get("lemmas") or [entry["lemma"]]]
            if entry.get("reciprocal"):
                nouns.reciprocal.update(lemmas)
            if entry.get("doer_of"):
                nouns.doer_of.update(lemmas)
        return nouns

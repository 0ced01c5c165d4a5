"""The attribution lexicon (`data/cues.yaml`): which words attribute words, with what stance and hedge."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class CueLexicon:
    assert_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    rejection_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    directive_verbs: frozenset[str]
    hedge_verbs: frozenset[str]
    document_nouns: frozenset[str]
    source_nouns: frozenset[str]
    commentator_nouns: frozenset[str]
    hedge_words: frozenset[str]
    dismissal_words: frozenset[str]
    anonymity_phrases: frozenset[str]

    @property
    def verbs(self) -> frozenset[str]:
        return (self.assert_verbs | self.deny_verbs | self.rejection_verbs | self.accusation_verbs
                | self.directive_verbs | self.hedge_verbs)

    @property
    def anonymous_nouns(self) -> frozenset[str]:
        return self.source_nouns | self.commentator_nouns


@cache
def load_cues() -> CueLexicon:
    data = yaml.safe_load((resources.files("wirecheck.claims") / "data" / "cues.yaml").read_text("utf-8"))
    words = {key: frozenset(str(word).lower() for word in value) for key, value in data.items()
             if isinstance(value, list)}
    anonymous = data["anonymous_nouns"]
    return CueLexicon(
        assert_verbs=words["assert_verbs"], deny_verbs=words["deny_verbs"],
        rejection_verbs=words["rejection_verbs"], accusation_verbs=words["accusation_verbs"],
        claim_nouns=words["claim_nouns"],
        directive_verbs=words["directive_verbs"], hedge_verbs=words["hedge_verbs"],
        document_nouns=words["document_nouns"],
        source_nouns=frozenset(w.lower() for w in anonymous["source"]),
        commentator_nouns=frozenset(w.lower() for w in anonymous["commentator"]),
        hedge_words=words["hedge_words"], dismissal_words=words["dismissal_words"],
        anonymity_phrases=words["anonymity_phrases"],
    )

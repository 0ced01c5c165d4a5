"""Statements coded from what they say: "Turkey's foreign ministry said the move was unfair" criticizes
(111), "the group said Washington would pay a heavy price" threatens (13x). The lexicon is data
(data/statements.yaml); this module finds the said clause, the word that classifies it, and the words
that say whom it is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.tokens import Token

from wirecheck.errors import ConfigError
from wirecheck.events.codebook import codebook

STATEMENT_FILE = "statements.yaml"
FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll"}
# Dependents of a word that name whose it is: "Washington's arrogant approach", "a U.S. mistake".
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Dependency labels of verbs that head a clause of their own; an infinitive or participle takes its
# tense from the clause it is in ("would keep targeting ships", "would treat ships owned by X as targets").
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "parataxis"}
# Words whose object a statement disowns: "we are avoiding an escalation" accuses no one.
AVERTING_VERBS = {"avoid", "prevent", "stop", "oppose", "deny", "reject", "halt", "end", "against", "counter",
                  "combat", "fight"}


@dataclass(frozen=True)
class Category:
    code: str
    words: frozenset[str]
    future: bool  # only in a clause about what will be done: a threat
    negated_words: frozenset[str] = frozenset()  # words that say it only when negated: "would not hesitate"


@dataclass(frozen=True)
class StatementLexicon:
    reporting_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    categories: tuple[Category, ...]
    act_nouns: frozenset[str]

    @classmethod
    def load(cls) -> "StatementLexicon":
        data = yaml.safe_load((resources.files("wirecheck.events") / "data" / STATEMENT_FILE).read_text("utf-8"))
        categories = tuple(Category(str(c["code"]), frozenset(w.lower() for w in c["words"]), bool(c.get("future")),
                                    frozenset(w.lower() for w in c.get("negated_words", ())))
                           for c in data["categories"])
        for category in categories:
            if category.code not in codebook():
                raise ConfigError(f"{STATEMENT_FILE}: {category.code!r} is not a CAMEO code")
        return cls(frozenset(data["reporting_verbs"]), frozenset(data["naming_verbs"]), categories,
                   frozenset(data["act_nouns"]))

    def said_clause(self, verb: Token) -> Token | None:
        """The head of what a verb of saying says: "said [the move was unfair]", "called the seizure
        [an act of terrorism]", "described the junta as [illegitimate]"."""
        lemma = verb.lemma_.lower()
        if lemma in self.reporting_verbs:
            return next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if lemma in self.naming_verbs:
            named = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")]
            named += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                      if o.dep_ in ("pobj", "amod", "acomp")]
            return named[0] if named else None
        return None

    def classify(self, clause: Token) -> tuple[Category, Token] | None:
        """The first category with a word in the clause (not negated: "was not unfair"), and that word."""
        tokens = list(clause.subtree)
        for category in self.categories:
            word = next((t for t in tokens if (t.lemma_.lower() in category.words and not _not_a_judgement(t)
                                               or t.lemma_.lower() in category.negated_words and _negated(t))
                         and (not category.future or _is_future(t))), None)
            if word is not None:
                return category, word
        return None


def about(word: Token, clause: Token) -> list[Token]:
    """Tokens that may name whom the judged words are about, nearest first: the owners of the word and of
    the words it hangs from ("Washington's arrogant approach"), the subjects of the clauses on the way up
    to the said clause ("Washington was stoking the conflict"), then what the word acts on ("would confront
    any coalition formed by Washington")."""
    found = []
    node = word
    while True:
        found += [c for c in node.children if c.dep_ in OWNER_DEPS and c != word]
        found += [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if node == clause or node.head == node:
            break
        node = node.head
    if word.pos_ == "VERB":  # what a noun is "of" is its victim ("a violation of Yemen's sovereignty")
        found += [t for c in word.children if c.dep_ in ("dobj", "prep") for t in c.subtree if t.pos_ in ("PROPN", "NOUN")]
    return found


def _not_a_judgement(token: Token) -> bool:
    """The word or the word it hangs from is negated ("was not unfair"); it is what an act of averting is
    about ("we are avoiding an escalation", "the fight against terrorism"); or it only names a kind of
    thing ("the terrorism list", "the counter-terrorism force")."""
    return (_negated(token) or token.head.lemma_.lower() in AVERTING_VERBS or token.dep_ == "compound" or _hyphenated(token))


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in (*token.children, *token.head.children))


def _hyphenated(token: Token) -> bool:
    """The word ends a hyphenated modifier: "counter-terrorism"."""
    return token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_


def _is_future(word: Token) -> bool:
    """The clause of the word speaks of what will be done: "would pay a heavy price"."""
    for token in (word, *word.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in token.children):
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            return False
    return False

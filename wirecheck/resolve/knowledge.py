"""Everything the resolution layer knows, loaded once per process: actors, role words, places, weapons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wirecheck.resolve.actors import ActorBook
from wirecheck.resolve.dictionaries import DATA, bundled_actor_book, load_user_actors, read_yaml, role_words
from wirecheck.resolve.petrarch import read_petrarch_agents
from wirecheck.resolve.places import Gazetteer
from wirecheck.resolve.weapons import WeaponBook


@dataclass
class Knowledge:
    actors: ActorBook
    roles: dict[str, str]  # role phrase (lower case) -> CAMEO role code
    places: Gazetteer
    weapons: WeaponBook


def load_knowledge(actor_files: tuple[str, ...] = (), agent_files: tuple[str, ...] = ()) -> Knowledge:
    """The bundled knowledge plus the user's dictionaries (later files override earlier entries).

    Example:
        >>> load_knowledge().actors.lookup("Ansar Allah")[0].code
        'YEMREB'
    """
    return _load(tuple(actor_files), tuple(agent_files))


@cache  # one cache key however the arguments were passed: the pipeline and the linker share one Knowledge
def _load(actor_files: tuple[str, ...], agent_files: tuple[str, ...]) -> Knowledge:
    actors = bundled_actor_book()
    for path in actor_files:
        load_user_actors(actors, path)
    roles = role_words()
    for path in agent_files:
        roles.update(read_petrarch_agents(Path(path)))
    return Knowledge(
        actors=actors,
        roles=roles,
        places=Gazetteer.build(read_yaml(DATA / "places" / "regions.yaml")),
        weapons=WeaponBook.from_entries(read_yaml(DATA / "weapons.yaml")),
    )

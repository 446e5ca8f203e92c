"""Where people live, said with an adjective: "Canadian customers" are customers in Canada
("Canadian cities" the cities in Canada),
"Mexico-based clients" customers in Mexico. Only before a word for people, so that "Japanese
films" stays the films in Japanese (a language) and "Japanese customers" are the customers
who live in Japan (not the customers of Japanese films).

The adjectives are those of the countries in Pagila's ``country`` table; a country the data
lacks reads as an unknown place, refused as before.
"""

from __future__ import annotations

import re

DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "algerian": "Algeria", "angolan": "Angola",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
    "bahraini": "Bahrain", "bangladeshi": "Bangladesh", "belarusian": "Belarus",
    "bolivian": "Bolivia", "brazilian": "Brazil", "bruneian": "Brunei", "bulgarian": "Bulgaria",
    "cambodian": "Cambodia", "cameroonian": "Cameroon", "canadian": "Canada", "chadian": "Chad",
    "chilean": "Chile", "chinese": "China", "colombian": "Colombia", "congolese": "Congo",
    "czech": "Czech Republic", "dominican": "Dominican Republic", "ecuadorian": "Ecuador",
    "egyptian": "Egypt", "estonian": "Estonia", "ethiopian": "Ethiopia", "finnish": "Finland",
    "french": "France", "gambian": "Gambia", "german": "Germany", "greek": "Greece",
    "hungarian": "Hungary", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran",
    "iraqi": "Iraq", "israeli": "Israel", "italian": "Italy", "japanese": "Japan",
    "kazakh": "Kazakstan", "kenyan": "Kenya", "kuwaiti": "Kuwait", "latvian": "Latvia",
    "lithuanian": "Lithuania", "malagasy": "Madagascar", "malawian": "Malawi",
    "malaysian": "Malaysia", "mexican": "Mexico", "moldovan": "Moldova", "moroccan": "Morocco",
    "mozambican": "Mozambique", "nepalese": "Nepal", "nepali": "Nepal", "dutch": "Netherlands",
    "nigerian": "Nigeria", "omani": "Oman", "pakistani": "Pakistan", "paraguayan": "Paraguay",
    "peruvian": "Peru", "filipino": "Philippines", "polish": "Poland",
    "puerto rican": "Puerto Rico", "romanian": "Romania", "russian": "Russian Federation",
    "saudi": "Saudi Arabia", "senegalese": "Senegal", "slovak": "Slovakia",
    "south african": "South Africa", "south korean": "South Korea", "korean": "South Korea",
    "north korean": "North Korea", "spanish": "Spain", "sri lankan": "Sri Lanka",
    "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland", "taiwanese": "Taiwan",
    "tanzanian": "Tanzania", "thai": "Thailand", "tongan": "Tonga", "tunisian": "Tunisia",
    "turkish": "Turkey", "ukrainian": "Ukraine", "emirati": "United Arab Emirates",
    "british": "United Kingdom", "american": "United States",
    "venezuelan": "Venezuela", "vietnamese": "Vietnam", "yemeni": "Yemen", "zambian": "Zambia",
    "new zealander": "New Zealand",
}  # fmt: skip

_PEOPLE = (
    r"(?:customers?|clients?|members?|renters?|borrowers?|folks|people|users?|shoppers?"
    r"|patrons?|subscribers?|households?|viewers?|accounts?|buyers?|payers?"
    r"|cust(?:o?m[eo]?rs?|s)?|costumers?|custommers?"  # "custmers", "custs": typed in a hurry
    r"|cities|city|towns?)"  # "Canadian cities": the cities in Canada
)
_BY_ADJECTIVE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")"
    r"(?:\s*-?\s*based)?\s+(" + _PEOPLE + r")\b",
    re.IGNORECASE,
)
_DEMONYM = "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
_EITHER_ADJECTIVE = re.compile(
    rf"\b(?P<a>{_DEMONYM})\s+(?:or|and|&|/)\s+(?P<b>{_DEMONYM})\s+(?P<people>{_PEOPLE})\b",
    re.IGNORECASE,
)
# "Mexico-based clients", "New Zealand based customers": the place itself before "based"
_BY_PLACE = re.compile(
    r"\b((?:[a-z]+\s+){0,2}[a-z]+)\s*-?\s*based\s+(" + _PEOPLE + r")\b", re.IGNORECASE
)
_COUNTRIES = {country.lower(): country for country in DEMONYMS.values()}


def place_people(text: str) -> str:
    """``text`` with "Canadian customers" written "customers in Canada" ("Canadian or
    Mexican clients": "clients in Canada or Mexico")."""
    text = _EITHER_ADJECTIVE.sub(
        lambda m: f"{m['people']} in {DEMONYMS[m['a'].lower()]} or {DEMONYMS[m['b'].lower()]}",
        text,
    )
    text = _BY_ADJECTIVE.sub(lambda m: f"{m.group(2)} in {DEMONYMS[m.group(1).lower()]}", text)
    return _BY_PLACE.sub(_based, text)


def _based(match: re.Match[str]) -> str:
    """ "our New Zealand-based clients": "our clients in New Zealand"; the words before the
    place are kept (the longest known country that ends the run, else its last word)."""
    words = match.group(1).split()
    for start in range(len(words)):
        place = " ".join(words[start:])
        if place.lower() in _COUNTRIES or start == len(words) - 1:
            before = " ".join(words[:start])
            return f"{before} {match.group(2)} in {place}".lstrip()
    raise AssertionError("unreachable: the last word is always a place")

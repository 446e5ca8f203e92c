"""The deterministic Pagila-shaped demo data generator.

It owns the word lists and the distributions that make the generated ``analytics`` data
look like Pagila (2 stores, 1000 films, a rental history between 2022-02-14 and
2022-08-23) and the COPY that loads it. Everything random comes from ``random.Random``
instances seeded from ``seed`` (one per table, drawn in a fixed order), so one scale and
seed always give the same rows. Only customers, rentals and payments grow with ``scale``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any

import psycopg

from bastion.demo.tables import (
    ANALYTICS_TABLES,
    copy_statement,
    reset_sequences,
    row_counts,
)
from bastion.errors import InvalidInput

Progress = Callable[[str, int, int], None]
Row = tuple[Any, ...]

DEFAULT_SEED = 20220214

# One fixed ``last_update`` for every row: a wall-clock value would break determinism.
LAST_UPDATE = datetime(2022, 2, 15, 9, 45, 30, tzinfo=UTC)
CREATE_DATE = date(2022, 2, 14)
FIRST_RENTAL_DAY = date(2022, 2, 14)
LAST_RENTAL_DAY = date(2022, 8, 23)
DAY = 86_400

# Sizes at scale 1, as in Pagila.
CUSTOMERS = 599
RENTALS = 16_044
UNRETURNED = 183
SPLIT_PAYMENTS = 5  # 16,049 payments for 16,044 rentals: a few late fees are paid apart.
MIN_CUSTOMERS = 10  # Tiny scales (tests) still get a handful of everything.
MIN_RENTALS = 60
ACTORS = 200
FILMS = 1000
STORES = 2
FILMS_WITHOUT_STOCK = 42
HOME_STORE_SHARE = 0.8  # Share of rentals taken at the customer's own store.
LATE_FEE_CAP_DAYS = 10
INACTIVE_SHARE = 0.025
LATE_SHARE = 0.3  # Share of returns after the film's rental duration.

LANGUAGES = ("English", "Italian", "Japanese", "Mandarin", "French", "German")
LANGUAGE_WEIGHTS = (58, 8.4, 8.4, 8.4, 8.4, 8.4)
CATEGORIES = (
    "Action", "Animation", "Children", "Classics", "Comedy", "Documentary", "Drama", "Family",
    "Foreign", "Games", "Horror", "Music", "New", "Sci-Fi", "Sports", "Travel",
)  # fmt: skip
# Pagila: 36 films have one category, 964 have two or three (2,367 rows).
CATEGORIES_PER_FILM = {1: 0.036, 2: 0.525, 3: 0.439}
RATINGS = ("G", "PG", "PG-13", "R", "NC-17")
RATING_WEIGHTS = (178, 194, 223, 195, 210)
FEATURES = ("Trailers", "Commentaries", "Deleted Scenes", "Behind the Scenes")
RENTAL_RATES_CENTS = (99, 299, 499)
# Pagila's cast sizes: film count per number of actors (0 to 15), about 5.46 on average.
CAST_SIZE_WEIGHTS = (3, 21, 69, 119, 137, 195, 150, 119, 90, 49, 21, 14, 6, 6, 0, 1)
# Copies of a stocked film in one store (0 to 4), about 2.4 on average as in Pagila.
COPIES_WEIGHTS = (12, 10, 27, 30, 21)

# Rental rhythm: busier weekends and evenings, and business that grows over the months.
WEEKDAY_WEIGHTS = (0.85, 0.8, 0.85, 0.95, 1.3, 1.45, 1.15)  # Monday first
HOUR_WEIGHTS = (
    0.4, 0.25, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.9, 1.0, 1.1,
    1.3, 1.2, 1.1, 1.2, 1.4, 1.8, 2.2, 2.5, 2.4, 2.0, 1.4, 0.8,
)  # fmt: skip
GROWTH = 1.6  # The last day is this much busier than the first, before the weekly rhythm.

FIRST_NAMES = (
    "MARY", "PATRICIA", "LINDA", "BARBARA", "ELIZABETH", "JENNIFER", "MARIA", "SUSAN",
    "MARGARET", "DOROTHY", "LISA", "NANCY", "KAREN", "BETTY", "HELEN", "SANDRA", "DONNA",
    "CAROL", "RUTH", "SHARON", "MICHELLE", "LAURA", "SARAH", "KIMBERLY", "DEBORAH", "JESSICA",
    "SHIRLEY", "CYNTHIA", "ANGELA", "MELISSA", "BRENDA", "AMY", "ANNA", "REBECCA", "VIRGINIA",
    "KATHLEEN", "PAMELA", "MARTHA", "DEBRA", "AMANDA", "STEPHANIE", "CAROLYN", "CHRISTINE",
    "MARIE", "JANET", "CATHERINE", "FRANCES", "ANN", "JOYCE", "DIANE", "JAMES", "JOHN",
    "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "CHARLES", "JOSEPH", "THOMAS",
    "CHRISTOPHER", "DANIEL", "PAUL", "MARK", "DONALD", "GEORGE", "KENNETH", "STEVEN",
    "EDWARD", "BRIAN", "RONALD", "ANTHONY", "KEVIN", "JASON", "MATTHEW", "GARY", "TIMOTHY",
    "JOSE", "LARRY", "JEFFREY", "FRANK", "SCOTT", "ERIC", "STEPHEN", "ANDREW", "RAYMOND",
    "GREGORY", "JOSHUA", "JERRY", "DENNIS", "WALTER", "PATRICK", "PETER", "HAROLD", "DOUGLAS",
    "HENRY", "CARL", "ARTHUR", "RYAN", "ROGER", "PENELOPE", "NICK", "GRACE", "CUBA", "UMA",
)  # fmt: skip
LAST_NAMES = (
    "SMITH", "JOHNSON", "WILLIAMS", "JONES", "BROWN", "DAVIS", "MILLER", "WILSON", "MOORE",
    "TAYLOR", "ANDERSON", "THOMAS", "JACKSON", "WHITE", "HARRIS", "MARTIN", "THOMPSON",
    "GARCIA", "MARTINEZ", "ROBINSON", "CLARK", "RODRIGUEZ", "LEWIS", "LEE", "WALKER", "HALL",
    "ALLEN", "YOUNG", "HERNANDEZ", "KING", "WRIGHT", "LOPEZ", "HILL", "SCOTT", "GREEN", "ADAMS",
    "BAKER", "GONZALEZ", "NELSON", "CARTER", "MITCHELL", "PEREZ", "ROBERTS", "TURNER",
    "PHILLIPS", "CAMPBELL", "PARKER", "EVANS", "EDWARDS", "COLLINS", "STEWART", "SANCHEZ",
    "MORRIS", "ROGERS", "REED", "COOK", "MORGAN", "BELL", "MURPHY", "BAILEY", "RIVERA",
    "COOPER", "RICHARDSON", "COX", "HOWARD", "WARD", "TORRES", "PETERSON", "GRAY", "RAMIREZ",
    "JAMES", "WATSON", "BROOKS", "KELLY", "SANDERS", "PRICE", "BENNETT", "WOOD", "BARNES",
    "ROSS", "HENDERSON", "COLEMAN", "JENKINS", "PERRY", "POWELL", "LONG", "PATTERSON",
    "HUGHES", "FLORES", "WASHINGTON", "BUTLER", "SIMMONS", "FOSTER", "GONZALES", "BRYANT",
    "ALEXANDER", "RUSSELL", "GRIFFIN", "DIAZ", "HAYES", "GUINESS", "WAHLBERG", "CHASE",
)  # fmt: skip
COUNTRIES = (
    "Afghanistan", "Algeria", "American Samoa", "Angola", "Anguilla", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Bolivia",
    "Brazil", "Brunei", "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Congo", "Czech Republic", "Dominican Republic", "Ecuador", "Egypt", "Estonia",
    "Ethiopia", "Faroe Islands", "Finland", "France", "French Guiana", "French Polynesia",
    "Gambia", "Germany", "Greece", "Greenland", "Holy See", "Hong Kong", "Hungary", "India",
    "Indonesia", "Iran", "Iraq", "Israel", "Italy", "Japan", "Kazakhstan", "Kenya", "Kuwait",
    "Latvia", "Liechtenstein", "Lithuania", "Madagascar", "Malawi", "Malaysia", "Mexico",
    "Moldova", "Morocco", "Mozambique", "Myanmar", "Nauru", "Nepal", "Netherlands",
    "New Zealand", "Nigeria", "North Korea", "Oman", "Pakistan", "Paraguay", "Peru",
    "Philippines", "Poland", "Puerto Rico", "Romania", "Réunion", "Russian Federation",
    "Saint Vincent and the Grenadines", "Saudi Arabia", "Senegal", "Slovakia", "South Africa",
    "South Korea", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Taiwan",
    "Tanzania", "Thailand", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Ukraine",
    "United Arab Emirates", "United Kingdom", "United States", "Venezuela", "Vietnam",
    "Virgin Islands, U.S.", "Yemen", "Yugoslavia", "Zambia",
)  # fmt: skip
# Countries with more cities than the one every country gets (relative weights, as in
# Pagila, where India and China have the most).
BIG_COUNTRIES = {
    "India": 60, "China": 53, "United States": 35, "Japan": 31, "Mexico": 30, "Brazil": 28,
    "Russian Federation": 28, "Philippines": 20, "Turkey": 15, "Indonesia": 14, "Nigeria": 13,
    "Argentina": 13, "South Africa": 11, "Taiwan": 10, "Iran": 8, "United Kingdom": 8,
    "Poland": 8, "Germany": 7, "Italy": 7, "Venezuela": 7, "Ukraine": 6, "Vietnam": 6,
    "Colombia": 6, "Egypt": 6, "Spain": 5, "Pakistan": 5, "Canada": 5, "Saudi Arabia": 5,
    "Netherlands": 5, "South Korea": 5, "France": 4, "Peru": 4, "Israel": 4, "Yemen": 4,
    "Bangladesh": 3, "Thailand": 3, "Tanzania": 3, "Chile": 3, "Austria": 3, "Ecuador": 3,
    "Malaysia": 3, "Morocco": 3, "Mozambique": 3, "Paraguay": 3, "Dominican Republic": 3,
    "Algeria": 3, "Switzerland": 3, "United Arab Emirates": 3, "Kenya": 2, "Cameroon": 2,
    "Belarus": 2, "Cambodia": 2, "Bolivia": 2, "Kazakhstan": 2, "Myanmar": 2, "Oman": 2,
    "Puerto Rico": 2, "Romania": 2, "Sudan": 2, "Greece": 2, "Bulgaria": 2, "Angola": 2,
}  # fmt: skip
CITIES = 600
CITY_SYLLABLES = (
    "ka", "lo", "ma", "ri", "ta", "ne", "so", "vi", "ra", "del", "mon", "ber", "gar", "lin",
    "por", "san", "te", "na", "bu", "zo", "al", "en", "or", "ul", "ha", "mi", "ko", "da", "fe",
    "lu", "ar", "is", "ve", "ju", "cha", "bel", "tor", "qu", "sha", "ni",
)  # fmt: skip
CITY_PREFIXES = ("", "", "", "", "", "", "San ", "Port ", "New ", "Santa ", "El ", "Saint ")
CITY_SUFFIXES = (
    "", "", "", "", "", "", " City", "pur", "ville", "burg", "abad", "polis", "ton", "grad",
)  # fmt: skip
STREET_KINDS = (
    "Way", "Street", "Avenue", "Drive", "Lane", "Boulevard", "Parkway", "Road", "Place",
    "Loop", "Manor", "Ridge", "Circle", "Alley", "Square",
)  # fmt: skip
TITLE_WORDS = (
    "ACADEMY", "ACE", "ADAPTATION", "AFFAIR", "AFRICAN", "AGENT", "AIRPLANE", "AIRPORT",
    "ALABAMA", "ALADDIN", "ALAMO", "ALASKA", "ALI", "ALIEN", "ALLEY", "ALONE", "AMADEUS",
    "AMELIE", "AMERICAN", "AMISTAD", "ANACONDA", "ANGELS", "ANNIE", "ANTHEM", "APACHE",
    "APOCALYPSE", "APOLLO", "ARABIA", "ARGONAUTS", "ARMAGEDDON", "ARMY", "ARSENIC", "ARTIST",
    "ATLANTIS", "ATTACKS", "AUTUMN", "BABY", "BACKLASH", "BADMAN", "BALLOON", "BANG",
    "BANGER", "BAREFOOT", "BASIC", "BEACH", "BEAR", "BEAST", "BEAUTY", "BED", "BEHAVIOR",
    "BENEATH", "BETRAYED", "BIRDS", "BLADE", "BLANKET", "BLINDNESS", "BLOOD", "BLUES",
    "BOILED", "BONNIE", "BORN", "BOULEVARD", "BOUND", "BRANNIGAN", "BRAVEHEART", "BREAKFAST",
    "BRIDE", "BRINGING", "BROOKLYN", "BUBBLE", "BUCKET", "BUGSY", "BULL", "BUNCH", "BUTCH",
    "CABIN", "CADDYSHACK", "CALENDAR", "CALIFORNIA", "CAMELOT", "CANDIDATE", "CANYON",
    "CAPER", "CARIBBEAN", "CAROL", "CASABLANCA", "CASPER", "CASUALTIES", "CATCH", "CHAMBER",
    "CHAMPION", "CHARIOTS", "CHICAGO", "CHINATOWN", "CIRCUS", "CITIZEN", "CLONES", "CLUB",
    "CLUELESS", "COAST", "COLOR", "COMMANDMENTS", "CONFIDENTIAL", "CONNECTION", "CORE",
    "CRAZY", "CREATURES", "CROSSROADS", "CROW", "CRUSADE", "CUPBOARD", "CYCLONE", "DADDY",
    "DANCES", "DARKNESS", "DAUGHTER", "DAWN", "DAY", "DAZED", "DECEIVER", "DESERT", "DESIRE",
    "DETECTIVE", "DINOSAUR", "DIVINE", "DOCTOR", "DOLLS", "DOORS", "DRAGON", "DREAM",
    "DRIVER", "DUCK", "DYNAMITE", "EAGLES", "EARTH", "EDGE", "EGYPT", "ELEPHANT", "EMPIRE",
    "ENCOUNTERS", "EXPRESS", "FANTASIA", "FEVER", "FIDDLER", "FIREBALL", "FLAMINGOS",
    "FLINTSTONES", "FOREVER", "FROST", "GALAXY", "GHOST", "GLADIATOR", "GOLDFINGER",
    "GRAFFITI", "HARBOR", "HEAVEN", "HOLES", "HORIZON", "HUNTER", "ICE", "IDENTITY",
    "INDIAN", "ISLAND", "JAWS", "JUNGLE", "KARATE", "KNOCK", "LABYRINTH", "LEGEND", "LIGHTS",
    "MAGIC", "MIDNIGHT", "MOON", "NORTH", "OCEAN", "PANTHER", "PIRATES", "PRINCESS", "RIVER",
    "ROCKET", "SAGEBRUSH", "SHIP", "STORM", "SUNSET", "TELEGRAPH", "TRAIN", "WARS", "WIZARD",
)  # fmt: skip
DESCRIPTION_ADJECTIVES = (
    "Epic", "Astounding", "Fateful", "Touching", "Thrilling", "Beautiful", "Boring",
    "Brilliant", "Emotional", "Action-Packed", "Amazing", "Awe-Inspiring", "Lacklusture",
    "Intrepid", "Insightful", "Unbelieveable", "Fast-Paced", "Stunning", "Taut",
)  # fmt: skip
DESCRIPTION_KINDS = (
    "Drama", "Epistle", "Reflection", "Story", "Saga", "Documentary", "Display", "Panorama",
    "Tale", "Yarn", "Character Study", "Drama",
)  # fmt: skip
DESCRIPTION_CHARACTERS = (
    "Feminist", "Mad Scientist", "Teacher", "Database Administrator", "Explorer", "Car",
    "Lumberjack", "Dentist", "Monkey", "Cat", "Dog", "Woman", "Man", "Boy", "Girl",
    "Sumo Wrestler", "Crocodile", "Shark", "Robot", "Astronaut", "Hunter", "Technical Writer",
    "Composer", "Pioneer", "Student", "Moose", "Mad Cow", "Husband", "Frisbee", "Pastry Chef",
    "Waitress", "Secret Agent", "Butler", "Squirrel", "Forensic Psychologist", "Madman",
    "Boat", "Emperor Penguin", "Kangaroo", "Hunter", "Cow", "Crocodile",
)  # fmt: skip
DESCRIPTION_VERBS = (
    "Battle", "Find", "Sink", "Chase", "Outgun", "Outrace", "Conquer", "Defeat", "Discover",
    "Overcome", "Pursue", "Reach", "Redeem", "Meet", "Face", "Vanquish", "Fight", "Kill",
    "Build", "Challenge", "Confront", "Escape", "Succumb", "Sink",
)  # fmt: skip
DESCRIPTION_PLACES = (
    "The Canadian Rockies", "Ancient China", "A Baloon Factory", "A Shark Tank",
    "The Gulf of Mexico", "Nigeria", "Soviet Georgia", "A Manhattan Penthouse",
    "A MySQL Convention", "Berlin", "The Outback", "Ancient India", "A Jet Boat",
    "The First Manned Space Station", "A U-Boat", "A Monastery", "The Sahara Desert",
    "An Abandoned Fun House", "An Abandoned Mine Shaft", "A Car Factory", "Australia",
    "A Baloon", "A Shark Tank", "The Sahara Desert", "A Jet Boat",
)  # fmt: skip

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def generate(
    conn: psycopg.Connection[Any],
    *,
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill the empty ``analytics`` tables with Pagila-shaped rows; return rows per table.

    Does not commit: the caller owns the transaction (and truncates first if needed).
    ``progress(table, index, total)`` is called before each table is built and loaded,
    with ``index`` counting from 0 (the number of tables already loaded) and ``total`` 15.
    """
    if not (math.isfinite(scale) and scale > 0):
        raise InvalidInput(
            f"The scale must be a positive number, not {scale}.", code="demo.invalid_scale"
        )
    builder = _Builder(seed, scale)
    tables: dict[str, Callable[[], tuple[Sequence[str], Iterator[Row]]]] = {
        name: getattr(builder, name) for name in ANALYTICS_TABLES
    }
    with conn.cursor() as cur:
        for index, name in enumerate(ANALYTICS_TABLES):
            if progress is not None:
                progress(name, index, len(ANALYTICS_TABLES))
            builder.use_stream(name)
            columns, rows = tables[name]()
            with cur.copy(copy_statement(name, columns)) as copy:
                for row in rows:
                    copy.write_row(row)
    reset_sequences(conn)
    return row_counts(conn)


def _timestamp(seconds: int, microseconds: int = 0) -> datetime:
    """A UTC datetime from Unix seconds (integers keep the arithmetic exact and fast)."""
    return _EPOCH + timedelta(seconds=seconds, microseconds=microseconds)


def _money(cents: int) -> str:
    """``numeric`` text for an amount in cents (exact, unlike a float)."""
    return f"{cents // 100}.{cents % 100:02d}"


class _Builder:
    """Builds one table at a time, in load order, keeping what later tables refer to.

    Each table draws from its own ``Random`` seeded with the seed and the table's name,
    so the tables that do not scale come out the same at every scale. The methods must
    run in ``ANALYTICS_TABLES`` order: later tables use what earlier ones kept.
    """

    def __init__(self, seed: int, scale: float) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.customers = max(MIN_CUSTOMERS, round(CUSTOMERS * scale))
        self.rentals = max(MIN_RENTALS, round(RENTALS * scale))
        self.unreturned = min(self.rentals // 4, max(1, round(UNRETURNED * scale)))
        self.split_payments = round(SPLIT_PAYMENTS * scale)
        self.city_names: list[str] = []
        self.customer_store: list[int] = []  # index = customer_id - 1
        self.customer_weights: list[float] = []
        self.film_duration: list[int] = []  # index = film_id - 1
        self.film_rate: list[int] = []  # cents
        self.film_popularity: list[float] = []
        self.inventory_film: list[int] = [0]  # index = inventory_id; 0 is a placeholder
        self.inventory_store: list[int] = [0]
        self.rental_rows: list[tuple[int, int, int, int, int | None]] = []

    def use_stream(self, table: str) -> None:
        """Draw from ``table``'s own stream (a str seed is hashed with SHA-512: stable)."""
        self.rng = random.Random(f"{self.seed}:{table}")

    # -- people and places -------------------------------------------------------------

    def _name_pairs(self, count: int) -> list[tuple[str, str]]:
        """Distinct first/last pairs while the lists last, repeats beyond that."""
        combos = len(FIRST_NAMES) * len(LAST_NAMES)
        picks = (
            self.rng.sample(range(combos), count)
            if count <= combos
            else self.rng.choices(range(combos), k=count)
        )
        return [(FIRST_NAMES[p // len(LAST_NAMES)], LAST_NAMES[p % len(LAST_NAMES)]) for p in picks]

    def actor(self) -> tuple[Sequence[str], Iterator[Row]]:
        pairs = self._name_pairs(ACTORS)
        rows = ((i, first, last, LAST_UPDATE) for i, (first, last) in enumerate(pairs, 1))
        return ("actor_id", "first_name", "last_name", "last_update"), rows

    def category(self) -> tuple[Sequence[str], Iterator[Row]]:
        rows = ((i, name, LAST_UPDATE) for i, name in enumerate(CATEGORIES, 1))
        return ("category_id", "name", "last_update"), rows

    def language(self) -> tuple[Sequence[str], Iterator[Row]]:
        rows = ((i, name, LAST_UPDATE) for i, name in enumerate(LANGUAGES, 1))
        return ("language_id", "name", "last_update"), rows

    def country(self) -> tuple[Sequence[str], Iterator[Row]]:
        rows = ((i, name, LAST_UPDATE) for i, name in enumerate(COUNTRIES, 1))
        return ("country_id", "country", "last_update"), rows

    def _place_name(self) -> str:
        rng = self.rng
        stem = "".join(rng.choice(CITY_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
        return f"{rng.choice(CITY_PREFIXES)}{stem.capitalize()}{rng.choice(CITY_SUFFIXES)}"

    def city(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        names: set[str] = set()
        while len(names) < CITIES:
            names.add(self._place_name())
        # Sorted: Pagila's city ids follow the alphabet, and a set has no stable order.
        self.city_names = sorted(names)
        # Every country gets a city; the rest go mostly to a few big countries.
        weights = [BIG_COUNTRIES.get(country, 1) for country in COUNTRIES]
        countries = list(range(1, len(COUNTRIES) + 1))
        countries += rng.choices(countries, weights=weights, k=CITIES - len(countries))
        rng.shuffle(countries)
        rows = (
            (i, name, country, LAST_UPDATE)
            for i, (name, country) in enumerate(zip(self.city_names, countries, strict=True), 1)
        )
        return ("city_id", "city", "country_id", "last_update"), rows

    def address(self) -> tuple[Sequence[str], Iterator[Row]]:
        # Ids 1-2 are the stores', 3-4 the staff's, then one per customer (as in Pagila).
        rng = self.rng
        count = 2 * STORES + self.customers
        rows: list[Row] = []
        for i in range(1, count + 1):
            street = rng.choice(self.city_names).removeprefix("San ").removeprefix("Port ")
            line = f"{rng.randint(1, 1999)} {street} {rng.choice(STREET_KINDS)}"
            district = self._place_name()
            city_id = rng.randint(1, len(self.city_names))
            postal = f"{rng.randint(1000, 99999):05d}"
            phone = str(rng.randint(10**8, 10**12 - 1))
            address2 = None if i <= 2 * STORES else ""
            rows.append((i, line, address2, district, city_id, postal, phone, LAST_UPDATE))
        columns = ("address_id", "address", "address2", "district", "city_id", "postal_code")
        return (*columns, "phone", "last_update"), iter(rows)

    def store(self) -> tuple[Sequence[str], Iterator[Row]]:
        # Store n is managed by staff n and sits at address n.
        rows = ((i, i, i, LAST_UPDATE) for i in range(1, STORES + 1))
        return ("store_id", "manager_staff_id", "address_id", "last_update"), rows

    def staff(self) -> tuple[Sequence[str], Iterator[Row]]:
        rows: list[Row] = []
        for i, (first, last) in enumerate(self._name_pairs(STORES), 1):
            first, last = first.capitalize(), last.capitalize()
            email = f"{first}.{last}@sakilastaff.com"
            username = f"{first}.{last}".lower()
            address_id = STORES + i
            rows.append(
                (i, first, last, address_id, email, i, True, username, None, LAST_UPDATE, None)
            )
        columns = ("staff_id", "first_name", "last_name", "address_id", "email", "store_id")
        return (*columns, "active", "username", "password", "last_update", "picture"), iter(rows)

    def customer(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        rows: list[Row] = []
        for i, (first, last) in enumerate(self._name_pairs(self.customers), 1):
            store_id = 1 if rng.random() < 0.55 else 2
            active = rng.random() >= INACTIVE_SHARE
            # How often this customer rents; inactive customers rarely do.
            self.customer_weights.append(rng.uniform(0.4, 1.6) * (1.0 if active else 0.3))
            self.customer_store.append(store_id)
            email = f"{first}.{last}@sakilacustomer.org"
            address_id = 2 * STORES + i
            rows.append(
                (
                    i, store_id, first, last, email, address_id, active, CREATE_DATE,
                    LAST_UPDATE, int(active),
                )
            )  # fmt: skip
        columns = ("customer_id", "store_id", "first_name", "last_name", "email", "address_id")
        return (*columns, "activebool", "create_date", "last_update", "active"), iter(rows)

    # -- the catalogue -----------------------------------------------------------------

    def _description(self) -> str:
        rng = self.rng
        c = DESCRIPTION_CHARACTERS
        return (
            f"A {rng.choice(DESCRIPTION_ADJECTIVES)} {rng.choice(DESCRIPTION_KINDS)} "
            f"of a {rng.choice(c)} And a {rng.choice(c)} who must "
            f"{rng.choice(DESCRIPTION_VERBS)} a {rng.choice(c)} in {rng.choice(DESCRIPTION_PLACES)}"
        )

    def film(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        titles: set[str] = set()
        while len(titles) < FILMS:
            first, second = rng.sample(TITLE_WORDS, 2)
            titles.add(f"{first} {second}")
        rows: list[Row] = []
        for i, title in enumerate(sorted(titles), 1):  # ids follow the alphabet, as in Pagila
            duration = rng.randint(3, 7)
            rate = rng.choice(RENTAL_RATES_CENTS)
            self.film_duration.append(duration)
            self.film_rate.append(rate)
            self.film_popularity.append(rng.uniform(0.3, 1.0) ** 2)
            language = rng.choices(range(1, len(LANGUAGES) + 1), weights=LANGUAGE_WEIGHTS)[0]
            replacement = 999 + 100 * rng.randint(0, 20)  # 9.99 to 29.99
            mask = rng.randint(1, 2 ** len(FEATURES) - 1)
            features = [f for bit, f in enumerate(FEATURES) if mask >> bit & 1]
            rows.append(
                (
                    i, title, self._description(), rng.randint(2006, 2024), language, None,
                    duration, _money(rate), rng.randint(46, 185), _money(replacement),
                    rng.choices(RATINGS, weights=RATING_WEIGHTS)[0], LAST_UPDATE, features,
                    "",  # fulltext: the film_fulltext_trigger computes it on insert.
                )
            )  # fmt: skip
        columns = (
            "film_id", "title", "description", "release_year", "language_id",
            "original_language_id", "rental_duration", "rental_rate", "length",
            "replacement_cost", "rating", "last_update", "special_features", "fulltext",
        )  # fmt: skip
        return columns, iter(rows)

    def film_actor(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        pairs: list[tuple[int, int]] = []
        for film_id in range(1, FILMS + 1):
            size = rng.choices(range(len(CAST_SIZE_WEIGHTS)), weights=CAST_SIZE_WEIGHTS)[0]
            pairs += ((actor_id, film_id) for actor_id in rng.sample(range(1, ACTORS + 1), size))
        pairs.sort()
        rows = ((actor_id, film_id, LAST_UPDATE) for actor_id, film_id in pairs)
        return ("actor_id", "film_id", "last_update"), rows

    def film_category(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        sizes, weights = list(CATEGORIES_PER_FILM), list(CATEGORIES_PER_FILM.values())
        rows: list[Row] = []
        for film_id in range(1, FILMS + 1):
            size = rng.choices(sizes, weights=weights)[0]
            for category_id in sorted(rng.sample(range(1, len(CATEGORIES) + 1), size)):
                rows.append((film_id, category_id, LAST_UPDATE))
        return ("film_id", "category_id", "last_update"), iter(rows)

    def inventory(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        unstocked = set(rng.sample(range(1, FILMS + 1), FILMS_WITHOUT_STOCK))
        copies = range(len(COPIES_WEIGHTS))
        for film_id in range(1, FILMS + 1):
            if film_id in unstocked:
                continue
            per_store = rng.choices(copies, weights=COPIES_WEIGHTS, k=STORES)
            if not any(per_store):
                per_store[rng.randrange(STORES)] = 2
            for store_id, n in enumerate(per_store, 1):
                self.inventory_film += [film_id] * n
                self.inventory_store += [store_id] * n
        rows = (
            (i, self.inventory_film[i], self.inventory_store[i], LAST_UPDATE)
            for i in range(1, len(self.inventory_film))
        )
        return ("inventory_id", "film_id", "store_id", "last_update"), rows

    # -- the rental history ------------------------------------------------------------

    def _rental_times(self) -> list[int]:
        """Sorted Unix seconds of every rental: growth, weekly rhythm and time of day."""
        rng = self.rng
        days = (LAST_RENTAL_DAY - FIRST_RENTAL_DAY).days + 1
        first = int(datetime.combine(FIRST_RENTAL_DAY, datetime.min.time(), UTC).timestamp())
        day_weights = [
            (1 + (GROWTH - 1) * d / (days - 1))
            * WEEKDAY_WEIGHTS[(FIRST_RENTAL_DAY + timedelta(days=d)).weekday()]
            * rng.uniform(0.85, 1.15)
            for d in range(days)
        ]
        picked_days = rng.choices(range(days), weights=day_weights, k=self.rentals)
        hours = rng.choices(range(24), weights=HOUR_WEIGHTS, k=self.rentals)
        times = [
            first + d * DAY + h * 3600 + rng.randrange(3600)
            for d, h in zip(picked_days, hours, strict=True)
        ]
        times.sort()
        return times

    def _store_pools(self) -> list[tuple[list[int], list[float]]]:
        """Per store: its inventory ids and their cumulative film popularity weights."""
        pools: list[tuple[list[int], list[float]]] = []
        for store_id in range(1, STORES + 1):
            items = [
                i
                for i in range(1, len(self.inventory_store))
                if self.inventory_store[i] == store_id
            ]
            weights = [self.film_popularity[self.inventory_film[i] - 1] for i in items]
            pools.append((items, list(accumulate(weights))))
        return pools

    def rental(self) -> tuple[Sequence[str], Iterator[Row]]:
        rng = self.rng
        times = self._rental_times()
        customers = rng.choices(
            range(1, self.customers + 1), weights=self.customer_weights, k=self.rentals
        )
        pools = self._store_pools()
        busy_until = [0] * len(self.inventory_film)  # when each copy comes back
        # Pagila's unique (rental_date, inventory_id, customer_id): times are sorted, so
        # only the (item, customer) pairs of the current second can collide.
        second, seen = -1, set[tuple[int, int]]()
        for when, customer_id in zip(times, customers, strict=True):
            if when != second:
                second = when
                seen.clear()
            home = self.customer_store[customer_id - 1]
            store_id = home if rng.random() < HOME_STORE_SHARE else STORES + 1 - home
            items, cum_weights = pools[store_id - 1] if pools[store_id - 1][0] else pools[home - 1]
            # A copy that is out is not rented again; after a few tries (a very busy shop
            # at large scales) take the copy due back first.
            best = 0
            for candidate in rng.choices(items, cum_weights=cum_weights, k=4):
                if (candidate, customer_id) in seen:
                    continue
                if best == 0 or busy_until[candidate] < busy_until[best]:
                    best = candidate
                if busy_until[candidate] <= when:
                    break
            while best == 0 or (best, customer_id) in seen:
                best = rng.choice(items)
            seen.add((best, customer_id))
            duration = self.film_duration[self.inventory_film[best] - 1]
            if rng.random() < LATE_SHARE:
                days = duration + rng.triangular(0.0, 6.0, 0.5)
            else:
                days = duration - rng.uniform(0.0, 2.5)
            kept = max(2 * 3600, round(days * DAY))
            busy_until[best] = when + kept
            self.rental_rows.append((when, best, customer_id, self.inventory_store[best], kept))
        # The newest rentals include the ones still out.
        window = range(self.rentals - min(self.rentals, 4 * self.unreturned), self.rentals)
        for index in rng.sample(window, self.unreturned):
            when, item, customer_id, staff_id, _ = self.rental_rows[index]
            self.rental_rows[index] = (when, item, customer_id, staff_id, None)
        rows = (
            (
                i, _timestamp(when), item, customer_id,
                None if kept is None else _timestamp(when + kept), staff_id, LAST_UPDATE,
            )
            for i, (when, item, customer_id, staff_id, kept) in enumerate(self.rental_rows, 1)
        )  # fmt: skip
        columns = ("rental_id", "rental_date", "inventory_id", "customer_id", "return_date")
        return (*columns, "staff_id", "last_update"), rows

    def payment(self) -> tuple[Sequence[str], Iterator[Row]]:
        """One payment per rental, paid at the counter shortly after renting: the film's
        rate plus $1 per day late (capped). A few late fees are paid apart, on return."""
        rng = self.rng
        # (time, microseconds, rental_id, customer_id, staff_id, amount in cents)
        payments: list[tuple[int, int, int, int, int, int]] = []
        late: list[tuple[int, int]] = []  # (rental_id, fee) of the late rentals
        for rental_id, (when, item, customer_id, staff_id, kept) in enumerate(self.rental_rows, 1):
            film = self.inventory_film[item] - 1
            days_late = (
                0 if kept is None else max(0, math.ceil(kept / DAY - self.film_duration[film]))
            )
            fee = 100 * min(days_late, LATE_FEE_CAP_DAYS)
            paid = when + rng.randint(30, 3 * 3600)
            amount = self.film_rate[film] + fee
            payments.append(
                (paid, rng.randrange(1_000_000), rental_id, customer_id, staff_id, amount)
            )
            if fee:
                late.append((rental_id, fee))
        for rental_id, fee in sorted(rng.sample(late, min(len(late), self.split_payments))):
            paid, micro, _, customer_id, staff_id, amount = payments[rental_id - 1]
            payments[rental_id - 1] = (paid, micro, rental_id, customer_id, staff_id, amount - fee)
            when, _, _, _, kept = self.rental_rows[rental_id - 1]
            back = when + (kept or 0) + rng.randint(30, 3600)
            payments.append((back, rng.randrange(1_000_000), rental_id, customer_id, staff_id, fee))
        payments.sort()  # ids follow payment time
        rows = (
            (i, customer_id, staff_id, rental_id, _money(amount), _timestamp(paid, micro))
            for i, (paid, micro, rental_id, customer_id, staff_id, amount) in enumerate(payments, 1)
        )
        columns = ("payment_id", "customer_id", "staff_id", "rental_id", "amount")
        return (*columns, "payment_date"), rows

"""PII detection and redaction for questions and result free text.

Presidio's pattern recognizers (regexes, checksums, python-phonenumbers) do the detecting and
Presidio's anonymizer does the replacing. No NLP model is loaded or downloaded: the analyzer's
NLP engine is a blank spaCy English tokenizer, which is all the context-word boost needs, and
tldextract (used to validate e-mail domains) reads only its bundled public-suffix snapshot.

Importing this module is cheap; analyzers are built on first use, into a pool of two (Presidio
and spaCy do not promise thread safety): two scans run at once, and as scans are bounded, a
third waits milliseconds, never for a slow one.

Findings carry a type, a span and a score, never the matched text, because they are written to
the audit trail.

Scanning a result (``scan_rows``) is on the hot path of every question, so two things keep
Presidio off most cells: a prefilter that asks, per entity type, whether a cell could contain a
match at all (derived from the recognizers' patterns below: no "@" means no e-mail, too few
digits in a run means no phone, card or SSN, ...), and a bounded cache of findings by cell value
(film descriptions repeat across rows and questions).

Scanning is bounded, so no value can make it slow (Presidio's cost grows faster than the
text on some inputs: many URLs, phone-like digit groups): a cell is checked up to
``SCAN_CELL_CHARS`` and cut there; a cell with more candidate entities than
``MAX_CANDIDATES`` of one kind, or more than ``MAX_CELL_DIGITS`` digits, is withheld whole;
and one result sends at most ``SCAN_RESULT_CHARS`` to Presidio, the cells after that being
withheld. Nothing that was not checked is shown: a cut or withheld cell says so, and the scan
counts them for the answer and the audit trail.
"""

from __future__ import annotations

import re
import string
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from bastion.errors import InvalidInput

T = TypeVar("T")

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from presidio_anonymizer import AnonymizerEngine

EMAIL_ADDRESS: Final = "EMAIL_ADDRESS"
PHONE_NUMBER: Final = "PHONE_NUMBER"
CREDIT_CARD: Final = "CREDIT_CARD"
IBAN_CODE: Final = "IBAN_CODE"
IP_ADDRESS: Final = "IP_ADDRESS"
US_SSN: Final = "US_SSN"
URL: Final = "URL"

DEFAULT_ENTITIES: Final[tuple[str, ...]] = (
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    CREDIT_CARD,
    IBAN_CODE,
    IP_ADDRESS,
    US_SSN,
    URL,
)
SUPPORTED_ENTITIES: Final = frozenset(DEFAULT_ENTITIES)

DEFAULT_THRESHOLD: Final = 0.4
"""Presidio's phone score without context; a weak SSN pattern reaches it only with context."""

CACHE_SIZE: Final = 4096
"""Distinct (cell value, candidate types, threshold) results kept; about 1 MB for film text."""
CACHE_MAX_TEXT: Final = 2000
"""Longer values are analysed every time rather than pinned in the cache."""

SCAN_CELL_CHARS: Final = 1024
"""A text cell is checked up to this many characters; the rest is cut off, never shown."""
MAX_CANDIDATES: Final = 16
"""More possible entities of one kind in a cell (e-mail or URL shapes, digit groups, ...)
than this and the cell is withheld: checking them all could take seconds."""
MAX_CELL_DIGITS: Final = 256
"""More digits than this in a checked cell and it is withheld (a dump, not a value)."""
SCAN_RESULT_CHARS: Final = 49_152
"""Characters of one result's cells that may go to Presidio; later cells are withheld."""
CUT_MARK: Final = " … [cut: the rest was not checked for personal data]"
WITHHELD: Final = "[withheld: too long or too dense to check for personal data]"

_LANGUAGE: Final = "en"
# Presidio's default regions less CA: Canadian numbers share +1 with the US, whose pass already
# accepts every valid NANP number, so a CA pass finds nothing new and costs an eighth of the time.
_PHONE_REGIONS: Final = ("US", "GB", "DE", "FR", "IL", "IN", "BR")
# python-phonenumbers' STRICT_GROUPING: a valid number whose digits are grouped as that region
# writes them. Presidio's default (VALID) also takes "0.99 / 2.99 / 4.99" and "INV-2022-000123".
_PHONE_LENIENCY: Final = 2

# Bare domains (no scheme, no "www.") count as URLs only with a common top-level domain, so
# "analytics.film", "README.md" and "Great film.It" are not URLs; Presidio's own pattern has no
# word boundaries and flags all three.
_COMMON_TLDS: Final = (
    "com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|me|tv|ly|uk|us|ca|de|fr|es|it|nl|"
    "be|ch|at|se|no|dk|fi|pl|pt|ie|jp|cn|in|br|au|nz|ru|eu"
)
_BARE_DOMAIN_URL: Final = (
    r"(?i)(?<![\w.@\-])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+"
    rf"(?:{_COMMON_TLDS})\b(?:/[^\s()<>\"']*)?"
)


class TooDense(InvalidInput):
    """A text (a question) with more possible entities than can be checked in bounded time."""

    code = "pii.too_dense"


@dataclass(frozen=True)
class PiiFinding:
    """One detected entity: its type, where it is and how sure the recognizer was.

    Deliberately holds no text: findings go to the audit trail, the values must not.
    """

    entity_type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class RowScan:
    """A result after scanning: the rows with PII redacted and what was found where.

    ``counts`` maps each scanned column index to the number of findings per entity type.
    """

    rows: list[tuple[object, ...]]
    counts: dict[int, dict[str, int]]
    cut: dict[int, int] = field(default_factory=dict)  # cells cut at SCAN_CELL_CHARS
    withheld: dict[int, int] = field(default_factory=dict)  # cells replaced by WITHHELD

    @property
    def total(self) -> int:
        """All findings in all scanned columns."""
        return sum(sum(by_type.values()) for by_type in self.counts.values())

    @property
    def unchecked(self) -> int:
        """Cells (or their ends) not shown because they were not checked."""
        return sum(self.cut.values()) + sum(self.withheld.values())


def detect(
    text: str,
    entities: Collection[str] = DEFAULT_ENTITIES,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[PiiFinding]:
    """Find PII entities of the given types in ``text``, ordered by position.

    Overlapping findings are resolved in favour of the higher score (then the longer span), so
    the domain of an e-mail address is not also reported as a URL.
    """
    candidates = candidate_entities(text, _checked_entities(entities))
    if not candidates:
        return []
    if too_dense(text, candidates):
        raise TooDense(
            "This text has too many numbers, addresses or links to check for personal data "
            "in good time; ask with fewer of them.",
        )
    findings, _ = _analyze_cell(text, candidates, threshold)
    return list(findings)


def redact(text: str, findings: Iterable[PiiFinding]) -> str:
    """Replace each finding's span in ``text`` with ``<ENTITY_TYPE>``; the rest is unchanged."""
    spans = list(findings)
    if not spans:
        return text
    for finding in spans:
        if not 0 <= finding.start < finding.end <= len(text):
            raise ValueError(
                f"finding {finding.entity_type} [{finding.start}, {finding.end}) lies outside "
                f"a text of length {len(text)}"
            )
    from presidio_anonymizer import ConflictResolutionStrategy, OperatorConfig, RecognizerResult

    result = _ANONYMIZER.get().anonymize(
        text=text,
        analyzer_results=[RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in spans],
        operators={"DEFAULT": OperatorConfig("replace")},  # "<ENTITY_TYPE>" by default
        conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
        merge_entities_with_spaces=False,
    )
    return result.text


def scan_rows(
    rows: Sequence[Sequence[object]],
    text_columns: Sequence[int],
    entities: Collection[str] = DEFAULT_ENTITIES,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> RowScan:
    """Scan the string cells of ``text_columns`` in every row and redact what is found.

    Cells of other columns, and non-string cells (numbers, dates, None) of the named columns,
    are passed through untouched. Every row is scanned: skipping rows would let PII through.
    What cannot be checked within the bounds (see the module) is cut or withheld, never
    passed through.
    """
    wanted = _checked_entities(entities)
    columns = tuple(dict.fromkeys(text_columns))
    counts: dict[int, Counter[str]] = {column: Counter() for column in columns}
    cut: Counter[int] = Counter()
    withheld: Counter[int] = Counter()
    budget = SCAN_RESULT_CHARS
    scanned: list[tuple[object, ...]] = []
    for row in rows:
        cells = list(row)
        for column in columns:
            value = cells[column]
            if not isinstance(value, str):
                continue
            text = value if len(value) <= SCAN_CELL_CHARS else cut_cell(value)
            candidates = candidate_entities(text, wanted) if text else set()
            if not text or (candidates and (too_dense(text, candidates) or len(text) > budget)):
                cells[column] = WITHHELD
                withheld[column] += 1
                continue
            if candidates:
                budget -= len(text)
                findings, text = _analyze_cell(text, candidates, threshold)
                counts[column].update(f.entity_type for f in findings)
            if len(value) > SCAN_CELL_CHARS:
                text += CUT_MARK
                cut[column] += 1
            cells[column] = text
        scanned.append(tuple(cells))
    return RowScan(
        rows=scanned,
        counts={column: dict(c) for column, c in counts.items()},
        cut=dict(cut),
        withheld=dict(withheld),
    )


def clear_cache() -> None:
    """Forget cached results (benchmarks measure cold scans with it)."""
    _analyze_and_redact_cached.cache_clear()


# --- prefilter --------------------------------------------------------------------------------

# The conditions below are supersets of what the recognizers' patterns can match, written so
# that no character Presidio's `regex` patterns or phonenumbers' matcher accept is missed here.
_DIGIT: Final = re.compile(r"\d")
# Digits joined by non-word characters, "_", "x" or the katakana long-vowel mark: phonenumbers'
# matcher joins digit groups only with its punctuation (non-word characters, and those last
# two), so every number it returns lies inside one run; so does every card and SSN pattern.
_DIGIT_RUN: Final = re.compile(r"\d(?:[\W_xX\u30fc]*\d)*")
_IPV4_SHAPE: Final = re.compile(r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}")
_IBAN_SHAPE: Final = re.compile(r"[^\W\d_]{2}[0-9]{2}")  # two letters, then check digits
_DOT_LETTER: Final = re.compile(r"\.[^\W\d_]")  # every URL pattern needs ".<tld>"
_EMAIL_DOMAIN: Final = re.compile(r"@[^\s@.]+\.\S")  # "@", a domain label, ".", more
_IP_SHAPE: Final = re.compile(r"::|[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}")

_SSN_MIN_DIGITS: Final = 9  # all of Presidio's US_SSN patterns have nine digits
_CARD_MIN_DIGITS: Final = 13  # 4 + 3 + 3 + 3 in Presidio's credit card pattern


@lru_cache(maxsize=1)
def _phone_min_digits() -> int:
    """Fewest digits of any number the phone recognizer can accept, from phonenumbers' data.

    A number written in national form has at least the region's shortest national length; one
    written with its country code has that code's digits on top, whatever the region.
    """
    import phonenumbers

    def shortest(region: str) -> int:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is None or metadata.general_desc is None:
            return 1
        lengths = [n for n in metadata.general_desc.possible_length if n > 0]
        return min(lengths, default=1)

    national = min(shortest(region) for region in _PHONE_REGIONS)
    international = min(
        len(str(phonenumbers.country_code_for_region(region))) + shortest(region)
        for region in phonenumbers.SUPPORTED_REGIONS
    )
    return min(national, international)


def _longest_digit_run(text: str) -> int:
    return max((len(_DIGIT.findall(run)) for run in _DIGIT_RUN.findall(text)), default=0)


def candidate_entities(text: str, entities: Collection[str] = DEFAULT_ENTITIES) -> set[str]:
    """The entity types among ``entities`` that ``text`` could contain at all.

    A necessary condition per type, checked without Presidio; a type left out here cannot be
    found by its recognizer, so skipping it changes no result (the tests hold this on the
    labelled sample).
    """
    found: set[str] = set()
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and "@" not in text and "." not in text and ":" not in text:
        return found  # most titles, descriptions and names end here
    if EMAIL_ADDRESS in entities and "@" in text and _EMAIL_DOMAIN.search(text):
        found.add(EMAIL_ADDRESS)
    if URL in entities and "." in text and _DOT_LETTER.search(text):
        found.add(URL)
    if IP_ADDRESS in entities and ("::" in text or text.count(":") >= 7):
        found.add(IP_ADDRESS)
    if not has_digit:
        return found
    if IP_ADDRESS in entities and _IPV4_SHAPE.search(text):
        found.add(IP_ADDRESS)
    if IBAN_CODE in entities and _IBAN_SHAPE.search(text):
        found.add(IBAN_CODE)
    digits = _longest_digit_run(text)
    if PHONE_NUMBER in entities and digits >= _phone_min_digits():
        found.add(PHONE_NUMBER)
    if US_SSN in entities and digits >= _SSN_MIN_DIGITS:
        found.add(US_SSN)
    if CREDIT_CARD in entities and digits >= _CARD_MIN_DIGITS:
        found.add(CREDIT_CARD)
    return found


# What may end a cut text: digits and the punctuation inside numbers, addresses and links.
_NUMBERISH: Final = "0123456789()+-./:@_#%&=?~"
_GROUP: Final = re.compile(r"[A-Z0-9]{1,4}")  # a group of an IBAN, a card, a reference


def cut_cell(value: str) -> str:
    """The part of a long ``value`` that is checked and shown: at most ``SCAN_CELL_CHARS``,
    whole words only, with no piece of a number, address or link at its end (a phone number
    or IBAN written with spaces would leave a piece); empty when there is no space to cut at
    (the cell is then withheld)."""
    head = value[: SCAN_CELL_CHARS + 1]  # one more: the cap may fall just before a space
    end = next((i for i in range(len(head) - 1, 0, -1) if head[i].isspace()), 0)
    kept = head[:end].rstrip(_NUMBERISH + string.whitespace)
    # An IBAN or a card written in groups leaves groups of capitals too ("GB82 WEST"):
    # drop trailing words that could be part of a number, an address or such a group.
    while kept:
        start = max(kept.rfind(" "), kept.rfind("\n"), kept.rfind("\t")) + 1
        word = kept[start:]
        if not (_GROUP.fullmatch(word) or any(c in _NUMBERISH for c in word)):
            break
        kept = kept[:start].rstrip(_NUMBERISH + string.whitespace)
    return kept


def too_dense(text: str, candidates: Collection[str]) -> bool:
    """True when ``text`` has more possible entities of one kind than can be checked in a
    bounded time (each shape below is a necessary part of its entity), or too many digits."""
    if sum(c.isdigit() for c in text) > MAX_CELL_DIGITS:
        return True
    shapes = {
        EMAIL_ADDRESS: _EMAIL_DOMAIN,
        URL: _DOT_LETTER,
        IBAN_CODE: _IBAN_SHAPE,
        IP_ADDRESS: _IP_SHAPE,
    }
    for entity, shape in shapes.items():
        if entity in candidates and _more_than(shape.finditer(text), MAX_CANDIDATES):
            return True
    if not {PHONE_NUMBER, CREDIT_CARD, US_SSN} & set(candidates):
        return False
    groups = (run for run in _DIGIT_RUN.finditer(text) if len(run.group()) >= 4)
    return _more_than(groups, MAX_CANDIDATES)


def _more_than(items: Iterable[object], limit: int) -> bool:
    return any(i >= limit for i, _ in enumerate(items))


def _analyze_cell(
    text: str, candidates: Collection[str], threshold: float
) -> tuple[tuple[PiiFinding, ...], str]:
    """Findings in ``text`` and the text redacted, for the types the prefilter left:
    from the cache, else from Presidio."""
    key = tuple(sorted(candidates))
    if len(text) > CACHE_MAX_TEXT:
        return _analyze_and_redact(text, key, threshold)
    return _analyze_and_redact_cached(text, key, threshold)


def _checked_entities(entities: Collection[str]) -> frozenset[str]:
    wanted = frozenset(entities)
    unknown = wanted - SUPPORTED_ENTITIES
    if unknown:
        raise ValueError(
            f"unsupported PII entity types {sorted(unknown)}; "
            f"supported: {sorted(SUPPORTED_ENTITIES)}"
        )
    return wanted


# --- analysis ---------------------------------------------------------------------------------


def _analyze(text: str, entities: tuple[str, ...], threshold: float) -> tuple[PiiFinding, ...]:
    """Run Presidio on ``text`` for ``entities``; no prefilter, no cache."""
    with _ANALYZERS.engine() as analyzer:
        results = analyzer.analyze(
            text=text, language=_LANGUAGE, entities=list(entities), score_threshold=threshold
        )
    findings = [PiiFinding(r.entity_type, r.start, r.end, r.score) for r in results]
    return _without_contained(findings)


def _analyze_and_redact(
    text: str, entities: tuple[str, ...], threshold: float
) -> tuple[tuple[PiiFinding, ...], str]:
    findings = _analyze(text, entities, threshold)
    return findings, redact(text, findings)


# Keyed by (cell value, candidate types, threshold); holds the redacted value too, because the
# anonymizer costs as much as a cache miss on short cells.
_analyze_and_redact_cached: Final = lru_cache(maxsize=CACHE_SIZE)(_analyze_and_redact)


def _without_contained(findings: list[PiiFinding]) -> tuple[PiiFinding, ...]:
    """Drop findings that lie inside a stronger (higher score, then longer) finding."""
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    kept: list[PiiFinding] = []
    for finding in ranked:
        if not any(k.start <= finding.start and finding.end <= k.end for k in kept):
            kept.append(finding)
    return tuple(sorted(kept, key=lambda f: (f.start, f.end)))


class _Lazy(Generic[T]):
    """A value built on first use, once, even when threads race for it."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._value: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._build()
        return value


def _build_anonymizer() -> AnonymizerEngine:
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()  # type: ignore[no-untyped-call]


def _build_analyzer() -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    registry = RecognizerRegistry(recognizers=_recognizers(), supported_languages=[_LANGUAGE])
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=_tokenizer_nlp_engine(),
        supported_languages=[_LANGUAGE],
    )
    # Load recognizers, phone metadata and the suffix snapshot now, not in the first question.
    engine.analyze(text=_WARM_UP, language=_LANGUAGE, entities=list(DEFAULT_ENTITIES))
    return engine


_WARM_UP: Final = (
    "ops@pagila.io https://pagila.dev 212-555-0143 +44 20 7946 0958 4111 1111 1111 1111 "
    "DE89 3704 0044 0532 0130 00 10.0.0.1 SSN 536-22-1479"
)


def _recognizers() -> list[EntityRecognizer]:
    import tldextract
    from presidio_analyzer import Pattern
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
    )

    # The stock e-mail recognizer calls tldextract.extract(), whose first use fetches the public
    # suffix list over HTTP. This extractor reads only the snapshot tldextract ships.
    offline_tlds = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return offline_tlds(pattern_text).fqdn != ""

    base_url = UrlRecognizer.BASE_URL_REGEX
    url_patterns = [
        Pattern("Url with scheme", r"(?i)https?://" + base_url, 0.6),
        Pattern("Url with www", r"(?i)(?<![\w.\-/])(?=www\d{0,3}\.)" + base_url, 0.6),
        Pattern("Bare domain", _BARE_DOMAIN_URL, 0.5),
    ]
    return [
        OfflineEmailRecognizer(),
        PhoneRecognizer(supported_regions=_PHONE_REGIONS, leniency=_PHONE_LENIENCY),
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
        UsSsnRecognizer(),
        UrlRecognizer(patterns=url_patterns),
    ]


def _tokenizer_nlp_engine() -> Any:
    """An NlpEngine over ``spacy.blank("en")``: tokens and lower-cased words, no model.

    The context enhancer needs the words before a match (e.g. "SSN" before nine digits); a
    blank pipeline tokenizes and knows English stop words, and that is all it needs. Presidio's
    own engines either load a trained model (downloading it if missing) or, like NoOpNlpEngine,
    produce no tokens, which turns context off.
    """
    import spacy
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
    from spacy.language import Language

    class TokenizerNlpEngine(NlpEngine):
        def __init__(self) -> None:
            self.nlp: Language | None = None

        def load(self) -> None:
            self.nlp = spacy.blank(_LANGUAGE)

        def is_loaded(self) -> bool:
            return self.nlp is not None

        def _language(self, language: str) -> Language:
            if self.nlp is None:
                raise RuntimeError("tokenizer NLP engine used before load()")
            if language != _LANGUAGE:
                raise ValueError(f"unsupported language {language!r}; only {_LANGUAGE!r}")
            return self.nlp

        def process_text(self, text: str, language: str) -> NlpArtifacts:
            doc = self._language(language)(text)
            return NlpArtifacts(
                entities=[],
                tokens=doc,
                tokens_indices=[token.idx for token in doc],
                lemmas=[token.lower_ for token in doc],
                nlp_engine=self,
                language=language,
                scores=[],
            )

        def process_batch(
            self,
            texts: Iterable[str],
            language: str,
            batch_size: int = 1,
            n_process: int = 1,
            **kwargs: object,
        ) -> Iterator[tuple[str, NlpArtifacts]]:
            for text in texts:
                yield text, self.process_text(text, language)

        def is_stopword(self, word: str, language: str) -> bool:
            return bool(self._language(language).vocab[word].is_stop)

        def is_punct(self, word: str, language: str) -> bool:
            return bool(self._language(language).vocab[word].is_punct)

        def get_supported_entities(self) -> list[str]:
            return []

        def get_supported_languages(self) -> list[str]:
            return [_LANGUAGE]

    return TokenizerNlpEngine()


# Presidio and spaCy do not promise thread safety: a scan takes an analyzer of its own from
# a small pool (built on first need: about 0.4 s and a few MB each). Scans are bounded
# (above), so a scan waiting for a free analyzer waits a few milliseconds at most; more
# analyzers than cores would only fight over the GIL, and building them costs seconds.
POOL_SIZE: Final = 2


class _Analyzers:
    def __init__(self, size: int) -> None:
        self._free: list[AnalyzerEngine] = []
        self._built = 0
        self._size = size
        self._ready = threading.Condition()

    @contextmanager
    def engine(self) -> Iterator[AnalyzerEngine]:
        with self._ready:
            while not self._free and self._built >= self._size:
                self._ready.wait()
            engine = self._free.pop() if self._free else None
            if engine is None:
                self._built += 1
        if engine is None:
            try:
                engine = _build_analyzer()
            except BaseException:
                with self._ready:
                    self._built -= 1
                    self._ready.notify()
                raise
        try:
            yield engine
        finally:
            with self._ready:
                self._free.append(engine)
                self._ready.notify()


_ANALYZERS: Final = _Analyzers(POOL_SIZE)
_ANONYMIZER: Final = _Lazy(_build_anonymizer)


def warm_up() -> None:
    """Build the first analyzer now (seconds: Presidio and spaCy load), not in a question."""
    detect("warm up 212-555-0143")

"""PII detection and redaction: what is found and replaced, what is left alone, how well it does
on the labelled sample, and that it never reaches for the network or a downloaded model."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Collection
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bastion.policy import pii
from bastion.policy.pii import DEFAULT_ENTITIES, PiiFinding, detect, redact, scan_rows
from bastion.policy.pii_eval import OVERALL, evaluate

SAMPLE = Path(__file__).parent / "data" / "pii_sample.jsonl"
DESCRIPTION = (
    "A Epic Drama of a Feminist And a Mad Scientist who must Battle a Teacher in The Canadian "
    "Rockies"
)


def _sample() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def _found(text: str, entities: Collection[str] = DEFAULT_ENTITIES) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detect(text, entities)]


def test_email_inside_a_film_description_is_redacted_and_the_rest_is_intact() -> None:
    text = f"{DESCRIPTION}. Contact mary.smith@sakilacustomer.org for screening rights."

    findings = detect(text)

    assert _found(text) == [("EMAIL_ADDRESS", "mary.smith@sakilacustomer.org")]
    assert redact(text, findings) == f"{DESCRIPTION}. Contact <EMAIL_ADDRESS> for screening rights."


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("EMAIL_ADDRESS", "reply-to: store1@pagila-rentals.com", "store1@pagila-rentals.com"),
        ("PHONE_NUMBER", "Call the store at (212) 555-0143 to reserve it", "(212) 555-0143"),
        ("PHONE_NUMBER", "UK office: +44 20 7946 0958", "+44 20 7946 0958"),
        ("CREDIT_CARD", "Visa 4526-0181-5908-3012 declined", "4526-0181-5908-3012"),
        ("IBAN_CODE", "Refund to IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("IP_ADDRESS", "Login from 192.168.1.20 failed", "192.168.1.20"),
        ("IP_ADDRESS", "client 2001:db8::1 timed out", "2001:db8::1"),
        ("US_SSN", "SSN 536-22-1479 on the membership form", "536-22-1479"),
        ("US_SSN", "Employee SSN 523456789", "523456789"),
        ("URL", "Trailer: https://www.pagila.dev/films/academy-dinosaur", "https://www.pagila.dev/films/academy-dinosaur"),
        ("URL", "Visit www.dvdrental.com to rent online", "www.dvdrental.com"),
    ],
)  # fmt: skip
def test_each_entity_type_is_detected_and_replaced_by_its_name(
    entity: str, text: str, value: str
) -> None:
    findings = detect(text)

    assert _found(text) == [(entity, value)]
    assert redact(text, findings) == text.replace(value, f"<{entity}>")


@pytest.mark.parametrize(
    "text",
    [
        "ACADEMY DINOSAUR",
        "CHAMBER ITALIAN",
        DESCRIPTION,
        "A Boring Epistle of a Butler And a Cat who must Fight a Pastry Chef in A MySQL Convention",
        "MARY SMITH",
        "amount 4.99",
        "Balance 1,234.56 outstanding",
        "Total revenue 67,416.51 over 16,044 rentals",
        "customer 1234 rented 32 films",
        "rental_id 16049 returned 2022-05-26 22:04:30",
        "invoice INV-2022-000123",
        "Invoice #20220524-0042",
        "ZIP 02134",
        "postal code 90210-1234",
        "Released in 2006",
        "Due 05/24/2022",
        "2022-05-24T22:53:30+00:00",
        "Store opens at 10:30",
        "SKU DVD-4471-AB",
        "version 2.3.1",
        "Price list 0.99 / 2.99 / 4.99",
        "ref 536221479",  # nine digits are an SSN only with context
        "Order 1234 5678 9012 3456 pending",  # fails the Luhn check
        "Reference DE00 1234 5678 9012",  # fails the IBAN checksum
        "See README.md for the loader",
        "Joined analytics.film with analytics.inventory",
        "2 @ 4.99 each",
    ],
)
def test_numbers_ids_amounts_dates_and_titles_are_not_flagged(text: str) -> None:
    assert _found(text) == []


def test_entities_argument_limits_what_is_looked_for() -> None:
    text = "mary.smith@sakilacustomer.org, (212) 555-0143"

    assert _found(text, entities=["PHONE_NUMBER"]) == [("PHONE_NUMBER", "(212) 555-0143")]
    assert _found(text, entities=[]) == []


def test_unknown_entity_type_is_refused() -> None:
    with pytest.raises(ValueError, match="PERSON"):
        detect("MARY SMITH", ["PERSON"])


def test_e_mail_domain_is_not_also_reported_as_a_url() -> None:
    assert _found("write to ops@pagila.io") == [("EMAIL_ADDRESS", "ops@pagila.io")]


def test_findings_never_hold_the_matched_text() -> None:
    text = "card 4111 1111 1111 1111, mail mary.smith@sakilacustomer.org, SSN 536-22-1479"
    findings = detect(text)

    assert {f.name for f in fields(PiiFinding)} == {"entity_type", "start", "end", "score"}
    assert len(findings) == 3
    for finding in findings:
        assert text[finding.start : finding.end] not in repr(finding)
        assert not any("@" in str(getattr(finding, f.name)) for f in fields(PiiFinding))


def test_redact_refuses_a_finding_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside"):
        redact("short", [PiiFinding("EMAIL_ADDRESS", 2, 40, 1.0)])


def test_scan_rows_redacts_only_string_cells_of_the_named_columns() -> None:
    when = datetime(2022, 5, 24, 22, 53)
    rows = [
        (1, "ACADEMY DINOSAUR", f"{DESCRIPTION}. Mail ann@pagila.io", Decimal("4.99"), "b@x.io"),
        (16049, "ACE GOLDFINGER", None, Decimal("0.99"), "c@x.io"),
        (2, "AFRICAN EGG", 5551234567, date(2022, 5, 24), "d@x.io"),
        (3, "ALONE TRIP", "call (212) 555-0143 or x@pagila.io", when, None),
    ]

    scan = scan_rows(rows, text_columns=[1, 2])

    assert scan.rows == [
        (1, "ACADEMY DINOSAUR", f"{DESCRIPTION}. Mail <EMAIL_ADDRESS>", Decimal("4.99"), "b@x.io"),
        (16049, "ACE GOLDFINGER", None, Decimal("0.99"), "c@x.io"),
        (2, "AFRICAN EGG", 5551234567, date(2022, 5, 24), "d@x.io"),
        (3, "ALONE TRIP", "call <PHONE_NUMBER> or <EMAIL_ADDRESS>", when, None),
    ]
    assert scan.counts == {1: {}, 2: {"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1}}
    assert scan.total == 3


def test_scan_rows_takes_the_entity_list_and_leaves_the_input_alone() -> None:
    rows = [["mary.smith@sakilacustomer.org (212) 555-0143"]]

    scan = scan_rows(rows, [0], entities=["EMAIL_ADDRESS"])

    assert scan.rows == [("<EMAIL_ADDRESS> (212) 555-0143",)]
    assert scan.counts == {0: {"EMAIL_ADDRESS": 1}}
    assert rows == [["mary.smith@sakilacustomer.org (212) 555-0143"]]


def test_repeated_values_are_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    analyze = pii._analyze

    def counting(text: str, entities: tuple[str, ...], threshold: float) -> object:
        calls.append(text)
        return analyze(text, entities, threshold)

    monkeypatch.setattr(pii, "_analyze", counting)
    pii.clear_cache()
    rows = [(f"{DESCRIPTION} - fans: club@pagila.io",)] * 50 + [(DESCRIPTION,)] * 50

    first = scan_rows(rows, [0])
    second = scan_rows(rows, [0])

    assert first == second
    assert first.counts == {0: {"EMAIL_ADDRESS": 50}}
    assert calls == [f"{DESCRIPTION} - fans: club@pagila.io"]  # once; the plain one never


def test_concurrent_scans_agree() -> None:
    pii.clear_cache()
    rows = [(line["text"],) for line in _sample()]
    expected = scan_rows(rows, [0])
    pii.clear_cache()
    results: list[object] = []

    def scan() -> None:
        results.append(scan_rows(rows, [0]))

    threads = [threading.Thread(target=scan) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results == [expected] * 4


def test_prefilter_never_drops_a_labelled_true_positive() -> None:
    for line in _sample():
        for span in line["entities"]:
            assert span["type"] in pii.candidate_entities(line["text"]), line


def test_prefilter_and_cache_change_no_result_on_the_sample() -> None:
    everything = tuple(sorted(DEFAULT_ENTITIES))
    for line in _sample():
        text = line["text"]
        assert isinstance(text, str)
        assert detect(text) == list(pii._analyze(text, everything, pii.DEFAULT_THRESHOLD)), text


TRICKY = [
    "call ٠٢٠ ٧٩٤٦ ٠٩٥٨ (Arabic-Indic digits)",
    "東京 03ー1234ー5678 まで",  # katakana long-vowel mark as a dash
    "\uff0b44 20 7946 0958",  # fullwidth plus
    "gateway fe80::abcd:ef01",  # IPv6 without a decimal digit
    "ops@pagila.io.",
    "iban gb29 nwbk 6016 1331 9268 19",
    "4111_1111_1111_1111",
    "ssn:536221479",
    "WWW.PAGILA.DEV/FILMS",
    "2 @ 4.99 each, call 555-0143",
]


def test_prefilter_and_cache_change_no_result_on_tricky_text() -> None:
    everything = tuple(sorted(DEFAULT_ENTITIES))
    for text in TRICKY:
        assert detect(text) == list(pii._analyze(text, everything, pii.DEFAULT_THRESHOLD)), text


def test_digit_runs_span_every_separator_phonenumbers_accepts() -> None:
    from phonenumbers import phonenumberutil

    separators = re.compile(f"[{phonenumberutil._VALID_PUNCTUATION}{phonenumberutil._PLUS_CHARS}]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if separators.fullmatch(char):
            assert pii._longest_digit_run(f"12{char}34") == 4, hex(code)


def test_the_sample_is_large_and_covers_every_type() -> None:
    lines = _sample()
    types = {span["type"] for line in lines for span in line["entities"]}

    assert len(lines) >= 150
    assert types == set(DEFAULT_ENTITIES)
    assert sum(1 for line in lines if not line["entities"]) >= 75  # the hard negatives
    for line in lines:
        for span in line["entities"]:
            assert 0 <= span["start"] < span["end"] <= len(line["text"])


# Measured on the sample (docs/pii.md); a floor just under each, so one more miss or false alarm
# in a type with a perfect score, or any regression elsewhere, fails.
FLOORS = {
    "CREDIT_CARD": (0.95, 0.95),
    "EMAIL_ADDRESS": (0.95, 0.95),
    "IBAN_CODE": (0.95, 0.95),
    "IP_ADDRESS": (0.93, 0.95),  # measured 0.938 / 1.000: "app version 1.4.2.10"
    "PHONE_NUMBER": (0.95, 0.90),  # measured 0.967 / 0.906: bare Pagila-style 11-12 digits
    "URL": (0.95, 0.95),
    "US_SSN": (0.92, 0.95),  # measured 0.929 / 1.000: "Part no. 402-11-2023"
    OVERALL: (0.97, 0.97),  # measured 0.976 / 0.976
}


def test_precision_and_recall_on_the_labelled_sample() -> None:
    scores = evaluate(SAMPLE)

    measured = {k: (round(s["precision"], 3), round(s["recall"], 3)) for k, s in scores.items()}
    for entity, (precision, recall) in FLOORS.items():
        assert measured[entity][0] >= precision, (entity, measured[entity])
        assert measured[entity][1] >= recall, (entity, measured[entity])
    assert scores[OVERALL]["labelled"] == sum(len(line["entities"]) for line in _sample())


def test_evaluate_counts_a_wrong_type_as_a_miss_and_a_false_alarm(tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl"
    lines = [
        {"text": "SSN 536-22-1479", "entities": [{"type": "PHONE_NUMBER", "start": 4, "end": 15}]},
        {
            "text": "mail ops@pagila.io",
            "entities": [{"type": "EMAIL_ADDRESS", "start": 5, "end": 18}],
        },
        {"text": "nothing here", "entities": []},
    ]
    sample.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")

    scores = evaluate(sample)

    assert scores["PHONE_NUMBER"]["false_negatives"] == 1
    assert scores["US_SSN"]["false_positives"] == 1
    assert scores["EMAIL_ADDRESS"]["precision"] == scores["EMAIL_ADDRESS"]["recall"] == 1.0
    assert scores[OVERALL]["precision"] == 0.5
    assert scores[OVERALL]["recall"] == 0.5


def test_the_engine_uses_no_nlp_model() -> None:
    detect("warm: ops@pagila.io")
    with pii._ANALYZERS.engine() as engine:
        nlp = engine.nlp_engine.nlp  # type: ignore[attr-defined]

    assert nlp.pipe_names == []  # a blank tokenizer: no tagger, lemmatizer or NER
    assert nlp.meta["name"] == "pipeline"  # not en_core_web_*


_NETWORK_PROBE = """
import json, socket, sys

attempts = []

def refuse(name):
    def blocked(*args, **kwargs):
        attempts.append(name)
        raise OSError("network disabled by test")
    return blocked

socket.socket.connect = refuse("connect")
socket.socket.connect_ex = refuse("connect_ex")
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")

from bastion.policy import pii

heavy_packages = ("presidio_analyzer", "presidio_anonymizer", "spacy", "tldextract")
heavy = sorted(m for m in sys.modules if m.split(".")[0] in heavy_packages)
findings = pii.detect(
    "mary.smith@sakilacustomer.org (212) 555-0143 https://www.pagila.dev 10.0.0.1 "
    "4111 1111 1111 1111 DE89 3704 0044 0532 0130 00 SSN 536-22-1479"
)
scan = pii.scan_rows([("write to ops@pagila.io",)], [0])
ours = list(attempts)

import tldextract  # the stock extractor, as Presidio's e-mail recognizer uses it: it does fetch
tldextract.TLDExtract(cache_dir=sys.argv[1])("pagila.io")

print(json.dumps({
    "heavy_after_import": heavy,
    "types": sorted({f.entity_type for f in findings}),
    "redacted": scan.rows[0][0],
    "ours": ours,
    "stock": attempts[len(ours):],
}))
"""


def test_detection_never_touches_the_network_and_import_is_cheap(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}  # no tldextract cache to fall back on
    result = subprocess.run(
        [sys.executable, "-c", _NETWORK_PROBE, str(tmp_path / "tld-cache")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])

    assert report["heavy_after_import"] == []
    assert report["types"] == sorted(DEFAULT_ENTITIES)
    assert report["redacted"] == "write to <EMAIL_ADDRESS>"
    assert report["ours"] == []
    assert report["stock"], "the probe must see a fetch when one happens"


# --- bounds: no value can make scanning slow, and nothing unchecked is shown -------------


def _one(value: str) -> tuple[object, pii.RowScan]:
    scan = scan_rows([(value, 7)], [0])
    return scan.rows[0][0], scan


@pytest.mark.parametrize(
    "hostile",
    [
        "1:" * 32_768,  # what froze the API for 17 s
        ("1:" * 24 + " ") * 1_300,
        "1234 " * 13_000,
        " ".join(f"a{n}@b.co" for n in range(40)),
        " ".join(f"x{n}.com" for n in range(40)),
        " ".join(f"212-555-01{n:02d}," for n in range(40)),
        "::1 " * 40,
        "prefix " + "7" * 300 + " suffix",
    ],
)
def test_cells_too_dense_to_check_are_withheld_whole(hostile: str) -> None:
    shown, scan = _one(hostile)
    assert shown == pii.WITHHELD
    assert scan.withheld == {0: 1} and scan.unchecked == 1
    assert scan.rows[0][1] == 7  # other columns untouched


def test_a_long_cell_is_cut_at_a_word_with_no_piece_of_a_number_at_its_end() -> None:
    words = "lorem ipsum dolor " * 56  # 1008 characters, then a phone number across the cap
    shown, scan = _one(f"{words}call 212 555 0143 or mail mary@example.org")
    assert isinstance(shown, str) and shown.endswith(" call" + pii.CUT_MARK)
    assert "212" not in shown and "mary" not in shown
    assert scan.cut == {0: 1} and scan.withheld == {} and scan.total == 0
    # Cut in the middle of an e-mail address: the piece is dropped, not shown unchecked.
    shown, _ = _one("x " * 505 + "mary.smith@sakilacustomer.org")
    assert isinstance(shown, str) and "mary" not in shown and shown.endswith("x" + pii.CUT_MARK)
    # The part that is shown was checked like any cell.
    shown, scan = _one("see a@b.org " + "y " * 600)
    assert isinstance(shown, str) and shown.startswith("see <EMAIL_ADDRESS> y")
    assert scan.total == 1 and scan.cut == {0: 1}
    # One word longer than the cap has nowhere to be cut: withheld.
    assert _one("z" * 5000)[0] == pii.WITHHELD


def test_a_result_sends_a_bounded_amount_of_text_to_presidio() -> None:
    cell = "order 4411 " + "lorem ipsum " * 84  # 1,019 characters, one possible number
    rows = [(f"{i} {cell}"[: pii.SCAN_CELL_CHARS],) for i in range(200)]
    scan = scan_rows(rows, [0])
    checked = sum(1 for (value,) in scan.rows if value != pii.WITHHELD)
    assert checked == pii.SCAN_RESULT_CHARS // pii.SCAN_CELL_CHARS
    assert scan.withheld == {0: 200 - checked}
    # Cells with nothing to look for cost nothing and are never withheld.
    plain = [(DESCRIPTION + f" part {i}",) for i in range(200)]
    assert scan_rows(plain, [0]).rows == plain


def test_a_question_too_dense_to_check_is_refused_with_a_code() -> None:
    with pytest.raises(pii.TooDense) as caught:
        detect("revenue for " + " ".join(f"x{n}.com" for n in range(30)))
    assert caught.value.code == "pii.too_dense" and caught.value.status_code == 422


def test_scans_at_the_same_time_use_their_own_analyzers() -> None:
    """No lock held while scanning: one slow scan never holds up another."""
    detect("warm up 212-555-0143")
    holding, release = threading.Event(), threading.Event()
    engines: list[object] = []

    def slow_scan() -> None:
        with pii._ANALYZERS.engine() as engine:
            engines.append(engine)
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=slow_scan)
    thread.start()
    holding.wait(30)
    # Meanwhile another scan runs to the end with an analyzer of its own.
    assert _found("call 212-555-0143") == [("PHONE_NUMBER", "212-555-0143")]
    with pii._ANALYZERS.engine() as other:
        assert other is not engines[0]
    release.set()
    thread.join()


@pytest.mark.parametrize(
    "number",
    ["MT84 MALT 0110 0001 2345 MTLC AST0 01S", "GB82 WEST 1234 5698 7654 32",
     "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111"],
)  # fmt: skip
def test_a_number_written_in_groups_across_the_cut_leaves_no_piece(number: str) -> None:
    """Found by a review: the cut stripped digits but kept "MT84 MALT ... MTLC"."""
    for inside in range(len(number)):  # the cap falls at each character of the number
        shown, _ = _one("x" * (pii.SCAN_CELL_CHARS - 7 - inside) + " note: " + number + " end")
        assert isinstance(shown, str) and shown.endswith(pii.CUT_MARK)
        kept = shown.removesuffix(pii.CUT_MARK)
        groups = number.split()
        assert not any(kept.endswith(" " + g) or kept.endswith(g) for g in groups), kept[-40:]

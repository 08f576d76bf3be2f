"""Date normalisation, dateline place casing, language detection and paragraphing."""

from __future__ import annotations

import pytest

from kroniek.ingest.dateline import place_case
from kroniek.ingest.dates import normalise_date
from kroniek.ingest.language import detect_language
from kroniek.ingest.text import paragraphs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025", ("2025", "year")),
        ("2025-02", ("2025-02", "month")),
        ("2025-11-21", ("2025-11-21", "day")),
        ("20251121", ("2025-11-21", "day")),
        ("2025-02-14T22:00:45+0100", ("2025-02-14T22:00:45+01:00", "second")),
        ("2025-02-14T22:00:45.123Z", ("2025-02-14T22:00:45+00:00", "second")),
        ("2025-02-14 22:00", ("2025-02-14T22:00:00", "second")),
        ("Fri, 14 Feb 2025 22:00:45 +0100", ("2025-02-14T22:00:45+01:00", "second")),
        (1739566845, ("2025-02-14T21:00:45+00:00", "second")),
        ("2025-13", None),
        ("2025-02-30", None),
        ("gisteren", None),
        ("", None),
    ],
)
def test_normalise_date(value: str | int, expected: tuple[str, str] | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [("KYIV", "Kyiv"), ("DEN HAAG", "Den Haag"), ("BERLIJN", "Berlijn"),
     ("IJMUIDEN", "IJmuiden"), ("'S-HERTOGENBOSCH", "'s-Hertogenbosch")],
)
def test_place_case(place: str, expected: str) -> None:
    assert place_case(place) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De minister zei dat het kabinet niet van plan is om de regels te veranderen.", "nl"),
        ("The minister said that the cabinet has no plans to change the rules.", "en"),
        ("Der Minister sagte, dass die Regierung nicht vorhat, die Regeln zu ändern.", "de"),
        ("Le ministre a dit que le gouvernement ne veut pas changer les règles.", "fr"),
        ("12 34 56", "und"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_paragraphs_join_hard_wrapped_lines_but_keep_headings() -> None:
    wrapped = ("Het kabinet heeft vrijdag besloten om de steun voor\n"
               "de boeren met een jaar te verlengen.\n\n\n"
               "Kritiek\n"
               "Volgens de oppositie is dat veel te laat en had het kabinet al maanden eerder moeten ingrijpen in de markt.\r\n")
    assert paragraphs(wrapped) == (
        "Het kabinet heeft vrijdag besloten om de steun voor de boeren met een jaar te verlengen."
        "\n\nKritiek\n\nVolgens de oppositie is dat veel te laat en had het kabinet al maanden "
        "eerder moeten ingrijpen in de markt."
    )

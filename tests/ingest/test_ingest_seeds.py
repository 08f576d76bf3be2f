"""The five seed files read by path: header fields equal the gold, no header or furniture in text."""

from __future__ import annotations

import json
import re

import pytest

from corpus import GOLD, SEEDS
from kroniek.ingest import read_paths
from kroniek.model import Article

FIELDS = ["published", "published_precision", "dateline", "title", "url", "section", "language"]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    results = list(read_paths([str(SEEDS)]))
    assert all(isinstance(r, Article) for r in results), results
    return {a.source: a for a in results}


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return {r["source"]: r for r in map(json.loads, handle)}


def test_all_seed_files_are_read_in_sorted_order(seeds: dict[str, Article]) -> None:
    assert list(seeds) == sorted(p.name for p in SEEDS.iterdir())


@pytest.mark.parametrize("field", FIELDS)
def test_header_fields_equal_gold(seeds: dict[str, Article], gold: dict, field: str) -> None:
    assert set(seeds) == set(gold)
    for source, article in seeds.items():
        assert article.to_dict()[field] == gold[source][field], (source, field)


def test_no_header_or_furniture_left_in_text(seeds: dict[str, Article]) -> None:
    for source, article in seeds.items():
        text = article.text
        assert "Deel artikel" not in text, source
        assert not re.search(r"\bdate \d{4}", text), source
        assert "http" not in text, source
        assert "(ANP)" not in text, source
        assert text == text.strip(), source
    page = seeds["004_994c02dd919a356e.txt"]
    assert not page.text.endswith("Buitenland")
    assert not page.text.rstrip().endswith("Nieuwsuur")
    assert not page.text.startswith(page.title or "-")
    assert "2025-02-14T22:00:45" not in page.text


def test_text_starts_after_dateline(seeds: dict[str, Article]) -> None:
    assert seeds["000_b2078545c6e4a584.txt"].text.startswith("De Oekraïense president")
    assert seeds["003_0f1022f823ecd065.txt"].text.startswith("De dekking van de Verenigde Staten")


def test_paragraphs_are_separated_by_exactly_one_blank_line(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        assert "\n\n\n" not in article.text
        assert re.search(r"[^\n]\n[^\n]", article.text) is None
    # Layout B has one paragraph per line; layout A keeps subheadings as paragraphs.
    assert seeds["004_994c02dd919a356e.txt"].text.count("\n\n") >= 10
    assert "\n\nBemiddeling\n\n" in seeds["000_b2078545c6e4a584.txt"].text


def test_re_reading_gives_the_same_ids(seeds: dict[str, Article]) -> None:
    again = {a.source: a.id for a in read_paths([str(SEEDS)])}
    assert again == {source: a.id for source, a in seeds.items()}
    assert len(set(again.values())) == len(again)

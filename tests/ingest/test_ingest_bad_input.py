"""Bad input gives one InputError each, in plain words, and never stops the batch."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kroniek.errors import InputError
from kroniek.ingest import read_bytes, read_paths
from kroniek.model import Article

PROSE = (
    "Het kabinet heeft vrijdag besloten om de steun voor de boeren met een jaar te verlengen. "
    "Volgens de minister is dat nodig omdat de prijzen nog steeds hoog zijn.\n"
)


def _only_error(results: list) -> InputError:
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (b"Het kabinet \x81\x8d\x8f\x90\x9d valt", "undecodable"),
        (b"1;2;3\n4;5;6\n7;8;9\n", "unknown layout"),
        (b"<?xml version='1.0'?><catalog><book>Boek</book></catalog>", "neither RSS nor Atom"),
        (b'{"text": "het begin', "broken JSON line"),
    ],
)
def test_bad_content_gives_one_error(data: bytes, reason: str) -> None:
    error = _only_error(read_bytes(data, "map/bestand.txt"))
    assert reason in error.reason
    assert error.source == "map/bestand.txt"


def test_encodings_tried_in_order() -> None:
    cp1252 = read_bytes(PROSE.replace("boeren", "Oekraïners").encode("cp1252"), "a.txt")
    bom = read_bytes(b"\xef\xbb\xbf" + PROSE.encode("utf-8"), "b.txt")
    assert "Oekraïners" in cp1252[0].text
    assert bom[0].text == PROSE.strip()


def test_plain_prose_is_an_article_without_date() -> None:
    (article,) = read_bytes(PROSE.encode(), "notitie.txt")
    assert isinstance(article, Article)
    assert article.published is None and article.title is None
    assert article.language == "nl" and article.source == "notitie.txt"


def test_non_dutch_prose_is_stored_and_marked() -> None:
    text = b"The government decided on Friday that the support for farmers will be extended by a year, and the minister said it was needed."
    (article,) = read_bytes(text, "english.txt")
    assert isinstance(article, Article) and article.language == "en"


def test_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a_leeg.txt").write_bytes(b"")
    (tmp_path / "b_binair.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c_groot.txt").write_bytes(PROSE.encode() * 50)
    (tmp_path / "d_goed.txt").write_bytes(b" date 2024-05-07 DEN HAAG (ANP) - " + PROSE.encode())
    (tmp_path / ".verborgen.txt").write_bytes(PROSE.encode())
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "e_goed.txt").write_bytes(PROSE.encode())
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_bytes(PROSE.encode())
    results = list(read_paths([str(tmp_path), str(tmp_path / "ontbreekt.txt")], max_bytes=1000))
    kinds = [(type(r).__name__, Path(r.source).name) for r in results]
    assert kinds == [
        ("InputError", "a_leeg.txt"),
        ("InputError", "b_binair.bin"),
        ("InputError", "c_groot.txt"),
        ("Article", "d_goed.txt"),
        ("Article", "e_goed.txt"),
        ("InputError", "ontbreekt.txt"),
    ]
    assert "too large" in results[2].reason and "1,000" in results[2].reason
    assert results[3].dateline is not None and results[3].dateline.place == "Den Haag"
    assert "no such file" in results[5].reason


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(PROSE.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    (article,) = list(read_paths(["-"]))
    assert isinstance(article, Article) and article.text == PROSE.strip()

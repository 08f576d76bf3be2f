import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from kroniek.events.cameo import cameo_root
from kroniek.export.jsonl import write_jsonl
from kroniek.export.plover import write_plover
from kroniek.export.tables import write_tables
from kroniek.model import QUAD_OF_TYPE
from kroniek.runner import ingest
from kroniek.store import Store
from store.fakes import CountingAnalyser, FakeLayers, articles, reader_of


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "k.db") as store:
        ingest(["in"], store, CountingAnalyser(), FakeLayers(), reader=reader_of(articles()))
        yield store


def test_jsonl_round_trip_equals_to_record(store):
    out = io.StringIO()
    assert write_jsonl(store, out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    analyser, pipeline = CountingAnalyser(), FakeLayers()
    expected = {a.id: pipeline.run(a, analyser.analyse(a.text)).to_record() for a in articles()}
    assert {r["id"]: r for r in lines} == expected
    assert [r["published"] for r in lines] == sorted(r["published"] for r in lines)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_have_one_file_per_layer_with_rows(store, tmp_path, fmt):
    counts = write_tables(store, tmp_path / "out", fmt)
    assert counts == {"articles": 3, "entities": 8, "quotes": 3, "timexes": 3, "events": 3}
    path = tmp_path / "out" / f"events.{fmt}"
    if fmt == "csv":
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
    else:
        rows = pq.read_table(path).to_pylist()
        assert pq.read_table(tmp_path / "out" / "entities.parquet").schema.field("start").type \
            == "int64"
    assert {(r["actor_name"], r["recipient_name"]) for r in rows} == {
        ("Rutte", "Zelensky"), ("Schoof", "Macron"), ("Vance", "Sybiha")}
    assert "json" not in rows[0]


def test_plover_records_carry_dyad_identifiers_and_offsets(store):
    out = io.StringIO()
    assert write_plover(store, out) == 3
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["event_type"] == "CONSULT" and first["cameo_root"] == "04"
    assert first["actor"]["identifiers"]["kroniek"] == "rutte"
    assert first["recipient"]["country"] == "NLD"
    info = first["text_info"]
    text = store.record(info["article_id"])["text"]
    assert text[info["start"]:info["end"]] == first["event_text"]


def test_every_plover_type_has_a_cameo_root():
    assert all(cameo_root(event_type) for event_type in QUAD_OF_TYPE)

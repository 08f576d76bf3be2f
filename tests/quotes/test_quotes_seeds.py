"""Quote P/R/F1 on the five seed articles against the hand-made gold (spec matching rule)."""

from __future__ import annotations

import json

import pytest
from quote_scoring import match, prf
from quote_seedtext import body

from conftest import GOLD, SEEDS
from kroniek.actors.link import annotate as link_actors
from kroniek.quotes.extract import annotate


@pytest.fixture(scope="module")
def seed_results(make_doc):
    gold = {json.loads(line)["source"]: json.loads(line) for line in GOLD.open(encoding="utf-8")}
    results = []
    for path in sorted(SEEDS.glob("*.txt")):
        record = gold[path.name]
        doc = make_doc(body(path), published=record["published"])
        link_actors(doc)
        annotate(doc)
        found = [q.to_dict() for q in doc.quotes]
        results.append((path.name, record["quotes"], found, doc))
    return results


def test_seed_quotes_f1_at_least_085(seed_results):
    hits = n_gold = n_found = 0
    for _name, gold, found, _doc in seed_results:
        h, _missed, _extra = match(gold, found)
        hits, n_gold, n_found = hits + h, n_gold + len(gold), n_found + len(found)
    p, r, f = prf(hits, n_gold, n_found)
    print(f"\nseed quotes: P={p:.3f} R={r:.3f} F1={f:.3f} ({hits}/{n_gold} gold, {n_found} found)")
    assert f >= 0.85


def test_seed_quote_offsets_point_into_text(seed_results):
    for _name, _gold, _found, doc in seed_results:
        for quote in doc.quotes:
            span = doc.text[quote.start : quote.end]
            if quote.kind == "direct":
                assert span == quote.text
            else:
                assert all(word in span for word in quote.text.split())

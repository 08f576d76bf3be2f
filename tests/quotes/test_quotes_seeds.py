"""Quote P/R/F1 on the five seed articles against the hand-made gold (spec matching rule)."""

from __future__ import annotations

import json

import pytest

from corpus import GOLD, SEEDS
from kroniek.actors.link import annotate as link_actors
from kroniek.evaluate import prf, score_quotes
from kroniek.ingest import read_paths
from kroniek.model import Article
from kroniek.quotes.extract import annotate


@pytest.fixture(scope="module")
def seed_results(make_doc):
    gold = {json.loads(line)["source"]: json.loads(line) for line in GOLD.open(encoding="utf-8")}
    results = []
    for article in read_paths([str(SEEDS)]):
        assert isinstance(article, Article), article
        doc = make_doc(article.text, published=article.published,
                       precision=article.published_precision)
        doc.article.source = article.source
        link_actors(doc)
        annotate(doc)
        results.append((gold[article.source], doc))
    return results


def test_seed_quotes_f1_at_least_085(seed_results):
    tp = fp = fn = 0
    for gold, doc in seed_results:
        counts = score_quotes(gold, doc.to_record())
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    score = prf(tp, fp, fn)
    print(f"\nseed quotes: P={score['p']:.3f} R={score['r']:.3f} F1={score['f1']:.3f}")
    assert score["f1"] >= 0.85


def test_seed_quote_offsets_point_into_text(seed_results):
    for _gold, doc in seed_results:
        for quote in doc.quotes:
            span = doc.text[quote.start : quote.end]
            if quote.kind == "direct":
                assert span == quote.text
            else:
                assert all(word in span for word in quote.text.split())

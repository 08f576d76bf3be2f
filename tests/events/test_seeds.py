"""Events scored against the hand-made seed gold with the spec's matching rules.

The issue's bars are strict F1 0.60, country F1 0.70, date accuracy 0.85. The floors
asserted here sit a little under what the coder reaches now (strict 0.724, country 0.741,
dates 0.892), so a regression fails while the bars stay met.
"""

from __future__ import annotations

import json

from corpus import GOLD, SEEDS
from kroniek.evaluate import evaluate_records
from kroniek.ingest import read_paths
from kroniek.model import Article
from kroniek.pipeline import Pipeline


def test_seed_events_against_gold(make_doc):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    pipeline = Pipeline()
    records = []
    for article in read_paths([str(SEEDS)]):
        assert isinstance(article, Article)
        doc = make_doc(article.text, article.published, article.published_precision)
        doc.article = article
        records.append(pipeline.annotate(doc).to_record())
    report = evaluate_records(gold, records)
    print({k: report[k] for k in ("events", "events_country", "event_dates")})
    assert report["events"]["p"] >= 0.90
    assert report["events"]["f1"] >= 0.70
    assert report["events_country"]["f1"] >= 0.72
    assert report["event_dates"]["accuracy"] >= 0.86

"""The time layer on the five seed articles against the hand-made gold.

Detection: overlapping surface text, one to one in text order; value: equal to
the gold value or in the gold list. Scored with kroniek.evaluate (the spec's rules).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.evaluate import score_timexes
from kroniek.ingest import read_paths
from kroniek.model import Article, Document
from kroniek.nlp.align import apply_analysis
from kroniek.time.annotate import annotate

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS = SHARED / "corpus" / "seeds"


def seed_records(analyser) -> list[tuple[dict, dict]]:
    gold = {json.loads(line)["source"]: json.loads(line) for line in GOLD.open(encoding="utf-8")}
    pairs = []
    for path in sorted(SEEDS.glob("*.txt")):
        article = next(a for a in read_paths([str(path)]) if isinstance(a, Article))
        doc = apply_analysis(Document(article=article), analyser.analyse(article.text))
        annotate(doc)
        pairs.append((gold[path.name], doc.to_record()))
    return pairs


@pytest.fixture(scope="module")
def scores(analyser) -> dict[str, float]:
    tp = fp = fn = right = 0
    for gold, system in seed_records(analyser):
        counts = score_timexes(gold, system)
        tp, fp, fn, right = tp + counts[0], fp + counts[1], fn + counts[2], right + counts[3]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "value_accuracy": right / tp,
    }


def test_seed_detection_f1(scores):
    print(scores)
    assert scores["f1"] >= 0.85


def test_seed_value_accuracy(scores):
    assert scores["value_accuracy"] >= 0.90

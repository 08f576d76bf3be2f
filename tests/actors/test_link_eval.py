"""Linked-names P/R/F1 on the five seed articles, by the spec's entity rule.

Per article, the set of distinct (surface text folded for case and whitespace,
actor) pairs of linked names; actors compared with the evaluator's `same_actor`.
"""

from __future__ import annotations

import json

from corpus import GOLD, SEEDS
from kroniek.actors.link import annotate
from kroniek.evaluate import fold_text, same_actor
from kroniek.ingest import read_paths
from kroniek.model import Article, Document
from kroniek.nlp.align import apply_analysis

BAR = 0.90


def _pairs(entities) -> list[tuple[str, dict]]:
    pairs: list[tuple[str, dict]] = []
    for item in entities:
        if item.get("actor") and not any(
            t == fold_text(item["text"]) and a == item["actor"] for t, a in pairs
        ):
            pairs.append((fold_text(item["text"]), item["actor"]))
    return pairs


def _matches(pair, others) -> bool:
    return any(pair[0] == t and same_actor(a, pair[1]) for t, a in others)


def test_linked_names_f1_on_the_seeds(analyser):
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["source"].rsplit("/", 1)[-1]] = record
    tp = n_sys = n_gold = 0
    for article in read_paths([str(SEEDS)]):
        assert isinstance(article, Article), article
        name = article.source.rsplit("/", 1)[-1]
        doc = apply_analysis(Document(article=article), analyser.analyse(article.text))
        annotate(doc)
        system = _pairs(doc.to_record()["entities"])
        expected = [(t, a) for t, a in _pairs(gold[name]["entities"])]
        n_sys += len(system)
        n_gold += len(expected)
        tp += sum(1 for pair in expected if _matches(pair, system))
        missing = [p[0] for p in expected if not _matches(p, system)]
        extra = [(p[0], p[1]["id"]) for p in system if not any(
            p[0] == t and same_actor(a, p[1]) for t, a in expected)]
        print(f"{name}: missing {missing} extra {extra}")
    precision = tp / n_sys if n_sys else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    print(f"linked names: P={precision:.3f} R={recall:.3f} F1={f1:.3f} ({tp}/{n_sys}/{n_gold})")
    assert f1 >= BAR

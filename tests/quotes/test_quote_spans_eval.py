"""The eval's `quote_spans` line: quotes scored without comparing the speaker."""

from __future__ import annotations

from kroniek.evaluate import evaluate_records, score_quotes

RUTTE = {"id": "mark-rutte", "wikidata": "Q57792", "name": "Mark Rutte"}
SCHOOF = {"id": "dick-schoof", "wikidata": "Q2470960", "name": "Dick Schoof"}


def _record(speaker):
    return {"source": "a", "quotes": [{"text": "we moeten respect hebben", "speaker": speaker}]}


def test_spans_match_whatever_the_speaker():
    gold, system = _record(RUTTE), _record(SCHOOF)
    assert score_quotes(gold, system) == (0, 1, 1)
    assert score_quotes(gold, system, any_speaker=True) == (1, 0, 0)


def test_report_has_a_quote_spans_line():
    report = evaluate_records([_record(RUTTE)], [_record(None)])
    assert report["quotes"]["tp"] == 0 and report["quote_spans"]["tp"] == 1

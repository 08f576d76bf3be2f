"""The evaluator against hand-made gold/system pairs whose scores were computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.evaluate import (
    evaluate_records,
    fold_name,
    format_report,
    pair_timexes,
    quote_overlap,
    same_actor,
    score_entities,
    score_event_statuses,
    score_events,
    score_quotes,
    score_timexes,
)

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "seeds.jsonl"


def actor(name: str, country: str, wikidata: str | None = None) -> dict:
    return {
        "id": name.lower().replace(" ", "-"),
        "wikidata": wikidata,
        "name": name,
        "kind": "person",
        "country": country,
        "sector": None,
        "role": None,
    }


ZELENSKY = actor("Volodymyr Zelensky", "UKR", "Q3874799")
RUTTE = actor("Mark Rutte", "IGO", "Q57792")
TRUMP = actor("Donald Trump", "USA", "Q22686")
VANCE = actor("JD Vance", "USA")
UKRAINE = actor("Ukraine", "UKR", "Q212")
RUSSIA = actor("Russia", "RUS", "Q159")
USA = actor("United States", "USA", "Q30")
NATO = actor("NATO", "IGO", "Q7184")
EU = actor("European Union", "IGO", "Q458")


def article(**fields) -> dict:
    base = {
        "source": None,
        "url": None,
        "id": None,
        "published": "2025-11-21",
        "published_precision": "day",
        "entities": [],
        "quotes": [],
        "timexes": [],
        "events": [],
    }
    return {**base, **fields}


def event(kind, who, whom, date=None, **extra) -> dict:
    record = {"type": kind, "actor": who, "recipient": whom, **extra}
    if date is not None:
        record["date"] = date
    return record


# --- actors ------------------------------------------------------------------------------------


def test_name_folding_joins_transliterations_accents_and_punctuation():
    assert fold_name("Zelensky") == fold_name("Zelenskyy") == fold_name("ZELENSKIY") == "zelensky"
    assert fold_name("J.D. Vance") == fold_name("JD Vance") == fold_name("J. D. Vance")
    assert fold_name("Recep Tayyip Erdoğan") == fold_name("recep tayyip erdogan")
    # Only a word-final yy/iy folds: "Tayyip" keeps its yy.
    assert "tayyip" in fold_name("Recep Tayyip Erdoğan")
    assert fold_name("Poetin") != fold_name("Putin")


def test_actor_sameness_by_qid_then_name_and_any_of():
    renamed = {**ZELENSKY, "name": "Zelenskyj"}  # same QID, other spelling
    assert same_actor(ZELENSKY, renamed)
    # Two different QIDs are two actors even with one name.
    assert not same_actor(actor("John Smith", "GBR", "Q1"), actor("John Smith", "USA", "Q2"))
    # A missing QID falls back to the folded name.
    assert same_actor(ZELENSKY, {**actor("Volodymyr Zelenskyy", "UKR"), "wikidata": None})
    assert not same_actor(TRUMP, VANCE)
    assert same_actor({"any_of": [NATO, EU]}, EU)
    assert not same_actor({"any_of": [NATO, EU]}, USA)
    assert same_actor(None, None)
    assert not same_actor(None, USA)


# --- articles and `published` ------------------------------------------------------------------


def test_articles_pair_by_url_then_source_file_name_then_id():
    gold = [
        article(
            url="https://nos.nl/a",
            source="a.txt",
            published="2025-02-14T22:00:45+01:00",
            published_precision="second",
        ),
        article(source="000_b2.txt"),
        article(id="abc", published="2025-03", published_precision="month"),
        article(source="missing.txt"),
    ]
    system = [
        # Same URL, other source: paired by URL; published equal as written.
        article(
            url="https://nos.nl/a",
            source="feed-entry-9",
            published="2025-02-14T22:00:45+01:00",
            published_precision="second",
            entities=[{"text": "NAVO", "actor": NATO}],
        ),
        # Full path in source: paired by its last part; published right.
        article(source="/data/seeds/000_b2.txt"),
        # Paired by id; published more precise than the gold: wrong.
        article(id="abc", published="2025-03-02", published_precision="day"),
        # No gold for this one: not scored.
        article(source="other.txt", entities=[{"text": "VS", "actor": USA}]),
    ]
    gold[3]["entities"] = [{"text": "Rutte", "actor": RUTTE}]
    report = evaluate_records(gold, system)
    assert report["articles"] == {"gold": 4, "matched": 3, "system": 4}
    # published: right for articles 1 and 2, wrong for 3 (precision) and 4 (unpaired) -> 2/4.
    assert report["published"] == {"accuracy": 0.5, "n": 4}
    # entities: NAVO in article 1 is an fp (gold lists none there); Rutte in the unpaired
    # gold article is an fn; VS in the system-only article is not counted.
    assert (report["entities"]["tp"], report["entities"]["fp"], report["entities"]["fn"]) == (
        0,
        1,
        1,
    )


def test_published_needs_equal_precision():
    gold = [article(source="x.txt", published="2025-02", published_precision="month")]
    system = [article(source="x.txt", published="2025-02", published_precision="day")]
    assert evaluate_records(gold, system)["published"]["accuracy"] == 0.0


# --- entities ----------------------------------------------------------------------------------


def test_entities_are_distinct_folded_text_actor_pairs():
    gold = article(
        entities=[
            {"text": "Mark Rutte", "actor": RUTTE},
            {"text": "Rutte", "actor": RUTTE},
            {"text": "Oekraïne", "actor": UKRAINE},
            {"text": "Brussel", "actor": {"any_of": [NATO, EU]}},
            {"text": "Kyiv", "actor": None},  # unlinked gold names are not scored
        ]
    )
    system = article(
        entities=[
            {"text": "mark  Rutte", "actor": RUTTE},  # folds to "mark rutte": tp
            {"text": "MARK RUTTE", "actor": RUTTE},  # same pair again: not counted twice
            {"text": "Rutte", "actor": TRUMP},  # wrong actor: fp (and gold Rutte stays fn)
            {"text": "Brussel", "actor": EU},  # one of the any_of actors: tp
            {"text": "Kyiv", "actor": UKRAINE},  # gold has it unlinked: fp
            {"text": "Zelensky", "actor": None},  # unlinked: ignored
        ]
    )
    # distinct system pairs: mark rutte/R, rutte/T, brussel/EU, kyiv/UA = 4; tp 2, fp 2;
    # gold pairs: mark rutte, rutte, oekraïne, brussel = 4; fn 2.
    assert score_entities(gold, system) == (2, 2, 2)


# --- quotes ------------------------------------------------------------------------------------

TEN = "Wij stellen het altijd op prijs om samen te werken"  # 10 words


def test_quote_overlap_is_multiset_over_the_longer_side():
    assert quote_overlap(TEN, "wij stellen het altijd op") == 0.5  # 5/10
    assert quote_overlap(TEN, "Wij stellen het altijd") == 0.4  # 4/10
    # Multiset: "te" occurs once in the gold, so five copies count once: 2/max(10, 6).
    assert quote_overlap(TEN, "te te te te te werken") == pytest.approx(0.2)
    # The gold inside eleven more words: 10/21.
    padded = TEN + " zei de president vrijdag in een lange toespraak voor het parlement"
    assert quote_overlap(TEN, padded) == pytest.approx(10 / 21)
    assert quote_overlap("", TEN) == 0.0


@pytest.mark.parametrize(
    ("system_text", "expected"),
    [
        ("Wij stellen het altijd op", (1, 0, 0)),  # 5/10 = 0.50: match
        ("Wij stellen het altijd op prijs", (1, 0, 0)),  # 6/10 = 0.60: match
        ("Wij stellen het altijd", (0, 1, 1)),  # 4/10 = 0.40: no match
        # 5 gold words and 5 others: 5/max(10, 10) = 0.50: match
        ("Wij stellen het altijd op, zei hij gisteren tegen journalisten", (1, 0, 0)),
        # 5 gold words and 6 others: 5/max(10, 11) = 0.45: no match
        ("Wij stellen het altijd op, zei hij gisteren tegen de journalisten", (0, 1, 1)),
    ],
)
def test_quote_threshold_around_half(system_text, expected):
    gold = article(quotes=[{"text": TEN, "speaker": ZELENSKY}])
    system = article(quotes=[{"text": system_text, "speaker": ZELENSKY}])
    assert score_quotes(gold, system) == expected


def test_quote_needs_the_same_speaker():
    gold = article(quotes=[{"text": TEN, "speaker": ZELENSKY}])
    system = article(quotes=[{"text": TEN, "speaker": TRUMP}])
    assert score_quotes(gold, system) == (0, 1, 1)


def test_quote_speakers_null_any_of_and_greedy_best_overlap():
    long_gold = "hij de oorlog in Oekraïne binnen 24 uur na zijn aantreden zou beëindigen"
    gold = article(
        quotes=[
            {"text": TEN, "speaker": ZELENSKY},  # G1, 10 words
            {"text": "Wij stellen het altijd op prijs", "speaker": ZELENSKY},  # G2, 6 words
            {"text": long_gold, "speaker": None},  # G3, null speaker
            {
                "text": "ze willen deel uitmaken van de onderhandelingen",
                "speaker": {"any_of": [EU, USA]},
            },  # G4
        ]
    )
    system = article(
        quotes=[
            # S1 overlaps G1 6/10 = 0.6 and G2 6/6 = 1.0.
            {"text": "Wij stellen het altijd op prijs", "speaker": ZELENSKY},
            # S2 overlaps G1 6/10 = 0.6 and G2 2/6 only.
            {"text": "om samen te werken wij stellen", "speaker": ZELENSKY},
            # S3: null speaker on both sides, 13/13: match.
            {"text": long_gold, "speaker": None},
            # S4: the any_of gold speaker accepts the US: match.
            {"text": "ze willen deel uitmaken van de onderhandelingen", "speaker": USA},
            # S5: right text, wrong speaker: fp.
            {"text": long_gold, "speaker": TRUMP},
        ]
    )
    # Greedy by best overlap: S1-G2 (1.0) first, then S2-G1 (0.6); first-fit in gold order
    # would give S1 to G1 and leave G2 unmatched. tp 4 (G1-G4), fp 1 (S5), fn 0.
    assert score_quotes(gold, system) == (4, 1, 0)


# --- timexes -----------------------------------------------------------------------------------


def test_timexes_without_gold_offsets_pair_by_text_in_order_and_value_lists():
    gold = article(
        timexes=[
            {"text": "vrijdag", "value": "2025-11-21"},
            {"text": "gisteren", "value": ["2025-02", "2025-03"]},
            {"text": "gisteren", "value": ["2025-02", "2025-03"]},
            {"text": "Eerder deze week", "value": "2025-W07"},
        ]
    )
    system = article(
        timexes=[
            {"text": "Vrijdag", "start": 5, "end": 12, "value": "2025-11-21"},
            {"text": "gisteren", "start": 40, "end": 48, "value": "2025-03"},
            {"text": "gisteren", "start": 90, "end": 98, "value": "2025-02-27"},
            {"text": "deze week", "start": 120, "end": 129, "value": "2025-W07"},
            {"text": "morgen", "start": 150, "end": 156, "value": "2025-03"},
        ]
    )
    # Pairs: vrijdag (case folded), gisteren 1-1, gisteren 2-2, Eerder deze week ~ deze week
    # (shared words). tp 4, fp 1 (morgen), fn 0. Values: 2025-11-21 ok, 2025-03 in the list,
    # 2025-02-27 not in the list, 2025-W07 ok -> 3 of 4.
    assert pair_timexes(gold["timexes"], system["timexes"]) == [(0, 0), (1, 1), (2, 2), (3, 3)]
    assert score_timexes(gold, system) == (4, 1, 0, 3)
    report = evaluate_records([{**gold, "source": "a"}], [{**system, "source": "a"}])
    assert report["timexes"]["value_accuracy"] == 0.75 and report["timexes"]["value_n"] == 4


def test_timexes_with_offsets_on_both_sides_need_overlapping_spans():
    gold = article(timexes=[{"text": "vrijdag", "start": 10, "end": 17, "value": "2025-11-21"}])
    elsewhere = article(
        timexes=[{"text": "vrijdag", "start": 30, "end": 37, "value": "2025-11-21"}]
    )
    wider = article(
        timexes=[{"text": "vrijdag 21 november", "start": 10, "end": 29, "value": "2025-11-21"}]
    )
    assert score_timexes(gold, elsewhere) == (0, 1, 1, 0)
    assert score_timexes(gold, wider) == (1, 0, 0, 1)


def test_exact_timex_text_is_preferred_over_partial_overlap():
    gold = [{"text": "deze week"}, {"text": "Eerder deze week"}]
    system = [{"text": "eerder deze week"}, {"text": "deze week"}]
    # First pass pairs identical texts: gold 0 - system 1, gold 1 - system 0.
    assert pair_timexes(gold, system) == [(0, 1), (1, 0)]


# --- events ------------------------------------------------------------------------------------


def test_events_strict_country_level_and_dates():
    gold = article(
        events=[
            event("CONSULT", ZELENSKY, RUTTE, "2025-11-21"),  # E1
            event(["ASSAULT", "COERCE"], RUSSIA, UKRAINE, ["2025-02", "2025-03"]),  # E2
            event("REQUEST", TRUMP, {"any_of": [ZELENSKY, UKRAINE]}),  # E3, no date
            event("AGREE", UKRAINE, USA, "2025-11-21"),  # E4
            event("SUPPORT", NATO, None, "2025-11-21"),  # E5
            event("CONSULT", ZELENSKY, VANCE, "2025-11-21"),  # E6
        ]
    )
    system = article(
        events=[
            event(
                "CONSULT", RUTTE, ZELENSKY, "2025-11-21"
            ),  # S1 = E1 reversed (CONSULT): tp, date ok
            event("COERCE", RUSSIA, UKRAINE, "2025-03"),  # S2 = E2 (type list, date list): date ok
            event("REQUEST", TRUMP, UKRAINE, "2025-11-21"),  # S3 = E3 via any_of; E3 has no date
            event("AGREE", USA, UKRAINE, "2025-11-21"),  # S4: reversed, not CONSULT: fp
            event("SUPPORT", NATO, None, "2025-11-20"),  # S5 = E5 (null = null): date wrong
            event("REQUEST", TRUMP, UKRAINE, "2025-11-21"),  # S6: duplicate of S3, dropped
            event("ASSAULT", RUSSIA, None, "2025-03"),  # S7: recipient null vs UKR: fp
            event("CONSULT", ZELENSKY, TRUMP, "2025-11-21"),  # S8: E6 only at country level
        ]
    )
    strict, country, dates = score_events(gold, system)
    # Strict: distinct system triples S1 S2 S3 S4 S5 S7 S8 = 7; tp 4 (E1 E2 E3 E5); fp 3;
    # fn 2 (E4, E6).
    assert strict == (4, 3, 2)
    # Country level: S8 (CONSULT UKR->USA) now matches E6 (UKR->USA): tp 5, fp 2, fn 1.
    assert country == (5, 2, 1)
    # Dates on strict matches with a gold date: E1 ok, E2 ok, E5 wrong (E3 undated) -> 2 of 3.
    assert dates == (2, 3)


def test_gold_duplicates_merge_and_consult_prefers_written_order():
    gold = article(
        events=[
            event("CONSULT", ZELENSKY, RUTTE, "2025-11-21"),
            event("CONSULT", RUTTE, ZELENSKY),  # undated (historical)
            event("CONSULT", ZELENSKY, RUTTE, "2025-11-20"),  # duplicate of the first: dates pool
        ]
    )
    system = article(
        events=[
            event("CONSULT", RUTTE, ZELENSKY),
            event("CONSULT", ZELENSKY, RUTTE, "2025-11-20"),
        ]
    )
    # Gold triples: Z->R (dates 21 or 20), R->Z (none). Each system triple pairs in written
    # order, so the dated Z->R pairing is the one scored: tp 2 and 1 of 1 dates right.
    # Country level: (CONSULT, UKR, IGO) and (CONSULT, IGO, UKR) are distinct too: tp 2.
    assert score_events(gold, system) == ((2, 0, 0), (2, 0, 0), (1, 1))


def test_consult_either_order_only_for_consult():
    gold = article(events=[event("ACCUSE", TRUMP, ZELENSKY, "2025-03")])
    system = article(events=[event("ACCUSE", ZELENSKY, TRUMP, "2025-03")])
    strict, country, dates = score_events(gold, system)
    assert strict == (0, 1, 1) and country == (0, 1, 1) and dates == (0, 0)


def test_event_status_on_strict_pairs_with_alternatives_and_pooled_duplicates():
    gold = article(
        events=[
            event("CONSULT", ZELENSKY, RUTTE, status="reported"),
            event("CONSULT", ZELENSKY, RUTTE, status="historical"),  # duplicate: statuses pool
            event("COERCE", RUSSIA, UKRAINE, status=["reported", "historical"]),
            event("SUPPORT", NATO, None, status="future"),
            event("AGREE", UKRAINE, USA, status="future"),  # missed: not scored
            event("REQUEST", TRUMP, UKRAINE),  # no gold status: not scored
        ]
    )
    system = article(
        events=[
            event("CONSULT", RUTTE, ZELENSKY, status="historical"),  # pooled: right
            event("COERCE", RUSSIA, UKRAINE, status="historical"),  # in the list: right
            event("SUPPORT", NATO, None, status="reported"),  # wrong
            event("REQUEST", TRUMP, UKRAINE, status="negated"),  # unscored
            event("AGREE", USA, UKRAINE, status="future"),  # reversed, not CONSULT: fp
        ]
    )
    assert score_event_statuses(gold, system) == (2, 3)
    report = evaluate_records([{**gold, "source": "a"}], [{**system, "source": "a"}])
    assert report["event_statuses"]["n"] == 3
    assert report["event_statuses"]["accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert "event status accuracy" in format_report(report)


# --- whole reports -----------------------------------------------------------------------------


def test_gold_scored_against_itself_is_perfect():
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    report = evaluate_records(gold, gold)
    assert report["articles"]["matched"] == len(gold)
    for layer in ("entities", "quotes", "timexes", "events", "events_country"):
        assert (report[layer]["p"], report[layer]["r"], report[layer]["f1"]) == (1.0, 1.0, 1.0)
        assert report[layer]["fn"] == 0 and report[layer]["fp"] == 0
    for key in ("published", "event_dates", "event_statuses"):
        assert report[key]["accuracy"] == 1.0
    assert report["timexes"]["value_accuracy"] == 1.0


def test_empty_system_scores_zero_and_report_formats():
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    report = evaluate_records(gold, [])
    assert report["articles"]["matched"] == 0
    assert report["events"]["f1"] == 0.0 and report["events"]["fn"] > 0
    assert report["event_dates"] == {"accuracy": None, "n": 0}
    assert report["event_statuses"] == {"accuracy": None, "n": 0}
    text = format_report(report)
    assert "events_country" in text and "0 of 5" in text
    assert "event dates accuracy" in text and "n/a" in text


def test_nothing_to_find_and_nothing_found_has_no_score():
    # A score of nothing must never read as a perfect score (issue 10, item 5).
    report = evaluate_records([article(source="a")], [article(source="a")])
    assert report["articles"]["matched"] == 1
    assert report["quotes"]["p"] is None and report["quotes"]["f1"] is None
    assert report["timexes"]["value_accuracy"] is None
    assert "n/a" in format_report(report)


def test_gold_aliases_match_the_system_canonical_name():
    prosecution = {**actor("Netherlands Public Prosecution Service", "NLD"),
                   "aliases": ["Openbaar Ministerie", "OM"]}
    assert same_actor(prosecution, actor("Openbaar Ministerie", "NLD"))
    assert same_actor(prosecution, actor("OM", "NLD"))
    assert not same_actor(prosecution, actor("Nationale Politie", "NLD"))
    # Aliases belong to the gold side only: a system alias does not widen the match.
    assert not same_actor(actor("OM", "NLD"), prosecution)


def test_vague_time_references_are_left_out_on_both_sides():
    gold = article(timexes=[{"text": "nu", "value": "PRESENT_REF"},
                            {"text": "vrijdag", "value": "2025-11-21"}])
    system = article(timexes=[{"text": "vrijdag", "value": "2025-11-21"},
                              {"text": "straks", "value": "FUTURE_REF"}])
    assert score_timexes(gold, system) == (1, 0, 0, 1)

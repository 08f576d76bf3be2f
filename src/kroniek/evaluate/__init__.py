"""Score system records against gold records, by the matching rules of the records spec.

Pure functions over lists of record dicts (`../shared/spec/records.md`, "Matching rules used
for evaluation"); reading the files is the caller's job. Where the spec leaves a choice open,
the choice made here is written down next to the code that makes it:

* Articles pair by gold `url`, else by the file name (last path part) of `source`, else by
  `id`; when a gold key finds no system article the next key is tried. A system article is
  paired at most once; system articles without gold are not scored (`articles.system`).
  Gold articles without a partner count every gold item as a miss.
* `published` is right when the strings are equal as written and, when both records give
  `published_precision`, the precisions are equal; accuracy is over all gold articles.
* Precision with nothing predicted is 0.0 when there was something to find (recall likewise).
  A layer with nothing to find and nothing predicted has no score: P, R and F1 are None
  ("n/a"), never 1.0, so a score of nothing cannot read as a perfect score. An accuracy over
  zero items is None.
* Actors are the same when both have a `wikidata` id and the ids are equal; when either id
  is missing, when their canonical names fold to the same key (see `fold_name`), or when the
  system's canonical name folds to one of the gold actor's `aliases` (the spec's alias rule:
  `Openbaar Ministerie` for `Netherlands Public Prosecution Service`). Two different QIDs are
  two actors, whatever their names. A gold actor may be `{"any_of": [...]}` and then matches
  when any alternative matches. Two nulls are the same (a quote speaker or event recipient
  left null on both sides).
* Timexes whose only value is a vague reference (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`:
  `nu`, `straks`, `destijds`) are left out on both sides before pairing (spec).
* Set layers (entities, events, country-level events) are deduplicated per article and then
  paired one-to-one by maximum bipartite matching, so the order of `any_of` alternatives and
  type lists cannot change a score.
* Event dates and event statuses are accuracies over the strict matched pairs whose gold
  event gives one (a list gives acceptable alternatives; gold duplicates pool theirs); the
  system side is the first dated occurrence of its triple.
"""

from kroniek.evaluate.layers import (
    VAGUE_VALUES,
    distinct_gold_events,
    event_scores,
    is_vague,
    pair_timexes,
    quote_overlap,
    score_entities,
    score_event_statuses,
    score_events,
    score_quotes,
    score_timexes,
    timex_overlap,
    timex_same,
)
from kroniek.evaluate.matching import (
    QUOTE_THRESHOLD,
    Matcher,
    Record,
    accepts,
    accuracy,
    actor_countries,
    alternatives,
    canonical_json,
    distinct,
    fold_name,
    fold_text,
    identical_actor,
    max_matching,
    pair_articles,
    prf,
    published_right,
    same_actor,
    same_country,
    words,
)
from kroniek.evaluate.report import (
    PRF_LAYERS,
    evaluate_records,
    format_report,
)

__all__ = [
    "Matcher",
    "PRF_LAYERS",
    "QUOTE_THRESHOLD",
    "Record",
    "VAGUE_VALUES",
    "accepts",
    "accuracy",
    "actor_countries",
    "alternatives",
    "canonical_json",
    "distinct",
    "distinct_gold_events",
    "evaluate_records",
    "event_scores",
    "fold_name",
    "fold_text",
    "format_report",
    "identical_actor",
    "is_vague",
    "max_matching",
    "pair_articles",
    "pair_timexes",
    "prf",
    "published_right",
    "quote_overlap",
    "same_actor",
    "same_country",
    "score_entities",
    "score_event_statuses",
    "score_events",
    "score_quotes",
    "score_timexes",
    "timex_overlap",
    "timex_same",
    "words",
]

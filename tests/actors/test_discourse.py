"""A homonym named before its context is settled by the rest of the article
(actors/discourse.py `settle_homonyms`); real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def _actor_ids(make_doc, text: str, surface: str) -> list[str | None]:
    doc = make_doc(text, published="2019-04-01")
    annotate(doc)
    return [m.actor.id if m.actor else None for m in doc.mentions if m.text == surface]


def test_a_party_named_before_its_leader_is_the_leaders_party(make_doc):
    # `AKP` is also an Azerbaijani party of 1993 in the KB; Erdogan, named after it in the
    # same sentence, places it in Turkey (the whole article's country).
    text = sentence("dpg2019", "De AKP, de partij van de Turkse president")
    assert _actor_ids(make_doc, text, "AKP") == ["justice-and-development-party-tur"]


def test_every_mention_of_a_repeated_homonym_is_settled(make_doc):
    # both `AKP`s come before Erdogan: the article's country settles both
    text = " ".join(["De AKP verloor de verkiezingen.",
                     sentence("dpg2019", "De AKP, de partij van de Turkse president")])
    assert _actor_ids(make_doc, text, "AKP") == ["justice-and-development-party-tur"] * 2


def test_a_homonym_with_no_context_stays_unlinked(make_doc):
    # hand-written negative: nothing in the text places the name; no guess
    assert _actor_ids(make_doc, "De AKP verloor de verkiezingen.", "AKP") == [None]

"""Which frames a token triggers (events/triggers.py), on real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.events.lexicon import load_lexicon
from kroniek.events.triggers import frames_for


def test_mee_joins_the_march_named_just_before(code):
    text = " ".join(sentence("dpg2019", f) for f in (
        "Er is een 'blok' gereserveerd voor de Groene Kerken",
        "Sietse Brouwer (63) loopt bij de grootouders mee"))
    text = sentence("dpg2019", "zullen ook Kamerleden van coalitiepartijen zich") + " " + text
    assert ("PROTEST", "Sietse Brouwer", None) in {
        (e.type, e.actor.name, e.recipient) for e in code(text, "2019-03-09")}


def test_mee_without_a_protest_named_before_is_no_protest(code):
    # The same sentence without the march before it: `meelopen` is only going along.
    text = sentence("dpg2019", "Sietse Brouwer (63) loopt bij de grootouders mee")
    assert not [e for e in code(text, "2019-03-09") if e.type == "PROTEST"]


def test_lodging_a_protest_is_a_complaint_not_a_march(code):
    # `protest aantekenen` (the only DPG 2019 case is parsed without a subject by Frog):
    # a formal complaint, ACCUSE; the noun is the verb's fixed part, not a PROTEST.
    events = code("Australië tekende protest aan tegen Turkije.", "2019-03-19")
    assert {(e.type, e.actor.name, e.recipient.name) for e in events} == {
        ("ACCUSE", "Australia", "Turkey")}


def test_a_hike_is_no_protest_march(code):
    # `wandelmars` has the head `mars` but is a walking event (non_event_compounds)
    events = code(sentence("dpg2019", "de wandelmars succesvol hebben voltooid"), "2019-04-02")
    assert not [e for e in events if e.type == "PROTEST"]


def test_a_preposition_with_its_article_is_no_separable_particle(code):
    # `stapt met zijn ligfiets op de trein`: boarding a train, not `opstappen` (resigning)
    events = code(sentence("dpg2019", "Peeters stapt met zijn ligfiets op de trein"),
                  "2019-03-20")
    assert not [e for e in events if e.type == "RETREAT"]


def test_a_preposition_before_a_bare_noun_or_possessive_is_no_particle(code):
    # `stapt ... op station Kapelle-Biezelinge op de trein`, `op zijn rug op de trein
    # stapte`: every `op` opens a phrase, none makes `stappen` `opstappen`.
    for fragment, date in (("stapt normaal altijd op station Kapelle-Biezelinge", "2019-03-20"),
                           ("zijn contrabas uit zijn kamer haalde en ermee", "2019-03-26")):
        events = code(sentence("dpg2019", fragment), date)
        assert not [e for e in events if e.type == "RETREAT"], fragment
    # `greep ... zijn zaterdagse column in De Telegraaf aan`: `aangrijpen`, not `ingrijpen`.
    events = code(sentence("dpg2019", "greep Hans Wiegel zijn zaterdagse column"), "2019-03-18")
    assert not [e for e in events if e.type == "COERCE"]


def test_a_bare_particle_still_makes_opstappen(code):
    events = code(sentence("dpg2019", "stapte begin februari op toen uitkwam"), "2019-03-20")
    assert [e for e in events if e.type == "RETREAT"]


def test_a_particle_frog_gives_an_object_still_counts(code):
    # `roept hij Europa op meer financiële sancties af te kondigen`: Frog hangs the noun
    # phrase on `op`, which is still the particle of `oproepen`
    events = code(sentence("dpg2019", "roept hij Europa op meer financiële sancties"),
                  "2019-03-07")
    assert [e for e in events if e.type == "REQUEST"]


def _frame_words(doc_of, text: str, lemma: str) -> set[tuple[str, str | None]]:
    doc = doc_of(text)
    token = next(t for t in doc.tokens if t.lemma == lemma)
    return {(f.type, f.svp) for f in frames_for(doc, token, load_lexicon())}


def test_an_adverbial_particle_in_another_clause_is_not_the_verbs(make_doc):
    # `met heel veel vrijwilligers hier naar toe gewerkt, maar het was goed om samen stil te
    # zijn`: `samen` stands past another clause's finite verb, so `werken` is no
    # `samenwerken` (which coded talks with the volunteers).
    text = sentence("dpg2019", "We hebben met heel veel vrijwilligers hier naar toe gewerkt")
    assert not [svp for _, svp in _frame_words(make_doc, text, "werken") if svp == "samen"]


def test_an_adverbial_particle_past_a_subordinator_is_not_the_verbs(make_doc):
    # `om het leven gekomen nadat ze samen met twee volwassenen ...`: `nadat` opens a clause
    # of its own, so its `samen` does not make the main clause's `komen` `samenkomen`
    # (which coded a meeting of the drowned woman with a child).
    text = sentence("dpg2019", "Een vrouw is gistermiddag om het leven gekomen nadat")
    assert not [svp for _, svp in _frame_words(make_doc, text, "komen") if svp == "samen"]


def test_an_adverbial_particle_in_its_own_clause_still_counts(make_doc):
    text = sentence("dpg2019", "De minister werkt nu samen met Mueller")
    assert [svp for _, svp in _frame_words(make_doc, text, "werken") if svp == "samen"]


def test_an_agreement_named_by_a_compound_is_the_fixed_object(make_doc):
    # `het uittredingsakkoord dat ze sloot met de EU`: a compound headed by `akkoord` is
    # the agreement `sluiten` needs (lexicon.yaml `object_compounds`).
    text = sentence("dpg2019", "het uittredingsakkoord dat ze sloot met de EU")
    assert ("SUPPORT", None) in _frame_words(make_doc, text, "sluiten")


def test_a_short_modifier_makes_no_compound_agreement(make_doc):
    # negative: `iDEAL` ends in `deal` but is no deal (a modifier of at least four letters)
    text = "Zij sloot haar bestelling met iDEAL af."
    assert ("SUPPORT", None) not in _frame_words(make_doc, text, "sluiten")


def test_signing_a_compound_agreement_is_support(code):
    # `De Britse premier, die er niet in geslaagd is het uittredingsakkoord dat ze sloot met
    # de EU ...`: May signed the withdrawal agreement with the EU (PLOVER SUPPORT).
    events = code(sentence("dpg2019", "het uittredingsakkoord dat ze sloot met de EU"),
                  "2019-04-05")
    assert ("SUPPORT", "Theresa May", "European Union") in {
        (e.type, e.actor.name, e.recipient.name if e.recipient else None) for e in events}

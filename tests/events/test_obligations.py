"""What someone must do has not happened (events/modality.py `obliged`): an act under a
present `moet`/`moeten` is no event; the demand is (`obligation_request`), and a court's
order to go to prison is the sentence itself.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_an_act_the_parties_must_do_is_no_event(code):
    text = sentence("dpg2019", "de coalitiepartijen moeten samenwerken met de oppositie")
    assert not any(e.type == "CONSULT" for e in code(text, "2019-03-21"))


def test_a_resignation_that_must_be_decided_is_no_resignation(code):
    text = sentence("dpg2019", "om te bepalen of Netanyahu moet aftreden als premier")
    assert not any(e.type == "RETREAT" for e in code(text, "2019-03-01"))


def test_a_prison_term_to_serve_is_still_the_court_sentence(code):
    text = sentence("dpg2019", "De man moet nu een jaar de cel in")
    assert any(e.type == "SANCTION" for e in code(text, "2019-03-01"))


def test_the_past_had_to_is_left_to_the_act(code):
    # negative of the rule: `moest` is not a present obligation
    found = triples(code("Theresa May moest vorige week aftreden.", "2019-03-01"))
    assert ("RETREAT", "Theresa May", None) in found

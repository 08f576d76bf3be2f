"""An act under `had ... moeten/kunnen/mogen` (the past irrealis, ANS 18.4.3.2) did not
happen: no event (events/modality.py `counterfactual`); the reproach about it stays.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl.
"""

from __future__ import annotations

from corpus import paragraph, sentence


def test_what_he_should_have_given_in_on_is_no_concession(code):
    # `Ook de veelgehoorde stelling dat hij ... had moeten toegeven, past niet in Kims
    # logica`: the paragraph names the men `hij` may refer to
    events = code(paragraph("dpg2019", "had moeten toegeven, past niet in Kims logica"),
                  "2019-03-01")
    assert not any(e.type in {"CONCEDE", "AGREE"} and "had moeten toegeven" in e.text
                   for e in events)


def test_a_named_counterfactual_is_no_event(code):
    text = "De stelling dat Kim Jong-un had moeten toegeven, klopt niet."
    assert not any(e.type in {"CONCEDE", "AGREE"} for e in code(text, "2019-03-01"))


def test_the_act_itself_is_still_coded(code):
    # control: the same text with the act stated
    text = " ".join([sentence("dpg2019", "Dit vijandbeeld maakt dat Kims eis dat Amerika"),
                     "Kim gaf toe, zegt Trump."])
    assert any(e.type == "CONCEDE" for e in code(text, "2019-03-01"))


def test_a_reproach_about_it_stays(code):
    text = sentence("dpg2019", "Schouten vindt dat Franciscus het celibaat")
    assert any(e.type == "ACCUSE" and e.recipient is not None
               and "Franciscus" in e.recipient.name for e in code(text, "2019-03-01"))

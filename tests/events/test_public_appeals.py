"""A public appeal names no one called on: `oproepen tot`/`oproepen om te` with no direct
object is PLOVER REQUEST with no recipient (events/data/lexicon.yaml).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_call_for_a_boycott_is_a_request_with_no_recipient(code):
    text = sentence("dpg2019", "George Clooney en zanger Elton John al opgeroepen om hotels")
    found = triples(code(text, "2019-04-08"))
    assert ("REQUEST", "George Clooney", None) in found
    assert ("REQUEST", "Elton John", None) in found


def test_a_call_for_a_strike_is_a_request(code):
    text = " ".join([sentence("dpg2019", "Guaidó riep zichzelf in januari uit"),
                     sentence("dpg2019", "Nu roept hij op tot een staking van overheidspersoneel")])
    assert any(e.type == "REQUEST" and "Guaidó" in e.actor.name and e.recipient is None
               for e in code(text, "2019-04-03"))


def test_evoking_annoyance_is_no_request(code):
    # negative: with a direct object `oproepen` is `evoke`
    text = sentence("dpg2019", "Maar zijn uitlatingen roepen ergernis op in Australië")
    assert not any(e.type == "REQUEST" for e in code(text, "2019-03-19"))


def test_an_appeal_made_in_the_media_is_a_request(code):
    text = sentence("dpg2019", "doet hij ook een wanhopige oproep in de media")
    assert ("REQUEST", "Arie Slob", None) in triples(code(text, "2019-04-05"))


def test_an_appeal_to_someone_keeps_its_addressee(code):
    # negative: with `op` named, the addressee is the recipient, not None
    found = triples(code("Rutte doet een beroep op Merkel om de sancties te steunen.",
                         "2019-04-05"))
    assert ("REQUEST", "Mark Rutte", None) not in found


def test_an_object_frog_glues_onto_a_coordinated_subject_is_the_one_called_on(code):
    # Frog reads `de coalitie` as a third conjunct of `de SP en D66`; Dutch puts `en`
    # before the last conjunct, so it is the object (events/misparse.py glued_object)
    text = sentence("dpg2019", "Nu roepen de SP en D66 de coalitie op om een volwaardig")
    found = triples(code(text, "2019-03-08"))
    assert ("REQUEST", "Socialist Party", "de coalitie") in found
    assert ("REQUEST", "Socialist Party", None) not in found


def test_a_coordinated_subject_of_an_appeal_keeps_all_its_members(code):
    # negative, hand-written: nothing after the last conjunct, no one called on
    found = triples(code("Nu roepen de SP en D66 op tot een boycot van de winkel.",
                         "2019-03-08"))
    assert ("REQUEST", "Democrats 66", None) in found
    assert not any(t[2] == "Democrats 66" for t in found)


def test_an_object_frog_hangs_on_a_name_subject_is_the_one_called_on(code):
    # Frog hangs `de Rijksoverheid` on the name as its modifier; an apposition stands
    # between commas, so it is the object (events/misparse.py `_glued_to_name`)
    text = sentence("dpg2019", "riep Jozias van Aartsen de Rijksoverheid al op")
    found = triples(code(text, "2019-03-08"))
    assert ("REQUEST", "Jozias van Aartsen", None) not in found
    assert any(t[1] == "Jozias van Aartsen" and t[2] for t in found if t[0] == "REQUEST")

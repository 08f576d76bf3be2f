"""Gender stated by the text for local persons (data/gender_cues.yaml), on real DPG 2019
sentences (read by path) and single words."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.gender import actor_gender, address_gender, noun_gender
from kroniek.actors.link import annotate


def local_person(make_doc, text: str, surname: str):
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    found = [m.actor for m in doc.mentions if m.is_entity and m.actor is not None
             and m.actor.id.startswith("local:") and surname in m.text]
    assert found, [m.text for m in doc.mentions]
    return found[0]


@pytest.mark.parametrize(("word", "gender"), [
    ("woordvoerster", "f"), ("GGD-woordvoerster", "f"), ("grootmoeder", "f"), ("zoon", "m"),
    ("zakenman", "m"), ("wethouder", None), ("woordvoerder", None), ("fotograaf", None),
    ("minister", None), ("advocaat", None), ("advocate", "f"),
])
def test_person_nouns(word, gender):
    assert noun_gender(word) == gender


def test_forms_of_address():
    assert (address_gender("mevrouw"), address_gender("Meneer"), address_gender("heer"),
            address_gender("minister")) == ("f", "m", "m", None)


def test_mevrouw_before_a_surname(make_doc):
    actor = local_person(make_doc, sentence("dpg2019", "had ook mevrouw Burger weinig"), "Burger")
    assert actor.gender == "f" and actor_gender(actor) == "f"
    assert "gender" not in actor.to_dict()  # not part of the spec's Actor


def test_a_female_role_noun(make_doc):
    actor = local_person(make_doc, sentence("dpg2019", "volgens woordvoerster Sandra Binken"),
                         "Binken")
    assert actor.gender == "f"


def test_a_neutral_role_noun_states_nothing(make_doc):
    actor = local_person(make_doc, sentence("dpg2019", "zegt woordvoerster Ellen Habermehl")
                         .replace("woordvoerster", "woordvoerder"), "Habermehl")
    assert actor.gender is None and actor_gender(actor) == "f"  # the first name still tells


def test_foreign_first_name_read_in_its_own_country():
    # `Kay` is male in the Dutch figures, mostly female in the US ones
    from kroniek.model import Actor

    assert actor_gender(Actor(id="x", name="Kay Ivey", kind="person", country="USA")) == "f"
    assert actor_gender(Actor(id="y", name="Kay Jansen", kind="person", country="NLD")) == "m"

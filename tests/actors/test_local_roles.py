"""The sector of a person the KB does not know, from the role the text gives them
(actors/local_person.py `role_sector`, actors/person_evidence.py
`roles_from_predicates`), on real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.lexicon import load_lexicon
from kroniek.actors.link import annotate
from kroniek.actors.local_person import role_sector


def actor_of(make_doc, text: str, name: str, published: str):
    doc = make_doc(text, published=published)
    annotate(doc)
    return next(m.actor for m in doc.mentions if m.actor is not None and m.text == name)


def test_an_apposed_office_gives_the_sector(make_doc):
    text = sentence("dpg2019", "door Halsema en onderwijswethouder Marjolein Moorman verzocht")
    actor = actor_of(make_doc, text, "Marjolein Moorman", "2019-03-20")
    assert actor.id.startswith("local:") and actor.sector == "GOV"


def test_a_former_holder_has_no_sector(make_doc):
    text = sentence("dpg2019", "tegen oud-wethouder Adriaan Visser die")
    actor = actor_of(make_doc, text, "Adriaan Visser", "2019-03-20")
    assert actor.sector is None


def test_a_copular_clause_states_the_role(make_doc):
    # The closing line of an op-ed names the author's office.
    text = sentence("dpg2019", "Agnes Jongerius is Europarlementariër voor de PvdA")
    actor = actor_of(make_doc, text, "Agnes Jongerius", "2019-03-27")
    assert actor.sector == "LEG" and actor.role.startswith("Europarlementariër")


def test_compound_heads_and_the_words_left_out():
    lexicon = load_lexicon()
    assert role_sector(lexicon, "PVV-Kamerlid") == "LEG"
    assert role_sector(lexicon, "GroenLinkswethouder") == "GOV"
    assert role_sector(lexicon, "scheidsrechter") is None
    assert role_sector(lexicon, "clubpresident") is None
    assert role_sector(lexicon, "secretaris-generaal") is None

"""Members named in a fronted `group, waaronder A en B,` phrase act (events/inclusion.py),
for every verb of the clause; the first cases are in test_parse_repairs.py."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_listed_members_with_inner_list_commas_act_and_niet_meer_negates(code):
    # `zoals de Verenigde Staten en Nederland, maar ook vrijwel alle buurlanden van
    # Venezuela,`: the later comma separates list items; `van Venezuela` modifies one.
    events = code(sentence("dpg2019", "zoals de Verenigde Staten en Nederland, maar ook"),
                  "2019-03-07")
    found = {(e.type, e.actor.name, e.recipient.name if e.recipient else None, e.status)
             for e in events}
    assert ("SUPPORT", "United States", "Nicolás Maduro", "negated") in found
    assert ("SUPPORT", "Netherlands", "Nicolás Maduro", "negated") in found
    assert not [e for e in events if e.actor.name == "Venezuela"]


def test_coordinated_second_verb_takes_the_owner_in_its_object(code):
    text = " ".join([sentence("dpg2019", "om oppositieleider Juan Guaidó te steunen"),
                     "Verschillende landen, waaronder Nederland en Duitsland, erkennen Maduro"
                     " en steunen het plan van Guaidó om verkiezingen te houden."])
    found = triples(code(text, "2019-03-07"))
    assert ("SUPPORT", "Germany", "Juan Guaidó") in found
    assert ("SUPPORT", "Germany", "Nicolás Maduro") in found


def test_a_possessive_pronoun_in_the_second_verbs_object_is_left(code):
    # `steunen zijn plan`: the pronoun's link is a guess (here the ambassador before)
    text = " ".join([sentence("dpg2019", "om oppositieleider Juan Guaidó te steunen"),
                     sentence("dpg2019", "waaronder Nederland en Duitsland, erkennen")])
    found = triples(code(text, "2019-03-07"))
    assert not [t for t in found if t[2] == "Daniel Martin Kriener"]

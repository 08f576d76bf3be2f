"""An office noun apposed after a name is that person's office (actors/roles.py
`resolve_role`), not the office's Dutch holder, on real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def _role_actor(make_doc, fragment: str, published: str, words: str):
    doc = make_doc(sentence("dpg2019", fragment), published=published)
    annotate(doc)
    return next(m.actor for m in doc.mentions if m.text == words)


def test_office_after_a_foreign_minister_name_is_that_minister(make_doc):
    # Before: `de minister` was the Dutch minister of justice, Ferd Grapperhaus, and the
    # pronouns of the sentence with him.
    actor = _role_actor(make_doc, "David Gauke, de minister van Justitie, zei dit weekend",
                        "2019-04-01", "de minister")
    assert actor is not None and actor.name == "David Gauke"


def test_office_after_a_name_keeps_the_text_over_the_kb_holder(make_doc):
    # The paper calls Tusk `president van de Europese Commissie`: the office apposed to
    # his name is his, not Juncker's.
    actor = _role_actor(make_doc, "heeft Donald Tusk, president van de Europese Commissie",
                        "2019-04-10", "president")
    assert actor is not None and actor.name == "Donald Tusk"


def test_bare_office_without_a_name_still_gets_the_holder(make_doc):
    actor = _role_actor(make_doc, "Ik daag de minister van Justitie nu", "2019-03-25",
                        "de minister")
    assert actor is not None and actor.name == "Ferd Grapperhaus"


def test_title_right_before_a_name_is_that_person_whatever_frog_labels_it(make_doc):
    # Frog hangs `Philippe` on `premier` as `mod`, not `app`: before, `premier` was the
    # Dutch prime minister and the announced measures were Rutte's.
    actor = _role_actor(make_doc, "kondigde premier Édouard Philippe gisteren maatregelen aan",
                        "2019-03-19", "premier")
    assert actor is not None and actor.name == "Édouard Philippe"

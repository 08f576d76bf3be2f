"""A person named by first name and surname initial (`Peter B.`) keeps the initial's dot
when a comma, colon or quote follows and Frog splits the dot off (actors/local.py,
`_name_end`): without it `Peter B` became a second actor beside `Peter B.`. Real DPG 2019
sentences, read by path; a short hand-written negative."""

from __future__ import annotations

import pytest

from corpus import paragraph, sentence
from kroniek.actors.link import annotate


def persons(make_doc, text: str) -> list[tuple[str, str]]:
    doc = make_doc(text, published="2019-04-04")
    annotate(doc)
    return [(m.text, m.actor.name) for m in doc.mentions if m.actor and m.actor.kind == "person"]


@pytest.mark.parametrize(("fragment", "name"), [
    ("de 58-jarige neppatholoog uit Bennekom", "Peter B."),
    ("Joël S., afkomstig uit Eindhoven", "Joël S."),
])
def test_the_initial_keeps_its_dot_before_a_comma(make_doc, fragment, name):
    assert (name, name) in persons(make_doc, sentence("dpg2019", fragment))


def test_a_full_surname_at_the_end_of_a_sentence_leaves_the_full_stop(make_doc):
    assert ("Pieter Verhoeven", "Pieter Verhoeven") in persons(
        make_doc, "Gisteren sprak de rechter met Pieter Verhoeven.")


def test_an_unknown_given_name_with_an_age_after_the_initial_is_a_person(make_doc):
    # dpg2019 id 10726537 (the helper's splitter cuts at `B. (40)`: the paragraph is read)
    text = paragraph("dpg2019", "Nirmalkoemar B. (40) uit Hoogvliet")
    assert ("Nirmalkoemar B.", "Nirmalkoemar B.") in persons(make_doc, text)


def test_a_quoted_role_noun_before_a_name_frog_tagged_a_place(make_doc):
    # dpg2019 id 10804673: `waar 'sekteleider' Aaldert van E. meerdere cliënten ...`
    text = sentence("dpg2019", "waar 'sekteleider' Aaldert van E.")
    assert ("Aaldert van E.", "Aaldert van E.") in persons(make_doc, text)


def test_a_capitalised_word_and_a_letter_opening_a_sentence_are_no_person(make_doc):
    assert not persons(make_doc, "Plan B. werd gisteren uitgevoerd door de gemeente.")

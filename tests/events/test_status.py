"""An event's status (events/status.py and the tense it reads, kroniek.syntax.tense), on
real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence


def _statuses(code, fragment: str, published: str) -> set[str]:
    return {e.status for e in code(sentence("dpg2019", fragment), published)}


def test_then_points_back_to_an_earlier_episode(code):
    # `Pereira kwam toen ... in gesprek met de Saoedische minister`: a December meeting told
    # as background to a March story.
    text = " ".join(sentence("dpg2019", f) for f in (
        "Bij nader inzien vond het bestuur van La Scala", "Pereira kwam toen bij de"))
    events = code(text, "2019-03-19")
    assert {e.status for e in events if e.type == "CONSULT"} == {"historical"}


def test_when_is_no_then(code):
    # `stapte begin februari op toen uitkwam dat ...`: the subordinator `toen` ("when"),
    # tagged as an adverb by Frog, does not make the resignation background.
    assert "historical" not in _statuses(code, "Visser stapte begin februari op toen",
                                         "2019-02-21")


def test_a_conditional_perfect_is_no_future(code):
    # `Hij zou een keer hebben deelgenomen aan een demonstratie`: what he is said to have
    # done, not a plan.
    text = " ".join(sentence("dpg2019", f) for f in (
        "De 27-jarige Al-Showaikh vroeg twee jaar", "Hij zou een keer hebben deelgenomen"))
    statuses = {e.status for e in code(text, "2019-03-13") if e.type == "PROTEST"}
    assert statuses and "future" not in statuses


def test_who_survives_a_revolt_is_not_its_actor(code):
    events = code(sentence("dpg2019", "overleefde Theresa May gisteren een opstand"), "2019-03-28")
    assert not [e for e in events if e.actor.name == "Theresa May"]

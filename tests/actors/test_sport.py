"""Sports clubs and national teams (data/orgs/sport.yaml), on real DPG 2019 sentences."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.kb import load_kb
from kroniek.actors.link import annotate


def linked(make_doc, fragment: str) -> dict[str, str | None]:
    doc = make_doc(sentence("dpg2019", fragment), published="2019-03-20")
    annotate(doc)
    return {m.text: (m.actor.id if m.actor else None) for m in doc.mentions if m.is_entity}


def test_the_2018_19_leagues_are_complete():
    kb = load_kb()
    clubs = [e for e in kb.entries.values() if e.id in {
        "afc-ajax", "nac-breda", "fc-emmen", "de-graafschap", "fc-twente", "top-oss",
        "jong-ajax", "roda-jc-kerkrade"}]
    assert len(clubs) == 8 and all(e.country == "NLD" and e.sector is None for e in clubs)


def test_oranje_is_the_national_team(make_doc):
    found = linked(make_doc, "Oranje realiseerde al eerder een ommekeer")
    assert found.get("Oranje") == "netherlands-national-football-team"


def test_a_foreign_club_keeps_its_country(make_doc):
    found = linked(make_doc, "Bij zijn club Standard Luik maakt")
    assert found.get("Standard Luik") == "standard-liege"
    assert load_kb().entries["standard-liege"].country == "BEL"


@pytest.mark.parametrize("fragment", [
    "Willem van Oranje Scholengroep",  # a school named after the prince
    "Code Oranje zelfs hier geen voet",  # a party
    "dan staat dat weekendje Barcelona gepland",  # the city, not the club
])
def test_names_that_are_not_the_team(make_doc, fragment):
    found = linked(make_doc, fragment)
    assert "netherlands-national-football-team" not in found.values()
    assert "fc-barcelona" not in found.values()

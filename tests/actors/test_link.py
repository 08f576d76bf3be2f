"""The actor linker on real sentences (seeds and DPG 2019), one behaviour per test."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.link import annotate, resolve_pronoun
from kroniek.model import Document


def linked(make_doc, text: str, published: str = "2025-11-21") -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def entity(doc: Document, text: str):
    return next(m for m in doc.mentions if m.is_entity and m.text == text)


def at(doc: Document, word: str, kind: str | None = None):
    found = [m for m in doc.mentions if word in m.text and (kind is None or m.kind == kind)]
    return found[0] if found else None


def test_full_names_role_compound_and_role_noun_with_adjective(make_doc):
    doc = linked(make_doc, "De Oekraïense president Volodymyr Zelensky heeft met NAVO-chef "
                 "Mark Rutte gesproken over \"de diplomatieke mogelijkheden\" om de oorlog "
                 "tussen Oekraïne en Rusland te stoppen.")
    rutte = entity(doc, "Mark Rutte")
    assert rutte.actor.id == "mark-rutte" and rutte.actor.role == "secretary general of NATO"
    assert entity(doc, "Oekraïne").actor.id == "ukraine"
    assert entity(doc, "Oekraïne").type == "LOC"
    chef = at(doc, "NAVO-chef")
    assert chef.kind == "role" and not chef.is_entity and chef.actor.id == "mark-rutte"
    assert not [m for m in doc.mentions if m.is_entity and "Oekraïense" in m.text]


def test_possessives_keep_the_token_text(make_doc):
    doc = linked(make_doc, "Hij zei dat hij Trumps wens het bloedvergieten te stoppen nog "
                 "steeds respecteert.")
    assert entity(doc, "Trumps").actor.id == "donald-trump"
    doc = linked(make_doc, "Het Kremlin deed Zelensky's woorden af als \"loze praatjes\".",
                 published="2025-02")
    assert entity(doc, "Zelensky's").actor.id == "volodymyr-zelensky"
    kremlin = entity(doc, "Kremlin")
    assert kremlin.actor.id == "russia" and kremlin.actor.sector == "GOV"


def test_issue_compound_is_not_an_actor(make_doc):
    doc = linked(make_doc, "En Oekraïne is volgens de alliantie zelfs op een \"onomkeerbaar "
                 "pad\" naar het NAVO-lidmaatschap.")
    assert not [m for m in doc.mentions if "lidmaatschap" in m.text]


def test_capital_as_actor_and_as_place(make_doc):
    doc = linked(make_doc, "Maar het vredesplan schrijft voor dat Kyiv en de NAVO vastleggen "
                 "dat Oekraïne nooit toetreedt.")
    assert entity(doc, "Kyiv").actor.id == "ukraine"
    doc = linked(make_doc, "Morgen komen Europese leiders samen in Londen onder leiding van de "
                 "Britse premier Starmer.", published="2025-03")
    london = entity(doc, "Londen")
    assert london.actor is None and london.type == "LOC"


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2023-05-01", "mark-rutte"), ("2025-12-16", "dick-schoof")],
)
def test_bare_premier_is_the_dutch_prime_minister_on_the_date(make_doc, published, expected):
    doc = linked(make_doc, "Hij wil dat de premier uitlegt waarom de vermoedelijke dader "
                 "niet is vastgezet.", published=published)
    premier = at(doc, "premier", "role")
    assert premier is not None and premier.actor.id == expected


def test_bare_president_is_the_nearest_preceding_president(make_doc):
    doc = linked(make_doc, "Oekraïne gaat volgens Zelensky samen met de VS werken aan vrede. "
                 "Enkele uren eerder hield de president de Oekraïners nog voor dat ze voor "
                 "een hels dilemma staan.")
    assert at(doc, "president", "role").actor.id == "volodymyr-zelensky"
    demonym = at(doc, "Oekraïners", "demonym")
    assert demonym.actor.id == "ukraine" and not demonym.is_entity


def test_demonym_in_actor_position(make_doc):
    doc = linked(make_doc, "De Amerikanen committeren zich volledig aan de NAVO en willen een "
                 "goede deal voor Oekraïne.", published="2025-02-14")
    amerikanen = at(doc, "Amerikanen", "demonym")
    assert amerikanen.actor.id == "united-states" and not amerikanen.is_entity


@pytest.mark.parametrize("fragment", [
    "waarschuwde de Fransman dat een No Deal",   # Michel Barnier, named before
    "De Sloveen zelf voelde zich naderhand",      # a footballer (Frog: proper noun)
])
def test_a_singular_people_noun_is_one_person_not_the_state(make_doc, fragment):
    doc = linked(make_doc, sentence("dpg2019", fragment), "2019-03-15")
    assert not [m for m in doc.mentions if m.kind == "demonym"]


def test_a_plural_people_noun_frog_takes_for_a_second_subject_is_the_state(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "riep de Venezolanen op om komende zaterdag"),
                 "2019-03-05")
    assert at(doc, "Venezolanen", "demonym").actor.id == "venezuela"


def test_apposition_of_unknown_person_gives_a_local_actor(make_doc):
    doc = linked(make_doc, "Dat zegt defensie-expert Patrick Bolder van het The Hague Centre "
                 "for Strategic Studies.")
    bolder = entity(doc, "Patrick Bolder")
    assert bolder.actor.id == "local:patrick-bolder"
    assert bolder.actor.kind == "person" and bolder.actor.role.startswith("defensie-expert")


def test_surname_after_full_name_and_shared_surname_left_unlinked(make_doc, monkeypatch):
    doc = linked(make_doc, "De Amerikaanse onderhandelaar Steve Witkoff sprak in Moskou. "
                 "Witkoff noemde het gesprek nuttig.", published="2025-12-16")
    assert [m.actor.id for m in doc.mentions if m.text == "Witkoff"] == ["steve-witkoff"]


def test_shared_surname_resolved_by_context_or_left_unlinked(make_doc):
    # Kamala Harris (US vice president) and Simon Harris (Irish prime minister) both
    # held office in June 2024: a bare surname is left unlinked, never guessed.
    doc = linked(make_doc, "Harris riep op tot een staakt-het-vuren in Gaza.", published="2024-06-01")
    assert entity(doc, "Harris").actor is None
    # After the full name, the surname is that person.
    doc = linked(make_doc, "De Ierse premier Simon Harris erkende de Palestijnse staat. "
                 "Harris noemde het een historische dag.", published="2024-05-28")
    assert [m.actor.id for m in doc.mentions if m.text == "Harris"] == ["simon-harris"]
    # Boris Johnson holds no office in 2025, Mike Johnson does: the date decides.
    doc = linked(make_doc, "Johnson wil niet dat het Huis stemt over nieuwe steun aan Oekraïne.",
                 published="2025-03-01")
    assert entity(doc, "Johnson").actor.id == "mike-johnson"


def test_pronouns_resolve_to_the_previous_subject(make_doc):
    doc = linked(make_doc, "Tegenover aanwezige pers in het Witte Huis zei Trump dat hij "
                 "Zelensky waarschijnlijk volgende week zal spreken. Die ontmoeting zou wat "
                 "hem betreft in Washington kunnen plaatsvinden.", published="2025-02")
    hij = next(t for t in doc.tokens if t.text == "hij")
    assert resolve_pronoun(doc, hij.i).actor.id == "donald-trump"
    hem = next(t for t in doc.tokens if t.text == "hem")
    assert resolve_pronoun(doc, hem.i).actor.id == "donald-trump"
    assert entity(doc, "Witte Huis").actor.id == "united-states"
    assert entity(doc, "Washington").actor is None
    plural = next(t for t in doc.tokens if t.text == "Die")
    assert resolve_pronoun(doc, plural.i) is None


def test_a_capitalised_van_opens_a_surname_not_a_place(make_doc):
    """`Van Vught` is the artist, not the municipality of Vught (link_lexicon.yaml
    `surname_particles`)."""
    doc = linked(make_doc, sentence("dpg2019", "Van Vught werkt snel"), "2019-03-01")
    assert all(m.actor is None or m.actor.name != "Vught" for m in doc.mentions)


def test_a_place_opening_with_den_is_still_linked(make_doc):
    # `Den Haag` as a subject: the seat of government (a KB metonym), linked as before
    doc = linked(make_doc, "Den Haag besloot gisteren de subsidie te schrappen.", "2019-03-01")
    assert [m.text for m in doc.mentions if m.actor] == ["Den Haag"]

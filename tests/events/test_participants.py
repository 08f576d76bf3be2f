"""Described participants and the implicit agents of institutional passives
(events/participants.py) on real DPG 2019 sentences."""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence


def test_an_agentless_arrest_is_the_polices_of_a_described_man(code):
    text = sentence("dpg2019", "Een 28-jarige agressieve man uit Oudenbosch")
    found = triples(code(text, "2019-04-02"))
    assert ("COERCE", "National Police Corps", "Een 28-jarige agressieve man") in found


def test_an_agentless_arrest_of_described_suspects(code):
    text = sentence("dpg2019", "Twee verdachten, een 21-jarige man uit Lochem")
    found = triples(code(text, "2019-04-02"))
    assert any(t[0] == "COERCE" and t[1] == "National Police Corps" and t[2] for t in found)


def test_an_agentless_sentence_is_the_courts(code):
    text = sentence("dpg2019", "Een twintigjarige man is veroordeeld tot twaalf maanden")
    found = triples(code(text, "2019-04-02"))
    assert ("SANCTION", "de rechter", "Een twintigjarige man") in found


def test_an_acquittal_is_the_courts(code):
    text = sentence("dpg2019", "Een voormalig echtpaar uit Zwaag is vrijgesproken")
    found = triples(code(text, "2019-04-02"))
    assert any(t[0] == "RETREAT" and t[1] == "de rechter" for t in found)


def test_no_dutch_police_in_an_article_about_another_country(code):
    text = ("Rusland heeft de beweging verboden. De Russische autoriteiten melden dat in "
            "Rusland twee demonstranten zijn opgepakt.")
    assert not [e for e in code(text, "2019-04-02") if e.actor.name == "National Police Corps"]


def test_a_thing_is_no_described_participant(code):
    text = "De politie heeft het dossier aangehouden."
    assert not [e for e in code(text, "2019-04-02") if e.recipient is not None]


def test_a_definite_role_noun_is_no_described_actor(code):
    # `de woordvoerder` names again someone the article named: not a new actor.
    text = "De woordvoerder heeft de demonstranten opgeroepen naar huis te gaan."
    assert not [e for e in code(text, "2019-04-02") if e.actor.name == "De woordvoerder"]


def test_a_reported_demand_has_the_quoted_speaker_as_actor(code):
    # spec: a statement that demands is both a quote and an event; the quote layer
    # resolved the speaker the event coder's slots leave without an actor.
    text = sentence("dpg2019", "Waarnemers op Curaçao pleiten voor")
    found = triples(code(text, "2019-04-10"))
    assert any(t[0] == "REQUEST" and t[1].startswith("Waarnemers") and t[2] == "Netherlands"
               for t in found)


def test_a_plain_statement_is_no_event(code):
    text = sentence("dpg2019", "Mensen voelen de gevolgen van klimaatverandering ook steeds")
    assert not code(text, "2019-03-09")


def test_a_described_crowd_protests(code):
    found = triples(code(sentence("dpg2019", "miljoenen vrouwen gingen de straat op"),
                         "2019-03-08"))
    assert any(t[0] == "PROTEST" and "vrouwen" in t[1] for t in found)


def test_described_organisations_protest(code):
    found = triples(code(sentence("dpg2019", "Mensenrechtenorganisaties protesteerden"),
                         "2019-03-08"))
    assert ("PROTEST", "Mensenrechtenorganisaties", None) in found


def test_a_described_role_speaker_is_no_actor(code):
    # `De president` names again an office holder the article named: not a new actor.
    text = sentence("dpg2019", "eiste van Nieuw-Zeeland dat het de doodstraf")
    assert not [e for e in code(text, "2019-03-20") if e.actor.name == "De president"]


def test_people_by_the_plainest_noun_act(code):
    # `mensen` is the commonest people noun of all (ANS 3.3.3); a march by them is a protest
    events = code(sentence("dpg2019", "Bij de klimaatmars gaan mensen de straat op"),
                  "2019-03-09")
    assert [e for e in events if e.type == "PROTEST" and e.actor.name == "mensen"]


def test_a_described_name_keeps_no_half_bracket(code):
    events = code(sentence("dpg2019", "stimuleringsregelingen (jonge) mensen"), "2019-03-09")
    assert events and all("(" not in e.recipient.name and ")" not in e.recipient.name
                          for e in events if e.recipient is not None)


def test_described_people_take_part_in_the_act_their_clause_names(code):
    # the clause subject of a nominal act is its actor, described or named
    events = code(sentence("dpg2019", "Een kleine tienduizend mensen hebben zaterdag meegedaan"),
                  "2019-03-24")
    assert [e for e in events if e.type == "PROTEST"
            and e.actor.name.endswith("tienduizend mensen")]


def test_a_nominal_act_deeper_in_the_clause_is_not_its_subjects(code):
    # `hoeft het vonnis in de strafzaak tegen haar ... af te wachten`: a trial against her
    events = code(sentence("dpg2019", "hoeft het vonnis in de strafzaak tegen haar"),
                  "2019-04-02")
    assert not [e for e in events if e.type == "ACCUSE" and e.actor.name == "De moeder"]


def test_a_passive_subject_is_not_the_actor_of_its_charge(code):
    # `werd een vader vrijgesproken van de moord`: acquitted, not the murderer by the text
    events = code(sentence("dpg2019", "werd een vader vrijgesproken van de moord"), "2019-04-02")
    assert not [e for e in events if e.type == "ASSAULT" and e.actor.name == "een vader"]


def test_an_aged_inhabitant_name_is_a_described_person(code):
    """NER tags `Rotterdammer` as a name part; with its age it is a described person."""
    found = triples(code(sentence("dpg2019", "Hiervoor is een 36-jarige Rotterdammer opgepakt"),
                         "2019-04-02"))
    assert ("COERCE", "National Police Corps", "een 36-jarige Rotterdammer") in found


def test_an_aged_foreigner_has_the_country_of_the_demonym(code):
    events = code("Een 45-jarige Duitser is gisteren door de politie aangehouden.", "2019-04-02")
    recipients = [e.recipient for e in events if e.type == "COERCE" and e.recipient]
    assert [(r.name, r.country) for r in recipients] == [("Een 45-jarige Duitser", "DEU")]


def test_the_described_author_of_a_rejected_complaint_is_the_recipient(code):
    # `Een klacht van een gedetineerde over de gang van zaken is door de Commissie van
    # Toezicht ongegrond verklaard`: the committee rejects the detainee's complaint.
    text = sentence("dpg2019", "Een klacht van een gedetineerde over de gang van zaken")
    found = triples(code(text, "2019-03-27"))
    assert ("REJECT", "Commissie van Toezicht", "een gedetineerde") in found


def test_people_in_the_object_of_an_inquiry_are_not_its_target(code):
    # `de rol van vrouwen onderzoeken`: a role is no act, the women are not investigated
    text = sentence("dpg2019", "Wetenschappers gaan de rol van vrouwen in de politiek")
    assert not [t for t in triples(code(text, "2019-03-20")) if t[2] == "vrouwen"]


def test_an_inhabitant_noun_without_an_age_is_no_described_person(code):
    found = triples(code("Hiervoor is Rotterdammer opgepakt.", "2019-04-02"))
    assert not any(t[2] == "Rotterdammer" and t[2] != t[1] for t in found
                   if t[0] == "COERCE" and t[1] == "National Police Corps")


def test_a_described_side_quarrels_with_a_named_one(code):
    # Frog heads `De bonden en Shell` on `en`; both sides disapprove of each other.
    text = sentence("dpg2019", "De bonden en Shell ruziën al een paar maanden")
    found = triples(code(text, "2019-04-10"))
    assert ("ACCUSE", "De bonden", "Shell") in found
    assert ("ACCUSE", "Shell", "De bonden") in found


def test_a_quarrel_with_a_body(code):
    # `in de clinch liggen met`; the paragraph names the firm (`Tuf Recycling`) first.
    text = paragraph("dpg2019", "Tuf ligt bovendien in de clinch met de gemeente Dongen")
    found = triples(code(text, "2019-03-27"))
    assert any(t[0] == "ACCUSE" and t[1].startswith("Tuf") and t[2] == "Dongen" for t in found)


def test_quarrelling_with_no_other_side_is_no_event(code):
    assert not code("De kinderen kibbelen de hele middag over het speelgoed.", "2019-04-02")


def test_authorities_rescuing_people_give_aid(code):
    text = sentence("dpg2019", "De Spaanse autoriteiten hebben een Nederlandse bejaarde vrouw")
    assert any(t[0] == "AID" and t[1] == "Spain" for t in triples(code(text, "2019-03-27")))


def test_a_rescue_by_described_people_is_no_aid(code):
    # the fire-brigade drill of an unseen DPG article: firefighters and bystanders who
    # rescue someone are no political actors (lexicon `named_actor`)
    text = sentence("dpg2019", "De blussers redden bovendien een niet gemelde baby")
    assert not [e for e in code(text, "2019-04-10") if e.type == "AID"]
    assert not code("Omstanders redden een vrouw uit een brandende auto.", "2019-04-10")


def test_a_definite_role_noun_arrested_is_the_one_described(code):
    """`De schutter is opgepakt`: who an institution acts on may be named by a definite
    role noun (participants.participant_noun `patient`)."""
    found = triples(code(sentence("dpg2019", "De schutter is opgepakt"), "2019-03-18"))
    assert ("COERCE", "National Police Corps", "De schutter") in found


def test_a_definite_role_noun_still_does_not_act(code):
    events = code("De woordvoerder bekritiseerde het besluit.", "2019-03-18")
    assert not [e for e in events if e.actor.name == "De woordvoerder"]


def _coerce_actor_countries(events) -> set:
    return {e.actor.country for e in events if e.type == "COERCE"}


def test_state_agents_act_for_the_state_where_the_act_takes_place(code):
    # `werd hij ... in de Bahreinse hoofdstad Manama opgepakt door inlichtingendiensten`:
    # Bahrain's agents, though the gazetteer has no Manama (the demonym on `hoofdstad`).
    events = code(paragraph("dpg2019", "in de Bahreinse hoofdstad Manama opgepakt door"),
                  "2019-03-06")
    assert _coerce_actor_countries(events) == {"BHR"}


def test_a_demonym_on_a_thing_places_no_act(code):
    # Negative, written by hand: `een Britse auto` is no place.
    events = code("Wilders werd in een Britse auto opgepakt door inlichtingendiensten.",
                  "2019-03-06")
    assert _coerce_actor_countries(events) == {"NLD"}


def test_a_quantity_noun_joined_to_people_names_them(code):
    # `leggen grote groepen docenten het werk neer` (ANS 14.4: quantity noun + plural
    # without `van`): the group is the teachers, named in full.
    events = code(sentence("dpg2019", "Ook op universiteiten leggen grote groepen docenten"),
                  "2019-03-09")
    assert {e.actor.name for e in events if e.type == "PROTEST"} == {"grote groepen docenten"}
    # Written by hand: the counted group is who is arrested.
    events = code("Een tiental demonstranten werd opgepakt.", "2019-03-09")
    assert {e.recipient.name for e in events if e.recipient} == {"Een tiental demonstranten"}


def test_a_quantity_of_things_is_no_participant(code):
    # Negative, written by hand.
    events = code("Een groep huizen werd door de politie ontruimd.", "2019-03-09")
    assert not [e for e in events if e.recipient is not None]


def test_clients_and_politicians_are_people_nouns(code):
    # `cliënt` and `politicus` end in no agent suffix; participants.yaml lists them as heads.
    found = triples(code(sentence("dpg2019", "meerdere cliënten seksueel misbruikte"),
                         "2019-04-05"))
    assert ("ASSAULT", "Aaldert van E.", "cliënten") in found
    found = triples(code(sentence("dpg2019", "politicus riep de militairen op orders te negeren en"),
                         "2019-03-20"))
    assert ("REQUEST", "Een extreemlinkse politicus", "de militairen") in found


def test_a_counterpart_in_office_is_not_a_described_person(code):
    # negative: `ambtgenoot` ends like `-genoot` but names an office; the demonym's state
    # is the one met.
    found = triples(code("Minister Wopke Hoekstra sprak diverse malen met zijn Franse "
                         "ambtgenoot.", "2019-03-20"))
    assert not any(t[2] == "zijn Franse ambtgenoot" for t in found)


def test_a_counted_crowd_headed_on_its_numeral_protests(code):
    # Frog heads `Duizenden mensen` on the numeral (TW) with `mensen` as its `mod`: the
    # phrase names the people counted (participants.py `counted_noun`).
    text = sentence("dpg2019", "Duizenden mensen demonstreerden zaterdagmiddag")
    found = triples(code(text, "2019-03-17"))
    assert ("PROTEST", "Duizenden mensen", None) in found


def test_a_count_noun_before_people_names_a_group(code):
    # `een miljoen demonstranten`: Frog's lemma of the count is `miljoen`
    # (participants.yaml `partitive_nouns`); the people counted are a group.
    text = sentence("dpg2019", "Het protest van een miljoen demonstranten in Londen")
    events = [e for e in code(text, "2019-03-25") if e.type == "PROTEST"]
    assert [(e.actor.name, e.actor.kind) for e in events] == [
        ("een miljoen demonstranten", "group")]


def test_a_numeral_without_a_people_noun_is_no_actor(code):
    text = "Drie demonstreerden zaterdag in Amsterdam."
    assert not [e for e in code(text, "2019-03-17") if e.type == "PROTEST"]


def test_a_stative_participle_makes_its_subject_the_one_acted_on(code):
    # `zitten ... opgesloten` (ANS: the state an act left its subject in): the people are
    # not who locked anyone up (status.yaml `stative_passive_verbs`).
    text = sentence("dpg2019", "anderhalf miljoen mensen zitten in het orkaangebied")
    assert not [e for e in code(text, "2019-03-20")
                if e.type == "COERCE" and "mensen" in e.actor.name]


def test_the_object_of_a_merged_tegen_de_is_described(code):
    # Frog merges `tegen de` into one preposition token and hangs `immigranten` from it
    # as `body`, not `obj1`: the phrase is still the preposition's object.
    events = code(sentence("dpg2019", "Baudet keert zich eerst tegen de immigranten"),
                  "2019-03-19")
    assert ("REJECT", "Thierry Baudet", "immigranten") in triples(events)

"""Coder rules on real DPG 2019 sentences (events/coder.py)."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_persons_inquiry_without_target_is_no_accusation(code):
    # An informateur exploring which parties can govern investigates nobody.
    text = " ".join([sentence("dpg2019", "Eppie Klein gaat bij waterschap Scheldestromen"),
                     sentence("dpg2019", "Hij zal onderzoeken welke partijen")])
    assert not [e for e in code(text, "2019-04-05") if e.type == "ACCUSE"]


def test_an_institutions_inquiry_without_target_stays(code):
    text = "Het Openbaar Ministerie gaat onderzoeken wat er is gebeurd."
    assert [e for e in code(text, "2019-04-05") if e.type == "ACCUSE"]


def test_a_past_clause_does_not_take_a_coming_scene_date(code):
    # `spreekt vrijdag` dates a meeting still to come; the assurance told in the perfect
    # after it was given before publication, not on that Friday.
    text = " ".join([sentence("dpg2019", "Zadelhoff spreekt vrijdag met de gemeente"),
                     sentence("dpg2019", "Zadelhoff heeft de curatoren verzekerd")])
    found = [e for e in code(text, "2019-04-10") if e.type == "AGREE" and e.recipient
             and "curatoren" in e.recipient.name]
    assert found and found[0].date != "2019-04-12" and found[0].status != "future"


def test_a_partys_attack_on_the_cabinet_is_criticism(code):
    # `het kabinet` is the Dutch government (actor layer); a party attacking it is ACCUSE.
    found = {(e.type, e.actor.name, e.recipient.name if e.recipient else None)
             for e in code(sentence("dpg2019", "Nee, Forum voor Democratie"), "2019-03-20")}
    assert ("ACCUSE", "Forum for Democracy", "Netherlands") in found


def test_a_present_clause_after_a_past_scene_is_dated_at_publication(code):
    # The past narrates the scene of `Vorige week dinsdag`; the present returns to the time
    # of writing.
    text = " ".join([sentence("dpg2019", "Vorige week dinsdag kwam de langverwachte"),
                     sentence("dpg2019", "Waarnemers op Curaçao pleiten")])
    found = [e for e in code(text, "2019-04-10") if e.type == "REQUEST"]
    assert found and all(e.date == "2019-04-10" for e in found)


def test_a_past_clause_after_a_past_scene_takes_its_date(code):
    text = ("Vorige week dinsdag kwam de langverwachte Aanwijzing. Waarnemers op Curaçao "
            "pleitten toen voor een zakelijkere houding van Nederland.")
    found = [e for e in code(text, "2019-04-10") if e.type == "REQUEST"]
    assert found and all(e.date == "2019-04-02" for e in found)


def test_an_announced_date_is_no_scene(code):
    # `Voor zaterdag` dates the demonstrations announced, not a scene the next clause is in.
    text = " ".join([sentence("dpg2019", "Voor zaterdag hebben beide rivalen"),
                     sentence("dpg2019", "In gesprek met het Duitse weekblad")])
    found = [e for e in code(text, "2019-03-07") if e.type == "REQUEST"]
    assert found and all(e.date == "2019-03-07" for e in found)


def test_a_present_clause_keeps_a_coming_scene(code):
    # the present tells the scheduled future
    text = ("Zondag is er een grote klimaatmars in Amsterdam. Greenpeace organiseert de "
            "mars met Milieudefensie.")
    found = [e for e in code(text, "2019-03-09") if e.type == "PROTEST"]
    assert found and all(e.date == "2019-03-10" for e in found)


def test_near_a_named_day_dates_only_its_month(code):
    text = sentence("dpg2019", "net voor de kerstdagen van vorig jaar opnieuw")
    found = [e for e in code("De politie verhoorde Sylvia R. " + text, "2019-04-03")
             if e.type == "COERCE"]
    assert found and all(e.date == "2018-12" for e in found)


def _dyads(events, kind):
    return {(e.actor.name, e.recipient.name if e.recipient else None)
            for e in events if e.type == kind}


def test_you_in_a_quote_told_to_someone_is_the_addressee(code):
    text = sentence("dpg2019", "Sybrand Buma tegen Marijnissen") + "''"
    assert ("Sybrand Buma", "Lilian Marijnissen") in _dyads(code(text, "2019-03-20"), "REQUEST")


def test_you_in_a_quote_told_to_no_one_has_no_recipient(code):
    # the call is made (first person present), but `u` names no one here
    text = "Sybrand Buma zei: ,,Ik roep u op uit de zijlijn te komen.''"
    assert _dyads(code(text, "2019-03-20"), "REQUEST") == {("Sybrand Buma", None)}


def test_a_question_whether_the_addressee_can_act_challenges_them(code):
    # the article names them in full before; surnames alone are linked from there
    text = "Rob Jetten en Jesse Klaver waren er ook. " + sentence(
        "dpg2019", "Jetten tegen Klaver") + "''"
    assert ("Rob Jetten", "Jesse Klaver") in _dyads(code(text, "2019-03-20"), "ACCUSE")


def test_a_question_asking_for_help_is_no_challenge(code):
    text = "Rob Jetten tegen Jesse Klaver: ,,Kan u mij daarbij helpen?''"
    assert not _dyads(code(text, "2019-03-20"), "ACCUSE")


def test_refusing_to_govern_with_each_other_is_rejection_both_ways(code):
    text = ("Benjamin Netanyahu en Benny Gantz deden mee. "
            + sentence("dpg2019", "niet met elkaar in een kabinet te willen zitten"))
    found = _dyads(code(text, "2019-04-10"), "REJECT")
    assert {("Benjamin Netanyahu", "Benny Gantz"), ("Benny Gantz", "Benjamin Netanyahu")} <= found


def test_wanting_to_govern_together_is_intent_not_rejection(code):
    events = code("Mark Rutte wil met Geert Wilders in een kabinet zitten.", "2019-04-10")
    assert not _dyads(events, "REJECT") and ("Mark Rutte", "Geert Wilders") in _dyads(
        events, "AGREE")


def test_a_clubs_match_is_no_attack_or_visit(code):
    events = code(sentence("dpg2019", "PSV een dag later PEC Zwolle treft"), "2019-03-20")
    assert not [e for e in events if e.type in {"ASSAULT", "AGREE", "CONSULT"}]


def test_a_clubs_verbal_act_stays(code):
    events = code("Ajax beschuldigt de KNVB van oneerlijke behandeling.", "2019-03-20")
    assert ("AFC Ajax", "Royal Dutch Football Association") in _dyads(events, "ACCUSE")


def test_behalve_with_ook_adds_to_the_subject(code):
    text = ("Zondag is er een klimaatmars in Amsterdam. "
            + sentence("dpg2019", "Behalve GroenLinks, de SP en de Partij voor de Dieren"))
    actors = {e.actor.name for e in code(text, "2019-03-09") if e.type == "PROTEST"}
    assert {"GroenLinks", "Socialist Party"} <= actors


def test_behalve_without_ook_leaves_out(code):
    text = "Behalve GroenLinks zullen de SP en de PvdA zich bij de klimaatmars aansluiten."
    actors = {e.actor.name for e in code(text, "2019-03-09") if e.type == "PROTEST"}
    assert "Socialist Party" in actors and "GroenLinks" not in actors


def test_behalve_with_ook_on_the_subject_adds_too(code):
    text = "Behalve GroenLinks zullen ook de SP en de PvdA zich bij de klimaatmars aansluiten."
    actors = {e.actor.name for e in code(text, "2019-03-09") if e.type == "PROTEST"}
    assert {"GroenLinks", "Socialist Party"} <= actors


def test_a_first_person_promise_in_a_quote_is_made(code):
    text = "Volodymyr Zelensky sprak. '" + sentence("dpg2019", "ik beloof dat ik het op de juiste")
    assert ("Volodymyr Zelensky", None) in _dyads(code(text, "2019-03-20"), "AGREE")


def test_a_first_person_call_in_a_quote_is_made(code):
    text = ",," + sentence("dpg2019", "Ik roep iedereen op dit te steunen").rstrip(".") + \
        "'', zegt Mark Rutte."
    assert ("Mark Rutte", None) in _dyads(code(text, "2019-03-20"), "REQUEST")


def test_wondering_is_no_request(code):
    text = ",," + sentence("dpg2019", "Ik vraag me af of onze gevel").rstrip(".") + \
        "'', zegt Mark Rutte."
    assert not _dyads(code(text, "2019-03-20"), "REQUEST")


def test_a_first_person_question_is_no_request(code):
    assert not _dyads(code(",,Ik vraag het je nog één keer'', zei Mark Rutte.", "2019-03-20"),
                      "REQUEST")


def test_an_unnamed_subject_is_not_replaced_by_a_name_to_the_left(code):
    # `de agent die hem bekeurde`: the officer fines; Kroon, named before, does not
    text = "Mark Rutte reageerde. " + sentence("dpg2019", "was zondag aan het wildplassen")
    events = code(text, "2019-03-04")
    assert not [e for e in events if e.type == "SANCTION" and e.actor.name == "Marco Kroon"]


def test_a_simple_past_narrates_on_in_the_month_told_last(code):
    text = ("De rechtbank wees het verzoek van Sylvia R. gisteren af. Dat gebeurde in april "
            "2012. De politie verhoorde Sylvia R. al snel.")
    found = [e for e in code(text, "2019-04-03") if e.type == "ACCUSE"]
    assert found and all(e.date == "2012-04" for e in found)


def test_condemning_an_act_named_back_accuses_who_did_it(code):
    text = " ".join([sentence("dpg2019", "Venezuela zet de Duitse ambassadeur"),
                     sentence("dpg2019", "heeft Guaidó de uitzetting van de ambassadeur")])
    # (the surname alone, with no full name before, is a local person)
    assert ("Guaidó", "Venezuela") in _dyads(code(text, "2019-03-07"), "ACCUSE")


def test_condemning_an_act_no_one_was_said_to_do_accuses_no_one(code):
    text = sentence("dpg2019", "heeft Guaidó de uitzetting van de ambassadeur")
    assert not _dyads(code(text, "2019-03-07"), "ACCUSE")


def test_flying_to_capitals_is_a_visit_to_their_states(code):
    text = sentence("dpg2019", "vliegt premier Theresa May naar Parijs en Berlijn")
    found = triples(code(text, "2019-04-09"))
    assert {("CONSULT", "Theresa May", "France"), ("CONSULT", "Theresa May", "Germany")} <= found

"""An event's status (events/status.py and the tense it reads, kroniek.syntax.tense), on
real DPG 2019 sentences."""

from __future__ import annotations

import pytest

from corpus import paragraph, sentence


def _statuses(code, fragment: str, published: str) -> set[str]:
    return {e.status for e in code(sentence("dpg2019", fragment), published)}


def _typed_statuses(code, text: str, published: str, event_type: str) -> set[str]:
    """The statuses of the events of one type coded from `text`."""
    return {e.status for e in code(text, published) if e.type == event_type}


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


def test_a_time_in_a_relative_clause_dates_it_when_the_parse_hangs_it_elsewhere(code):
    # `de deal die de EU in 2016 met Turkije sloot`: Frog hangs `in 2016` on `noemde`, but it
    # stands in the verb-final relative clause, so the deal is of 2016: background in 2019.
    events = [e for e in code(sentence("dpg2019", "noemde de deal die de EU in 2016"),
                              "2019-03-08") if e.type == "SUPPORT"]
    assert events and {(e.date, e.status) for e in events} == {("2016", "historical")}


def test_a_time_before_the_opener_is_not_the_subordinate_clauses_own(code):
    # Hand-written negative: `In 2016` stands before `dat`, in the main clause, so the
    # middle-field rule does not give it to the arrest in the `dat` clause.
    events = [e for e in code("In 2016 zei de minister dat de politie de man arresteerde.",
                              "2019-03-08") if e.type == "COERCE"]
    assert events and all(e.date != "2016" for e in events)


def test_a_fronted_then_after_a_colon_points_back(code):
    # `vorig jaar: toen kwamen slechts 2500 mensen af op de antiracismedemonstratie`: Frog
    # hangs `toen` on the noun before the colon; in first place before the finite verb it is
    # the adverb "then", last year's march.
    assert _typed_statuses(code, sentence("dpg2019", "toen kwamen slechts 2500 mensen"),
                           "2019-03-25", "PROTEST") == {"historical"}


def test_a_clause_coordinated_with_a_then_clause_is_then_too(code):
    # `Israël wees toen ook naar Hamas en bestookte zeker honderd doelen`: the shelling shares
    # the `toen` of the clause it is coordinated with; an earlier episode, background.
    assert _typed_statuses(code, sentence("dpg2019", "Israël wees toen ook naar Hamas"),
                           "2019-03-25", "ASSAULT") == {"historical"}


def test_a_past_clause_under_a_clause_of_last_year_is_background(code):
    # `Rosenmöller en Duisenberg, die als informateurs het college van zes partijen vormden,
    # toonden zich vorig jaar al geschrokken`: the forming was last year's.
    events = code(sentence("dpg2019", "die als informateurs het college van zes partijen"),
                  "2019-03-08")
    assert events and {e.status for e in events} == {"historical"}


def test_a_past_clause_under_a_clause_of_this_year_stays_reported(code):
    # Hand-written negative: an earlier time of the same year is no background (the dev
    # gold codes `begin dit jaar` as reported).
    events = code("De politie, die de man arresteerde, meldde begin dit jaar dat het rustig "
                  "was.", "2019-03-08")
    statuses = {e.status for e in events if e.type == "COERCE"}
    assert statuses == {"reported"}


def test_an_earlier_in_a_relative_clauses_middle_field_is_its_own(code):
    # `overeenkomsten die Moskou eerder met Venezuela heeft gesloten`: agreements concluded
    # before, background to this weekend's arrival of Russian troops.
    assert _typed_statuses(code, sentence("dpg2019", "die Moskou eerder met Venezuela heeft"),
                           "2019-03-25", "SUPPORT") == {"historical"}


def test_earlier_on_the_verbs_particle_is_the_clauses_own(code):
    # `De gemeente kwam dat eerder overeen met ... Fivoor`: Frog hangs `eerder` on the
    # particle `overeen`; the agreement was made before the story.
    text = " ".join(sentence("dpg2019", f) for f in (
        "Ze mogen dat wennen namelijk niet in Albrandswaard", "De gemeente kwam dat eerder"))
    assert _typed_statuses(code, text, "2019-03-20", "AGREE") == {"historical"}


def test_what_was_said_earlier_is_background(code):
    # `Minister Bijleveld zei eerder een onafhankelijk onderzoek in te stellen`: the act in
    # the complement of a speech verb told in the past with `eerder` is of then (the dev
    # gold codes this sentence historical).
    events = code(sentence("dpg2019", "Minister Bijleveld zei eerder een onafhankelijk"),
                  "2019-03-08")
    assert events and {e.status for e in events} == {"historical"}


def test_what_is_said_now_is_not_background(code):
    # Hand-written negative: a speech verb in the present, and one without an adverb of
    # the past, leave the act of the complement reported or planned.
    for text in ("Minister Bijleveld zegt een onafhankelijk onderzoek in te stellen.",
                 "Minister Bijleveld zei een onafhankelijk onderzoek in te stellen."):
        assert "historical" not in {e.status for e in code(text, "2019-03-08")}


def test_as_before_is_no_earlier_act(code):
    # `Net als eerder zijn vreedzame betogingen ... uitgelopen op rellen`: `als eerder` ("as
    # before") compares with earlier protests; the riots of the story are reported.
    assert "historical" not in _statuses(code, "Net als eerder zijn vreedzame betogingen",
                                         "2019-03-19")


def test_a_time_of_the_act_called_for_does_not_date_the_call(code):
    # `De oppositievoorman riep de Venezolanen op om komende zaterdag massaal te
    # demonstreren`: Frog hangs `komende zaterdag` on `riep`, but it stands in the om-te
    # clause; the call was made yesterday morning (the scene), so reported, not future.
    # The article names him in sentences the coder resolves only with the whole text; the
    # name stands in for the description here.
    text = " ".join(sentence("dpg2019", f) for f in (
        "Guaidó arriveerde gisterochtend op de luchthaven",
        "De oppositievoorman riep de Venezolanen op om komende",
    )).replace("De oppositievoorman", "Juan Guaidó")
    events = [e for e in code(text, "2019-03-05") if e.type == "REQUEST"]
    assert events and {(e.status, e.date) for e in events} == {("reported", "2019-03-04")}


def test_a_time_before_om_still_dates_the_call(code):
    # Hand-written negative: `zaterdag` before `om` is the call's own time.
    events = [e for e in code("Oppositieleider Juan Guaidó riep zaterdag de Venezolanen op om massaal te "
                              "demonstreren tegen Maduro.", "2019-03-05")
              if e.type == "REQUEST"]
    assert events and {e.date for e in events} == {"2019-03-02"}


def test_a_relative_clause_without_an_adverb_of_the_past_is_reported(code):
    # Negative: the same sentence with `ook` for `eerder`.
    text = sentence("dpg2019", "die Moskou eerder met Venezuela heeft").replace(" eerder", " ook")
    assert _typed_statuses(code, text, "2019-03-25", "SUPPORT") == {"reported"}


def test_an_arrest_before_an_occasion_of_an_earlier_year_is_background(code):
    # `De man werd voor de Vierdaagse van 2017 opgepakt`, in a 2019 story.
    assert _typed_statuses(code, sentence("dpg2019", "werd voor de Vierdaagse van 2017"),
                           "2019-03-25", "COERCE") == {"historical"}


def test_an_arrest_before_an_occasion_of_the_same_year_is_reported(code):
    # Negative: the same sentence with the story's year; the dev gold keeps earlier times of
    # the same year reported.
    text = sentence("dpg2019", "werd voor de Vierdaagse van 2017").replace("2017", "2019")
    assert _typed_statuses(code, text, "2019-03-25", "COERCE") == {"reported"}


def test_a_past_habit_sums_up_background(code):
    # `Zij [Gesthuizen, who left the SP last year] diende vaak moties in` (the seeds gold
    # codes `China ... heeft herhaaldelijk gedreigd met militair ingrijpen` historical too).
    text = " ".join(sentence("dpg2019", f) for f in (
        "noemde de deal die de EU in 2016", "Zij diende vaak moties in"))
    assert _typed_statuses(code, text, "2019-03-08", "REQUEST") == {"historical"}


def test_a_dated_repeated_act_is_the_storys_own(code):
    # Negative: with a time of its own the repeated act is this story's scene.
    text = " ".join(sentence("dpg2019", f) for f in (
        "noemde de deal die de EU in 2016", "Zij diende vaak moties in"))
    text = text.replace("Zij diende", "Zij diende gisteren")
    assert _typed_statuses(code, text, "2019-03-08", "REQUEST") == {"reported"}


def test_years_ago_is_background_with_no_date(code):
    # `hebben de export van luxegoederen naar Noord-Korea al jaren geleden verboden`: a
    # vague past years back (PAST_REF) is before the story; the publication day is not
    # its date.
    events = code(sentence("dpg2019", "hebben de export van luxegoederen naar Noord-Korea"),
                  "2019-02-27")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and {(e.status, e.date) for e in sanctions} == {("historical", None)}


def test_weeks_ago_stays_reported(code):
    # Negative, written by hand: `weken geleden` is no background by itself.
    events = code("De Europese Unie heeft weken geleden de export naar Noord-Korea verboden.",
                  "2019-02-27")
    assert events and "historical" not in {e.status for e in events}


def test_the_past_irrealis_is_hypothetical(code):
    # `hadden mannen de regering ... geholpen, als zij het alleen voor het zeggen hadden
    # gehad`: pluperfect in both clauses tells what would have happened.
    assert _statuses(code, "Op hun beurt hadden mannen de regering", "2019-03-09") == {
        "hypothetical"}


def test_a_past_when_clause_is_no_irrealis(code):
    # Negative, written by hand: the `als` clause is simple past ("when"), so the
    # pluperfect main clause tells what had happened.
    assert {e.status for e in code(
        "Als Rutte naar Brussel kwam, had hij Merkel altijd eerst gebeld.", "2019-03-09")
    } == {"historical"}
    assert {e.status for e in code(
        "Als Rutte naar Brussel was gekomen, had hij Merkel gebeld.", "2019-03-09")
    } == {"hypothetical"}


def test_a_demanded_prosecution_is_not_coded_as_done(code):
    # `Hij eist dat het Openbaar Ministerie (OM) de vrouw vervolgt`: once the parse repair
    # gives `dat` its clause, the prosecution is what is demanded, not an act of the OM.
    events = code(sentence("dpg2019", "Hij eist dat het Openbaar Ministerie (OM) de vrouw"),
                  "2019-03-25")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_comparison_with_als_is_no_condition(code):
    # `Net als de PO-raad, schaart de VO-raad zich daarom achter het advies van de CPB`:
    # `als` + a noun phrase is "like", so the support is reported, not hypothetical.
    assert _typed_statuses(code, sentence("dpg2019", "schaart de VO-raad zich daarom"),
                           "2019-04-03", "SUPPORT") == {"reported"}


def test_a_condition_with_a_finite_verb_stays_hypothetical(code):
    text = "Als de oppositie niet meewerkt, bekritiseert Rutte de SP morgen in het debat."
    assert _typed_statuses(code, text, "2019-04-03", "ACCUSE") == {"hypothetical"}


def test_a_negation_in_a_later_subordinate_clause_is_not_the_events(code):
    # dpg2019 id 10678022: `De minister gaat met de gemeenten om tafel, zodat deze
    # slachtoffers niet worden geweigerd`: Frog hangs `geweigerd` in `gaat`'s verb chain;
    # the `niet` is the `zodat` clause's, the meeting is planned
    from corpus import article_text

    events = [e for e in code(article_text(10678022), "2019-03-07") if "om tafel" in e.text]
    assert events and all(e.status == "future" for e in events)


def test_a_negation_in_the_clause_itself_still_negates(code):
    # hand-written negative: `niet` in the main clause, a subordinate clause after it
    events = code("Rutte heeft niet met Poetin gesproken, omdat de oorlog doorgaat.", "2019-03-07")
    found = [e for e in events if e.type in {"AGREE", "CONSULT"}]
    assert found and all(e.status == "negated" for e in found)


def test_geen_on_the_detached_noun_of_a_light_verb_denies_the_act(code):
    # Frog leaves `geen actie` a root of its own; the frame's fixed object carries the act.
    events = code(sentence("dpg2019", "De klimaatstakers voeren deze week geen actie"),
                  "2019-03-14")
    assert [(e.type, e.status) for e in events] == [("PROTEST", "negated")]


def test_an_investigation_announced_with_a_split_particle_is_future(code):
    # `kondigt de gemeente Almelo nieuw onderzoek aan`: `aankondigen` split in the main
    # clause, with the act as its object (a frame of the verb itself): planned, not done.
    assert _typed_statuses(code, sentence("dpg2019", "kondigt de gemeente Almelo nieuw onderzoek"),
                           "2019-03-07", "ACCUSE") == {"future"}


def test_a_sanction_announced_with_a_split_particle_is_future(code):
    # `India kondigde onlangs hogere heffingen aan`: the noun trigger hangs under the
    # split `kondigde ... aan`.
    assert _typed_statuses(code, sentence("dpg2019", "India kondigde onlangs hogere heffingen"),
                           "2019-03-06", "SANCTION") == {"future"}


def test_an_investigation_started_is_reported(code):
    # Hand-written negative: `start` is no announcing verb.
    assert _typed_statuses(code, "De gemeente Almelo is een onderzoek gestart naar mensen in de bijstand.",
                           "2019-03-07", "ACCUSE") == {"reported"}


def test_an_alleged_deed_behind_an_arrest_is_background(code):
    # `is op Schiphol opgepakt omdat hij in Nepal kinderen zou hebben misbruikt`: the
    # reportative perfect in a clause of reason is the deed behind the arrest, so earlier.
    events = code(sentence("dpg2019", "opgepakt omdat hij in Nepal kinderen"), "2019-02-27")
    assert {e.status for e in events if e.type == "ASSAULT"} == {"historical"}
    assert {e.status for e in events if e.type == "COERCE"} == {"reported"}


def test_a_plain_past_in_a_clause_of_reason_stays_reported(code):
    # Hand-written negative: a plain past there may be the same scene; only the reportative
    # perfect marks the deed as earlier.
    text = "Een 72-jarige man uit Amstelveen is op Schiphol opgepakt omdat hij in Nepal kinderen misbruikte."
    assert _typed_statuses(code, text, "2019-02-27", "ASSAULT") == {"reported"}


def test_past_gaan_with_an_infinitive_is_no_future(code):
    # `de Duitse overheid ging onderzoeken of de SS'ers nog recht hadden`: past `ging` +
    # infinitive tells what was then done (ANS 18.4.2.2), not a plan.
    statuses = _typed_statuses(code, sentence("dpg2019", "de Duitse overheid ging onderzoeken"),
                               "2019-03-07", "ACCUSE")
    assert statuses and "future" not in statuses


def test_present_gaan_with_an_infinitive_is_a_future(code):
    # Negative: present `gaat onderzoeken` stays a plan.
    assert _typed_statuses(code, sentence("dpg2019", "Aalten gaat onderzoeken hoe"),
                           "2019-03-07", "ACCUSE") == {"future"}


def test_a_quote_said_earlier_is_background(code):
    # `In een interview met Trouw zei hij eerder: "We willen best samenwerken, ..."`: Frog
    # makes the quote a clause of its own; its cue `zei ... eerder` dates it before the story.
    text = " ".join(sentence("dpg2019", f) for f in (
        "Klaver ligt, gaan nog vier of vijf kolencentrales", "In een interview met Trouw zei hij eerder"))
    statuses = _typed_statuses(code, text, "2019-03-21", "AGREE")
    assert statuses == {"historical"}


def test_a_quote_said_now_is_not_background(code):
    # Hand-written negative: the same quote told without `eerder`.
    text = 'Jesse Klaver zei gisteren: "We willen best samenwerken met de coalitie."'
    assert _typed_statuses(code, text, "2019-03-21", "AGREE") == {"reported"}


@pytest.mark.slow
def test_a_plan_dated_in_an_earlier_year_is_background(code):
    # `Bestuursvoorzitter Marc van der Linden van Stedin eiste dat Alliander zich ... zou
    # terugtrekken`, at a meeting of 2018 retold in a 2019 court story: `zou` is the future
    # of then, so the intent read from it is background, not a plan of now.
    events = code(paragraph("dpg2019", "Marc van der Linden van Stedin eiste"), "2019-03-25")
    statuses = {e.status for e in events if e.actor.name == "Marc van der Linden"}
    assert statuses and "future" not in statuses


def test_an_act_months_before_the_paper_is_background(code):
    # a March paper: Boeing's promise `in januari` is more than 45 days back (status.yaml
    # `background_days`)
    text = sentence("dpg2019", "Na de crash met de Indonesische 737 beloofde Boeing in januari")
    events = [e for e in code(text, "2019-03-20") if e.type == "AGREE"]
    assert events and all(e.status == "historical" for e in events)


def test_an_act_of_last_month_in_an_early_paper_stays_reported(code):
    # negative: the same sentence in a February paper is within the story's weeks
    text = sentence("dpg2019", "Na de crash met de Indonesische 737 beloofde Boeing in januari")
    events = [e for e in code(text, "2019-02-10") if e.type == "AGREE"]
    assert events and all(e.status == "reported" for e in events)

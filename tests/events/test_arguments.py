"""Argument slots in the parse (events/arguments.py), on real DPG 2019 sentences."""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence


def test_a_relative_clause_acts_through_its_noun(code):
    # `advocaat Sébas Diekstra, die de moeder van Sarah bijstaat`: the lawyer acts.
    events = code(sentence("dpg2019", "Volgens advocaat Sébas Diekstra, die de moeder"),
                  "2019-03-20")
    assert {e.actor.name for e in events} == {"Sébas Diekstra"}


def test_a_relative_clause_does_not_take_the_subject_above_it(code):
    # `gericht tegen de regering-Trump, die eerder deze week zei ...`: whoever said it,
    # it was not the speaker of the sentence before.
    text = " ".join(sentence("dpg2019", f) for f in (
        "Topdiplomaat Wang Yi keerde zich tegen nieuwe sancties",
        "Zijn woorden waren duidelijk gericht tegen de regering-Trump"))
    assert not [e for e in code(text, "2019-02-16") if e.actor.name == "Wang Yi"]


def test_a_suspect_in_a_relative_clause_is_not_the_police(code):
    # `tips ontvangen over Errol Janssen (foto), die ervan wordt verdacht`: the police
    # is the receiver of tips, not the one suspected.
    text = sentence("dpg2019", "tips ontvangen over Errol Janssen")
    assert not [e for e in code(text, "2019-03-01")
                if e.recipient is not None and "Police" in e.recipient.name]


def test_one_unnamed_state_of_a_region_is_not_the_region(code):
    # `een belangrijk Europees land dat humanitaire hulp verleent`: one European state,
    # not Europe.
    events = code(sentence("dpg2019", "een belangrijk Europees land dat humanitaire hulp"),
                  "2019-03-07")
    assert not [e for e in events if e.actor.name == "Europe"]


def test_a_states_demonym_still_names_the_state(code):
    events = code("De Amerikaanse regering steunt Guaidó.", "2019-03-07")
    assert ("SUPPORT", "United States") in {(e.type, e.actor.name) for e in events}



def test_coordinated_demonyms_on_one_noun_name_each_state(code):
    # `Franse en Britse troepen ... landden in 1915 op ... Gallipoli`: both states act.
    events = code(sentence("dpg2019", "Franse en Britse troepen, - onder wie"), "2019-03-20")
    assert {"France", "United Kingdom"} <= {e.actor.name for e in events}


def test_demonyms_on_one_noun_name_the_state_not_the_phrase(code):
    events = code(sentence("dpg2019", "De Iraakse en Koerdische autoriteiten hebben"),
                  "2019-03-12")
    assert "Iraq" in {e.actor.name for e in events}


def test_object_pronoun_frog_hung_elsewhere_is_the_recipient(code):
    # `Mark Rutte belt hem en zegt`: Frog makes `hem` a conjunct; it is the one called
    events = code(paragraph("dpg2019", "Zondagochtend gaat de smartphone van Wopke Hoekstra"),
                  "2019-03-25")
    assert [e for e in events if e.type == "CONSULT" and e.actor.name == "Mark Rutte"
            and e.recipient is not None and e.recipient.name == "Wopke Hoekstra"]


def test_an_act_named_inside_another_acts_phrase_is_not_the_subjects(code):
    # `De politie heeft vijftien rechercheurs voor het onderzoek naar de overval op de
    # juwelier ...`: the police investigate the robbery; they did not rob the jeweller
    events = code(sentence("dpg2019", "voor het onderzoek naar de overval op de juwelier"),
                  "2019-03-20")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_an_act_after_a_preposition_of_time_is_not_the_subjects(code):
    # `Tijdens de antiracismedemonstratie heeft zeker één betoger zaterdag
    # doodsbedreigingen aan het adres van Forumleider Thierry Baudet geuit`: the
    # demonstration dates the threat; Baudet (Frog's second subject) did not protest.
    text = sentence("dpg2019", "Tijdens de antiracismedemonstratie heeft zeker")
    assert not [t for t in triples(code(text, "2019-03-25")) if t[0] == "PROTEST"]


def test_a_demonstration_during_which_a_mayor_speaks_is_not_hers(code):
    found = triples(code("Tijdens de demonstratie sprak burgemeester Femke Halsema de "
                         "betogers toe.", "2019-03-25"))
    assert not [t for t in found if t[0] == "PROTEST" and t[1] == "Femke Halsema"]


def test_a_conjunct_clause_keeps_its_own_unnamed_subject(code):
    # Frog hangs `stemde` as a conjunct under `maar ... was`; its subject `Een kwart van de
    # kinderen` names no one, and the party of the other clause did not vote.
    events = code(sentence("dpg2019", "Een kwart van de kinderen stemde voor GroenLinks"),
                  "2019-03-21")
    assert not [e for e in events if e.actor.name == "Party for the Animals"]


def test_a_partitive_subject_acts_as_its_whole(code):
    # `Een meerderheid van het Europees Parlement wil dat ...`: the Parliament asks
    events = code(sentence("dpg2019", "Een meerderheid van het Europees Parlement wil dat"),
                  "2019-03-04")
    assert {(e.type, e.actor.name) for e in events} == {("REQUEST", "European Parliament")}


def test_a_clause_after_maar_is_no_part_of_a_prepositional_list(code):
    events = code(sentence("dpg2019", "Een kwart van de kinderen stemde voor GroenLinks"),
                  "2019-03-21")
    assert {e.recipient.name for e in events if e.recipient} <= {"GroenLinks"}


def test_a_possessive_subject_is_not_its_owner_nor_the_speaker(code):
    # `Hij stelde dat zijn tegenstanders samenwerkten met de Arabische partijen`: the
    # opponents cooperate, not the `hij` of the clause above
    fragment = "Hij stelde dat zijn tegenstanders samenwerkten"
    events = [e for e in code(paragraph("dpg-dev", fragment), "2019-04-09") if fragment in e.text]
    assert all(e.actor.name != "Benjamin Netanyahu" for e in events)


def test_a_relative_clause_takes_no_name_from_before_its_noun(code):
    # `die in 2015 naar Syrië ging` is said of `de vrouw uit Zoetermeer`, not of the
    # filmmaker who opens the sentence
    events = code(sentence("dpg2019", "Michiel van Erp mag het boek verfilmen"), "2019-03-30")
    assert not [e for e in events if e.actor.name == "Michiel van Erp"]


def test_a_name_in_the_objects_relative_clause_is_no_recipient(code):
    # `onderzoekt de aanvaring die ... plaatsvond tussen ... het Nederlandse vrachtschip`:
    # the inspectorate investigates the collision, not the Netherlands.
    events = code(sentence("dpg2019", "(ILT) onderzoekt de aanvaring"), "2019-04-02")
    assert ("ACCUSE", "Human Environment and Transport Inspectorate", None) in triples(events)
    assert not [e for e in events if e.recipient is not None]


def test_a_name_in_a_relative_clause_of_a_prepositional_object_is_no_recipient(code):
    # Agreeing with a plan the VVD rejected is no agreement with the VVD (`pp-of:met`).
    events = code("Klaver stemde in met het plan dat de VVD had afgewezen.", "2019-04-02")
    assert not [e for e in events if e.type == "AGREE" and e.recipient is not None]


def test_a_name_in_the_object_phrase_is_still_its_owner(code):
    events = code("Rutte pleit voor een plan van de VVD.", "2019-04-02")
    assert ("REQUEST", "Mark Rutte", "People's Party for Freedom and Democracy") in triples(events)


def test_an_act_inside_its_clause_subject_borrows_no_subject_from_above(code):
    # `Nu heeft S geconstateerd dat deze laatste 'poging tot doodslag op de Anne Frankboom
    # in Waalwijk gelukt is'`: the clause's subject is the act's phrase; S only reports it
    events = code(sentence("dpg2019", "poging tot doodslag op de Anne Frankboom"), "2019-03-30")
    assert not [e for e in events if e.actor.name == "Ton Stokwielder"]


def test_an_act_hung_on_a_subject_after_its_verb_is_the_subjects_own(code):
    # `zei de VVD-fractievoorzitter, als waarschuwing aan coalitiegenoot D66`: Frog hangs the
    # adjunct on the subject noun after the verb; the warning is still the speaker's
    events = code(sentence("dpg2019", "als waarschuwing aan coalitiegenoot D66"), "2019-03-08")
    assert ("THREATEN", "People's Party for Freedom and Democracy",
            "Democrats 66") in triples(events)


def test_a_meeting_between_two_names_is_theirs(code):
    # `De tweede ontmoeting tussen Trump en Kim`: no one else in the clause meets
    events = code(sentence("dpg2019", "De tweede ontmoeting tussen Trump en Kim"), "2019-02-27")
    # (alone, the sentence does not tell the actor layer which Kim it is)
    assert [(e.actor.name, e.recipient.name) for e in events if e.type == "CONSULT"] == [
        ("Donald Trump", "Kim")]


def test_a_meeting_between_one_name_and_a_description_names_no_pair(code):
    # hand-written negative: one side is only described, so no pair is coded from `tussen`
    events = code("Het gesprek tussen Rutte en een journalist duurde een uur.", "2019-03-20")
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_name_particle_is_no_preposition_of_the_act(make_doc):
    # `de moord op Theo van Gogh`: Frog parses `van Gogh` as a `van`-phrase of `moord`;
    # the `van` inside the name gives the act no actor (it made Van Gogh his own killer)
    from kroniek.events.arguments import slot_mentions
    from kroniek.pipeline import Pipeline

    text = sentence("dpg2019", "het slechtste jaar sinds de moord op Theo van Gogh")
    doc = Pipeline().annotate(make_doc(text, "2019-04-03"))
    murder = next(t.i for t in doc.tokens if t.lemma == "moord")
    assert not slot_mentions(doc, murder, "pp:van")
    assert [m.actor.name for m in slot_mentions(doc, murder, "pp:op")] == ["Theo van Gogh"]


def test_a_multiword_preposition_slot_reads_frogs_joined_token(make_doc):
    # Frog joins `aan het adres van` into one token whose lemma has spaces; the lexicon
    # writes the slot `pp:aan_het_adres_van` (lexicon_news.yaml, bedreiging).
    from kroniek.events.arguments import slot_mentions
    from kroniek.pipeline import Pipeline

    doc = Pipeline().annotate(make_doc(sentence(
        "dpg2019", "Premier Mark Rutte noemt bedreigingen aan het adres van Baudet"),
        published="2019-03-26"))
    noun = next(t for t in doc.tokens if t.lemma == "bedreiging")
    found = slot_mentions(doc, noun.i, "pp:aan_het_adres_van")
    assert [m.actor.name for m in found if m.actor] == ["Thierry Baudet"]


def test_an_act_named_after_an_investigation_noun_is_its_topic(code):
    # `Wel doet het Openbaar Ministerie onderzoek naar doodsbedreiging aan het adres van
    # Baudet`: Frog hangs `naar doodsbedreiging` on `doet`; the OM threatened no one.
    events = code(sentence("dpg2019", "Wel doet het Openbaar Ministerie onderzoek naar"),
                  "2019-03-26")
    assert not [e for e in events if e.type == "THREATEN"]


def test_a_second_root_right_after_the_finite_verb_is_its_object(code):
    # Frog leaves `Europees commissaris Pierre Moscovici (belastingen)` as a root of its
    # own after `roepen`; the MEPs call on Moscovici.
    events = code(sentence("dpg2019", "De parlementariërs roepen Europees commissaris"),
                  "2019-03-27")
    assert [e for e in events if e.type == "REQUEST" and e.recipient is not None
            and e.recipient.name == "Pierre Moscovici"]


def test_a_praised_contribution_names_whom_the_praise_is_for(code):
    # `Jim Al-Khalili roemt daarin Uhlenbecks bijdrage`: the object phrase is a root.
    events = code(sentence("dpg2019", "roemt daarin Uhlenbecks bijdrage"), "2019-03-20")
    assert [e for e in events if e.type == "SUPPORT" and e.recipient is not None
            and "Uhlenbeck" in e.recipient.name]



def test_a_later_conjunct_shares_a_described_subject(code):
    # Frog makes `en` a root of its own and `opende` a second root; `doodde` is still
    # the second conjunct, and its subject the extremist (ANS 26.3).
    events = code(sentence("dpg2019", "Een Australische rechts-extremist opende vrijdag het vuur"),
                  "2019-03-16")
    assert ("ASSAULT", "Een Australische rechts-extremist", "zeker vijftig mensen") in triples(
        events)


def test_a_conjunct_with_its_own_subject_keeps_it(code):
    events = code("Rutte bezocht dinsdag Kiev en Merkel belde met Trump.", "2019-03-16")
    assert ("CONSULT", "Angela Merkel", "Donald Trump") in triples(events)
    assert not [e for e in events if e.actor.name == "Mark Rutte"
                and e.recipient is not None and e.recipient.name == "Donald Trump"]

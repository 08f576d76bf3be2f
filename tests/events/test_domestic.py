"""Acts of domestic public life (data/lexicon_domestic.yaml): votes, motions, petitions,
objections and appeals, police turnouts, fines; and prepositions Frog merges with their
article (`tegen de`, events/arguments.py `preposition_lemma`). Real DPG 2019 sentences,
read by path; short hand-written sentences only as negatives."""

from __future__ import annotations

from coding import gap, triples

from corpus import paragraph, sentence


def test_a_vote_against_with_nothing_named_is_a_rejection_with_no_recipient(code):
    found = triples(code(sentence("dpg2019", "stemde speaker John Bercow tegen"), "2019-03-29"))
    assert ("REJECT", "John Bercow", None) in found


def test_a_chamber_voting_against_a_deal_rejects_with_no_recipient(code):
    found = triples(code(sentence("dpg2019", "Het Lagerhuis stemde tegen een No Deal"),
                         "2019-03-20"))
    assert ("REJECT", "House of Commons", None) in found


def test_a_vote_against_a_named_members_bill_rejects_its_maker(code):
    found = triples(code(sentence("dpg2019", "stemde tegen het wetsvoorstel van partijleider"),
                         "2019-04-09"))
    assert ("REJECT", "Senate of the Netherlands", "Kees van der Staaij") in found


def test_adopting_a_partys_motion_supports_the_party(code):
    found = triples(code(sentence("dpg2019", "nam de Tweede Kamer een motie aan van het CDA"),
                         "2019-04-04"))
    assert ("SUPPORT", "House of Representatives of the Netherlands",
            "Christian Democratic Appeal") in found


def test_emergency_services_turning_out_mobilise_with_no_target(code):
    events = code(sentence("dpg2019", "De hulpdiensten in Antwerpen rukten massaal uit"),
                  "2019-04-05")
    assert [e for e in events if e.type == "MOBILIZE" and e.recipient is None]


def test_an_objection_against_a_bodys_wish_accuses_the_body_across_a_merged_preposition(code):
    # Frog merges `tegen de` into one token and hangs `wens van de Kamer` on the verb.
    found = triples(code(sentence("dpg2019", "maakte daarom bezwaar tegen de wens van de Kamer"),
                         "2019-03-06"))
    assert [t for t in found if t[:2] == ("ACCUSE", "Bruno Bruins") and t[2] is not None]


def test_a_merged_preposition_is_no_particle(code):
    # `hield aan het duel met Ajax een gescheurde enkelband over`: Frog's `aan het` is a
    # preposition, not the particle of `aanhouden` (arrest).
    found = triples(code(sentence("dpg2019", "hield aan het duel met Ajax een gescheurde"),
                         "2019-03-04"))
    assert not [t for t in found if t[0] == "COERCE"]


def test_standing_against_an_act_on_someone_is_no_rejection_of_that_person(code):
    # `zich uitgesproken tegen het afzetten van May`: Hammond was for May, not against her.
    found = triples(code(sentence("dpg2019", "zich had uitgesproken tegen het afzetten van May"),
                         "2019-03-25"))
    assert not [t for t in found if t[0] == "REJECT"]


def test_snatching_a_bag_is_no_turnout(code):
    # Hand-written negative: `uit` with an object is no turnout.
    found = triples(code("Een man rukte de tas van Fatima Yilmaz uit haar handen.", "2019-03-01"))
    assert not [t for t in found if t[0] == "MOBILIZE"]


def test_a_fine_of_an_amount_names_no_giver(code):
    # `een boete van 775 miljoen euro`: the `van` phrase is the amount, not the authority.
    found = triples(code(sentence("dpg2019", "Vorig jaar kreeg de bank een boete van 775"),
                         "2019-03-19"))
    assert not [t for t in found if t[0] == "SANCTION"]


def test_an_army_advancing_is_no_turnout(code):
    # Frog lemmatises `vanuit` as `uit`; with its article after it (`vanuit het oosten`)
    # it opens a phrase and is no particle of `uitrukken` (events/triggers.py)
    found = triples(code(sentence("dpg2019", "rukt vanuit het oosten op in de richting"),
                         "2019-04-05"))
    assert not [t for t in found if t[0] == "MOBILIZE"]


def test_a_motion_about_someone_does_not_support_them(code):
    # Hand-written negatives: only the motion's maker (`een motie van X`) is endorsed.
    for text in ("De Tweede Kamer nam een motie over Europa aan.",
                 "De gemeenteraad nam een motie aan over de komst van Trump."):
        found = triples(code(text, "2019-03-01"))
        assert not [t for t in found if t[0] == "SUPPORT" and t[2] is not None], text


def test_summoning_an_ambassador_for_a_reprimand_is_criticism(code):
    # `op het matje roepen` outranks the bare `oproepen` (a call on someone, REQUEST).
    found = triples(code(sentence("dpg2019", "riep de Turkse ambassadeur in Canberra op het"),
                         "2019-03-20"))
    assert ("ACCUSE", "Scott Morrison", "Turkey") in found
    assert ("REQUEST", "Scott Morrison", "Turkey") not in found


def test_being_summoned_by_a_firm_is_its_criticism(code):
    found = triples(code(sentence("dpg2019", "werd hij door Daimler op het matje geroepen"),
                         "2019-03-30"))
    assert [t for t in found if t[:2] == ("ACCUSE", "Daimler")]


def test_a_stab_in_the_heart_is_no_encouragement(code):
    # Hand-written negative: the idiom is keyed on `riem`, not on `hart`.
    found = triples(code("De man stak zijn buurman Piet Jansen in het hart.", "2019-03-01"))
    assert not [t for t in found if t[0] == "SUPPORT"]


def test_a_mayor_having_premises_closed_restricts(code):
    found = triples(code(sentence("dpg2019", "heeft vanochtend een bedrijfspand laten sluiten"),
                         "2019-03-19"))
    assert ("COERCE", "Femke Halsema", None) in found


def test_connecting_houses_to_a_heat_network_is_no_closure(code):
    found = triples(code(sentence("dpg2019", "woningen op een warmtenet aan te sluiten"),
                         "2019-03-22"))
    assert not [t for t in found if t[0] == "COERCE"]


@gap("a closure asked about in reported speech takes the speaker of `zei` as its actor "
     "(the subject search climbs from the embedded clause)")
def test_a_question_about_a_closure_is_no_closure_by_the_speaker(code):
    found = triples(code(sentence("dpg2019", "waarom de coffeeshop niet na de eerste explosie"),
                         "2019-03-04"))
    assert not [t for t in found if t[0] == "COERCE"]


def test_an_appeal_is_against_the_court_whose_ruling_was_just_told(code):
    # `Volgens de rechtbank heeft Almelo zich schuldig gemaakt ... Hij gaat in beroep`
    events = code(paragraph("dpg2019", "Hij gaat in beroep en kondigt intensiever"),
                  "2019-03-20")
    appeals = [e for e in events if e.type == "ACCUSE" and e.text.startswith("Hij gaat in")]
    assert appeals and appeals[0].recipient is not None
    assert "rechtbank" in appeals[0].recipient.name.lower()


def test_an_appeal_with_no_court_named_before_has_no_recipient(code):
    # hand-written negative: nothing ruled before, so no target is guessed
    events = code("Het Openbaar Ministerie gaat in hoger beroep.", "2019-03-20")
    assert [e for e in events if e.type == "ACCUSE" and e.recipient is None]

"""The event coder on real sentences from the seeds and the DPG 2019 corpus."""

from __future__ import annotations

import pytest
from coding import make_code, triples

from kroniek.events.cameo import cameo_code, cameo_root

CODED = [
    # CONSULT: meeting with a counterpart, through a role noun + apposition
    ("Zelensky heeft vrijdag ook met de Amerikaanse vicepresident JD Vance gesproken over de "
     "Amerikaanse voorstellen.", ("CONSULT", "Volodymyr Zelensky", "JD Vance")),
    ("De NAVO-chef Mark Rutte zegt eerder deze week met Trump gesproken te hebben.",
     ("CONSULT", "Mark Rutte", "Donald Trump")),
    # REQUEST: `wil dat X ...`, `aandringen bij`, `moet` reported by a speaker
    ("Trump wil dat Oekraïne het raamwerk voor een vredesovereenkomst aanvaardt vóór 27 "
     "november.", ("REQUEST", "Donald Trump", "Ukraine")),
    ("Het Russische ministerie van Buitenlandse Zaken drong er deze week bij de VS op aan met "
     "een voorstel te komen.", ("REQUEST", "Ministry of Foreign Affairs of Russia",
                                "United States")),
    ("Pete Hegseth zei dat Oekraïne door Rusland bezet grondgebied moet opgeven.",
     ("REQUEST", "Pete Hegseth", "Ukraine")),
    # REJECT: `afdoen als` with a possessive object
    ("Het Kremlin deed Zelensky's woorden af als \"loze praatjes\".",
     ("REJECT", "Russia", "Volodymyr Zelensky")),
    # ACCUSE: `uithalen naar`
    ("JD Vance haalde vooral uit naar Europa.", ("ACCUSE", "JD Vance", "Europe")),
    # AID: sending arms
    ("Hij onderstreepte daarnaast dat het in 2019 Trump was die Javelin-antitankwapens naar "
     "Oekraïne stuurde.", ("AID", "Donald Trump", "Ukraine")),
    # CONCEDE: fixed part `concessies doen` + `tegenover`
    ("\"De regering Trump heeft tegenover Poetin nu al concessies gedaan.\"",
     ("CONCEDE", "Donald Trump", "Vladimir Putin")),
    # AGREE: intention (`te willen onderhandelen`) and announced meeting (future)
    ("Eerder deze week gaf Zelensky aan \"desnoods\" met Poetin te willen onderhandelen.",
     ("AGREE", "Volodymyr Zelensky", "Vladimir Putin")),
    ("Trump gaf vanuit het Witte Huis ook te kennen dat hij binnenkort \"waarschijnlijk\" met "
     "de Russische president Poetin zal spreken.", ("AGREE", "Donald Trump", "Vladimir Putin")),
    # CONSULT: `met X` inside the trigger's own reported clause, pronoun subject
    ("Waar het in die speech dus nauwelijks over Oekraïne ging, zegt Rutte dat hij vrijdag "
     "uitgebreid met Vance heeft gesproken over de oorlog.", ("CONSULT", "Mark Rutte", "JD Vance")),
    # SUPPORT: a reflexive verb whose subject Frog parses as object; gratitude as predicate
    ("De Amerikanen committeren zich volledig aan de NAVO en willen een goede deal voor "
     "Oekraïne.", ("SUPPORT", "United States", "NATO")),
    ("Zelensky is in Londen. Op X herhaalde hij vandaag dat hij \"zeer dankbaar\" is voor alle "
     "Amerikaanse steun.", ("SUPPORT", "Volodymyr Zelensky", "United States")),
    # THREATEN: coordinated verbs share the subject; the condition names the target
    ("China beschouwt Taiwan als een afvallige provincie en heeft herhaaldelijk gedreigd met "
     "militair ingrijpen als Taiwan stappen richting onafhankelijkheid zet.",
     ("THREATEN", "China", "Taiwan")),
    # ASSAULT/COERCE: territory taken `op X` (DPG 2019)
    ("Israël veroverde de Golanhoogten in de oorlog van juni 1967 op Syrië.",
     ("ASSAULT", "Israel", "Syria")),
    # ACCUSE: the object's demonym names the target (`de Amerikaanse regering`)
    ("De Duitse minister van Defensie, Boris Pistorius hekelde de opstelling van de Amerikaanse "
     "regering.", ("ACCUSE", "Boris Pistorius", "United States")),
    # SANCTION: a nominal event whose actor is its own demonym (DPG 2019)
    ("Vanwege Amerikaanse sancties tegen Venezuela staat de raffinaderij vrijwel stil.",
     ("SANCTION", "United States", "Venezuela")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_codes_the_event(code, text, expected):
    assert expected in triples(code(text))


NO_EVENT = [
    "Tot dusver houdt het bondgenootschap vol dat Europese landen welkom zijn als lid.",
    "Zelensky noemde het incident na afloop in een interview bij Fox News \"niet goed\".",
    "Het is dan Thanksgiving, een nationale feestdag in de VS.",
    "Duizenden mensen kwamen zaterdagmiddag naar het Museumplein in Amsterdam.",
    "De veiligheidsgaranties komen volgens Schoof \"heel dicht\" bij de belofte van NAVO-landen.",
    # parties mobilising voters is no PLOVER MOBILIZE (DPG 2019)
    "Tijdens de campagne was er niet echt een thema waar Denk zich op profileert, toch hebben "
    "zij een flink deel van hun kiezers in Amsterdam weten te mobiliseren om naar de stembus "
    "te gaan.",
    # epistemic `moet blijken` ("remains to be seen") asks nothing of anyone
    "Of Nederland daaraan wil bijdragen, moet nog in de Tweede Kamer blijken, tekent Schoof aan.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_opinion_and_description_give_no_event(code, text):
    assert code(text) == []


# An act that is demanded, called for, threatened or hoped for has not happened: only
# the demand or threat is an event (PLOVER codes the REQUEST, not the act asked for).
UNREAL_ACTS = [
    ("Dit vijandbeeld maakt dat Kims eis dat Amerika eerst zijn troepen uit Zuid-Korea moet "
     "terugtrekken alvorens hij nucleair gaat ontwapenen daarom ook van een onverbiddelijke "
     "logica.", "RETREAT"),  # DPG 2019
    ("De oppositievoorman riep de Venezolanen op om komende zaterdag massaal te demonstreren "
     "tegen Maduro.", "PROTEST"),  # DPG 2019
    ("Ik mag hopen dat de Nederlandse regering hier op korte termijn gaat spreken met de "
     "Duitsers.", "AGREE"),  # DPG 2019, a reader's letter
]


@pytest.mark.parametrize(("text", "act"), UNREAL_ACTS)
def test_demanded_or_hoped_acts_are_not_coded(code, text, act):
    assert act not in {e.type for e in code(text)}


def test_coordinated_recipients_split_into_pairs(code):
    events = code("Rutte bemiddelde eerder tussen Zelensky en Trump.")
    found = triples(events)
    assert ("CONSULT", "Mark Rutte", "Volodymyr Zelensky") in found
    assert ("CONSULT", "Mark Rutte", "Donald Trump") in found
    assert all(e.status == "historical" and e.mode == "third-party" for e in events)


def test_quarrel_between_three_goes_both_ways_per_pair(code):
    found = triples(code("Tijdens de ontmoeting en voor het oog van journalisten kwam het tot een "
                         "ruzie tussen Zelensky en Trump en vicepresident Vance."))
    assert {("ACCUSE", "Volodymyr Zelensky", "Donald Trump"),
            ("ACCUSE", "Donald Trump", "Volodymyr Zelensky"),
            ("ACCUSE", "Volodymyr Zelensky", "JD Vance"),
            ("ACCUSE", "JD Vance", "Volodymyr Zelensky")} <= found


def test_coordinated_subjects_meeting_is_one_consult_per_pair(code):
    events = code("Zelensky en Trump kwamen gisteren samen om een deal te sluiten over Oekraïense "
                  "grondstoffen, maar dat is er niet van gekomen.")
    consults = [e for e in events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert {consults[0].actor.name, consults[0].recipient.name} == {
        "Volodymyr Zelensky", "Donald Trump"}


def test_meeting_noun_with_a_list_under_a_speaker(code):
    found = triples(code("Maar na overleg met de belangrijkste Europese leiders, de Oekraïense "
                         "president en Amerikaanse onderhandelaars in Berlijn is \"er politieke "
                         "overeenstemming\", zegt Schoof."))
    assert {("CONSULT", "Dick Schoof", "Europe"), ("CONSULT", "Dick Schoof", "Volodymyr Zelensky"),
            ("CONSULT", "Dick Schoof", "United States")} <= found


def test_future_meeting_is_agree_future(code):
    events = code("Trump gaf vanuit het Witte Huis ook te kennen dat hij binnenkort "
                  "\"waarschijnlijk\" met de Russische president Poetin zal spreken.")
    assert events and all(e.type == "AGREE" and e.status == "future" for e in events)


def test_reported_event_dated_by_its_timex(code):
    events = code("Zelensky heeft vrijdag ook met de Amerikaanse vicepresident JD Vance "
                  "gesproken over de Amerikaanse voorstellen.")
    event = events[0]
    assert (event.status, event.date, event.date_text) == ("reported", "2025-11-21", "vrijdag")
    assert event.quad == 1 and event.text.startswith("Zelensky heeft")


def test_event_in_quote_keeps_speaker(code):
    events = code("\"De regering Trump heeft tegenover Poetin nu al concessies gedaan\", zei "
                  "Boris Pistorius.")
    conceded = [e for e in events if e.type == "CONCEDE"]
    assert conceded and conceded[0].speaker is not None
    assert conceded[0].speaker.name == "Boris Pistorius"


def test_negated_meeting(code):
    events = code("Rutte heeft niet met Vance gesproken over de oorlog.")
    assert events and all(e.status == "negated" for e in events)


def test_cameo_roots():
    assert cameo_root("CONSULT") == "04"
    assert cameo_root("REQUEST") == "02"
    assert cameo_root("ASSAULT", ["military"]) == "19"
    assert cameo_root("ASSAULT") == "18"


def test_cameo_code_of_event(code):
    events = code("Het Kremlin deed Zelensky's woorden af als \"loze praatjes\".")
    assert cameo_code(events[0]) == "12"


def test_coordinated_clause_takes_its_partners_date(code):
    events = code("Hij onderstreepte daarnaast dat het in 2019 Trump was die "
                  "Javelin-antitankwapens naar Oekraïne stuurde.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and aid[0].date == "2019" and "2019" in aid[0].date_text


def test_forbidden_talks_are_a_rejection_not_a_meeting(code):
    found = triples(code("Het Kremlin deed Zelensky's woorden af als \"loze praatjes\", en voerde "
                         "als argument aan dat Zelensky eerder onderhandelingen met Rusland bij "
                         "wet had verboden."))
    assert ("REJECT", "Volodymyr Zelensky", "Russia") in found
    assert not any(t[0] == "CONSULT" for t in found)


def test_gaan_with_an_infinitive_frog_tags_finite_is_future(code):
    events = code("Oekraïne gaat volgens Zelensky samen met de VS en Europa op het niveau van "
                  "nationale veiligheidsadviseurs werken aan \"een uitvoerbaar pad naar vrede\".")
    found = triples(events)
    assert ("AGREE", "Ukraine", "United States") in found
    assert ("AGREE", "Ukraine", "Europe") in found
    assert all(e.status == "future" for e in events if e.type == "AGREE")


def test_first_person_subject_in_a_quote_is_the_speaker(code):
    events = code("\"Wij stellen het altijd op prijs om met president Trump samen te werken\", "
                  "benadrukte Zelensky in zijn bericht.")
    assert events and all(e.actor.name == "Volodymyr Zelensky" for e in events)
    assert all(e.recipient is not None and e.recipient.name == "Donald Trump" for e in events)


def test_fronted_wish_dismissed_as_unrealistic_is_rejected(code):
    events = code("Hegseth sprak in Brussel. En de Oekraïense wens om terug te keren naar de "
                  "landsgrenzen van voor 2014 vindt hij \"onrealistisch\".", "2025-02-14")
    rejected = [e for e in events if e.type == "REJECT"]
    assert [(e.actor.name, e.recipient.name) for e in rejected] == [("Pete Hegseth", "Ukraine")]
    # `van voor 2014` describes the borders, it does not date the rejection
    assert rejected[0].date == "2025-02-14" and rejected[0].status == "reported"


@pytest.mark.frog
@pytest.mark.parametrize(("text", "date"), [
    # the scene is dated once and narrated on: the event takes the scene's day
    ("Maandag was Rutte in Kyiv. Daar sprak hij met Zelensky over de Amerikaanse plannen.",
     "2025-02-10"),
    ("Vorige week dinsdag kwam Zelensky in Washington aan. Hij beloofde Trump dat Oekraïne "
     "zou blijven onderhandelen.", "2025-02-04"),
])
def test_an_undated_clause_takes_the_date_of_its_scene(make_doc, text, date):
    events = make_code(make_doc)(text, "2025-02-14")
    assert events and all(event.date == date for event in events)

"""The event coder on real sentences from the seeds and the DPG 2019 corpus."""

from __future__ import annotations

import pytest

from kroniek.events.cameo import cameo_code, cameo_root
from kroniek.pipeline import Pipeline


@pytest.fixture(scope="module")
def code(make_doc):
    pipeline = Pipeline()

    def run(text: str, published: str = "2025-11-21"):
        return pipeline.annotate(make_doc(text, published)).events

    return run


def triples(events) -> set[tuple]:
    return {(e.type, e.actor.name, e.recipient.name if e.recipient else None) for e in events}


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
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_opinion_and_description_give_no_event(code, text):
    assert code(text) == []


def test_coordinated_recipients_split_into_pairs(code):
    events = code("Rutte bemiddelde eerder tussen Zelensky en Trump.")
    found = triples(events)
    assert ("CONSULT", "Mark Rutte", "Volodymyr Zelensky") in found
    assert ("CONSULT", "Mark Rutte", "Donald Trump") in found
    assert all(e.status == "historical" and e.mode == "third-party" for e in events)


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

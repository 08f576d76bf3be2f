"""Real Dutch sentences through Frog and the time layer: text, type and value per phrase.

Each case: sentence, publication date (its precision follows from its length),
the expression as written, the TIMEX3 type and the expected value.
Friday 2025-11-21 is in ISO week 2025-W47.
"""

from __future__ import annotations

import pytest

from kroniek.model import Timex
from kroniek.time.annotate import annotate

FRI = "2025-11-21"

CASES = [
    # weekdays: past clause -> most recent (or today), future -> next
    ("Zelensky heeft vrijdag met Vance gesproken.", FRI, "vrijdag", "DATE", "2025-11-21"),
    ("De minister vertrok donderdag naar Brussel.", FRI, "donderdag", "DATE", "2025-11-20"),
    ("Het kabinet heeft maandag een besluit genomen.", FRI, "maandag", "DATE", "2025-11-17"),
    ("De ministers zullen maandag opnieuw vergaderen.", FRI, "maandag", "DATE", "2025-11-24"),
    ("Zaterdag gaat de premier naar Parijs.", FRI, "Zaterdag", "DATE", "2025-11-22"),
    ("De top zal vrijdag beginnen.", "2025-11-19", "vrijdag", "DATE", "2025-11-21"),
    ("Het kabinet heeft vrijdag een besluit genomen.", "2025-11-24", "vrijdag", "DATE", "2025-11-21"),
    ("De minister sprak afgelopen zondag met de president.", FRI, "afgelopen zondag", "DATE", "2025-11-16"),
    ("Aanstaande vrijdag beslist de regering over de steun.", FRI, "Aanstaande vrijdag", "DATE", "2025-11-28"),
    ("Zaterdagochtend werd er geschoten in Charkiv.", FRI, "Zaterdagochtend", "TIME", "2025-11-15TMO"),
    ("Door de afspraken van maandagavond is vrede dichterbij dan ooit.", "2025-12-16", "maandagavond", "TIME", "2025-12-15TEV"),
    ("Zelensky heeft vrijdag met Vance gesproken.", "2025-03", "vrijdag", "DATE", "2025-03"),
    # relative days
    ("Gisteren werd de ambassadeur ontboden.", FRI, "Gisteren", "DATE", "2025-11-20"),
    ("Eergisteren vielen er drie doden bij een aanval.", FRI, "Eergisteren", "DATE", "2025-11-19"),
    ("Morgen vergaderen de ministers van Buitenlandse Zaken.", FRI, "Morgen", "DATE", "2025-11-22"),
    ("Overmorgen beslist het parlement over de wet.", FRI, "Overmorgen", "DATE", "2025-11-23"),
    ("Vandaag maakte het ministerie de cijfers bekend.", FRI, "Vandaag", "DATE", "2025-11-21"),
    ("Vannacht zijn er drones neergeschoten boven Kyiv.", FRI, "Vannacht", "TIME", "2025-11-21TNI"),
    ("Gisteravond sprak de premier het land toe.", FRI, "Gisteravond", "TIME", "2025-11-20TEV"),
    ("Vandaag maakte het ministerie de cijfers bekend.", "2025-02-14T22:00:45+01:00", "Vandaag", "DATE", "2025-02-14"),
    # honest precision: month- and year-dated articles
    ("Gisteren werd de ambassadeur ontboden.", "2025-03", "Gisteren", "DATE", "2025-03"),
    ("Morgen vergaderen de ministers van Buitenlandse Zaken.", "2025-03", "Morgen", "DATE", "2025-03"),
    ("Volgende week reist de minister naar Kyiv.", "2025-02", "Volgende week", "DATE", "2025-02"),
    ("Vorige maand werden de sancties verlengd.", "2025-03", "Vorige maand", "DATE", "2025-02"),
    ("Vorige week sprak de president met zijn ambtgenoot.", "2025-03", "Vorige week", "DATE", "2025-03"),
    ("Gisteren werd de ambassadeur ontboden.", "2025", "Gisteren", "DATE", "2025"),
    ("Vorig jaar sloot Oekraïne een akkoord met de EU.", "2025-03", "Vorig jaar", "DATE", "2024"),
    ("De oorlog begon drie jaar geleden.", "2025-03", "drie jaar geleden", "DATE", "2022"),
    ("Het bedrijf werd twee maanden geleden overgenomen.", "2025-03", "twee maanden geleden", "DATE", "2025-01"),
    ("Bijna drie weken geleden trad Trump aan als president.", "2025-02", "Bijna drie weken geleden", "DATE", "2025-02"),
    ("Op 12 februari sprak Trump met Poetin.", "2025-02", "12 februari", "DATE", "2025-02-12"),
    ("Eerder deze week baarde Hegseth opzien.", "2025-02", "Eerder deze week", "DATE", "2025-02"),
    # weeks, months, years relative to now
    ("Vorige week sprak de president met zijn ambtgenoot.", FRI, "Vorige week", "DATE", "2025-W46"),
    ("Volgende week reist de minister naar Kyiv.", FRI, "Volgende week", "DATE", "2025-W48"),
    ("Deze week werd er weer gevochten in Donetsk.", FRI, "Deze week", "DATE", "2025-W47"),
    ("Eerder deze week baarde Hegseth opzien.", "2025-02-14T22:00:45+01:00", "Eerder deze week", "DATE", "2025-W07"),
    ("Vorige maand werden de sancties verlengd.", FRI, "Vorige maand", "DATE", "2025-10"),
    ("Volgende maand beslist de Europese Raad over het pakket.", FRI, "Volgende maand", "DATE", "2025-12"),
    ("Vorig jaar sloot Oekraïne een akkoord met de EU.", FRI, "Vorig jaar", "DATE", "2024"),
    ("Dit jaar stijgen de defensie-uitgaven sterk.", FRI, "Dit jaar", "DATE", "2025"),
    ("Volgend jaar komen er nieuwe verkiezingen.", FRI, "Volgend jaar", "DATE", "2026"),
    ("Dit weekend demonstreerden duizenden mensen in Tbilisi.", FRI, "Dit weekend", "DATE", "2025-W47-WE"),
    ("Deze zomer wordt er een nieuw akkoord verwacht.", FRI, "Deze zomer", "DATE", "2025-SU"),
    ("Eind vorig jaar werd de grens gesloten.", FRI, "Eind vorig jaar", "DATE", "2024"),
    # spans back and forward
    ("De oorlog begon drie jaar geleden.", FRI, "drie jaar geleden", "DATE", "2022"),
    ("Het bedrijf werd twee maanden geleden overgenomen.", FRI, "twee maanden geleden", "DATE", "2025-09"),
    ("De aanslag vond vijf dagen geleden plaats.", FRI, "vijf dagen geleden", "DATE", "2025-11-16"),
    ("Over twee weken stemt de Kamer over het voorstel.", FRI, "Over twee weken", "DATE", "2025-W49"),
    ("De regering treedt over drie maanden af.", FRI, "over drie maanden", "DATE", "2026-02"),
    ("Enkele weken geleden werd de grens gesloten.", FRI, "Enkele weken geleden", "DATE", "PAST_REF"),
    ("De afgelopen dagen vielen er veel doden in Gaza.", FRI, "De afgelopen dagen", "DURATION", "PXD"),
    ("De komende drie jaar investeert het bedrijf miljarden.", FRI, "De komende drie jaar", "DURATION", "P3Y"),
    # absolute dates, months and years
    ("Trump wil dat Oekraïne het plan aanvaardt vóór 27 november.", FRI, "27 november", "DATE", "2025-11-27"),
    ("Op 14 februari 2025 tekenden de ministers het akkoord.", FRI, "14 februari 2025", "DATE", "2025-02-14"),
    ("Op 14-02-2025 tekenden de ministers het akkoord in Brussel.", FRI, "14-02-2025", "DATE", "2025-02-14"),
    ("Het akkoord werd op 2 juli getekend.", FRI, "2 juli", "DATE", "2025-07-02"),
    ("De top vindt plaats op 2 juli.", FRI, "2 juli", "DATE", "2026-07-02"),
    ("In maart werd de wet aangenomen.", FRI, "maart", "DATE", "2025-03"),
    ("In maart gaat de nieuwe regeling in.", FRI, "maart", "DATE", "2026-03"),
    ("Begin maart werd het verdrag getekend.", FRI, "Begin maart", "DATE", "2025-03"),
    ("In 2019 stuurde Trump wapens naar Oekraïne.", FRI, "2019", "DATE", "2019"),
    ("Het jaar 2014 was een keerpunt voor Oekraïne.", FRI, "jaar 2014", "DATE", "2014"),
    ("De wet dateert uit 1998.", FRI, "1998", "DATE", "1998"),
    ("Sinds maart 2022 wonen zij in Polen.", FRI, "maart 2022", "DATE", "2022-03"),
    # clock times
    ("Het ongeluk gebeurde rond 18.45 uur op de A2 bij Utrecht.", FRI, "rond 18.45 uur", "TIME", "2025-11-21T18:45"),
    ("De vergadering begint om 22.00 uur.", FRI, "om 22.00 uur", "TIME", "2025-11-21T22:00"),
    # holidays, computed per year
    ("Het is dan Thanksgiving, een nationale feestdag in de VS.", FRI, "Thanksgiving", "DATE", "2025-11-27"),
    ("Met Thanksgiving reizen miljoenen Amerikanen naar hun familie.", "2024-11-20", "Thanksgiving", "DATE", "2024-11-28"),
    ("Met Kerstmis zijn de winkels gesloten.", "2025-12-10", "Kerstmis", "DATE", "2025-12-25"),
    ("Met Pasen kwam de familie bij elkaar.", "2025-05-01", "Pasen", "DATE", "2025-04-20"),
    ("Met Pasen kwam de familie bij elkaar.", "2024-04-15", "Pasen", "DATE", "2024-03-31"),
    ("Op Koningsdag was het druk in Amsterdam.", "2025-05-01", "Koningsdag", "DATE", "2025-04-26"),
    ("Op Koningsdag was het druk in Amsterdam.", "2024-05-01", "Koningsdag", "DATE", "2024-04-27"),
    ("Op Hemelvaartsdag blijven de scholen dicht.", "2025-05-20", "Hemelvaartsdag", "DATE", "2025-05-29"),
    ("Kerstmis 2023 vierde de familie in Kyiv.", FRI, "Kerstmis 2023", "DATE", "2023-12-25"),
    # durations and sets
    ("De onderhandelingen duurden drie jaar.", FRI, "drie jaar", "DURATION", "P3Y"),
    ("Hij zat 40 maanden in de gevangenis.", FRI, "40 maanden", "DURATION", "P40M"),
    ("De bouw van de brug duurde anderhalf jaar.", FRI, "anderhalf jaar", "DURATION", "P18M"),
    ("Trump zou de oorlog binnen 24 uur beëindigen.", FRI, "24 uur", "DURATION", "PT24H"),
    ("De staking duurde een dag.", FRI, "een dag", "DURATION", "P1D"),
    ("Hij zat twintig jaar in de gevangenis.", FRI, "twintig jaar", "DURATION", "P20Y"),
    ("Het proces duurde eenentwintig dagen.", FRI, "eenentwintig dagen", "DURATION", "P21D"),
    ("De ministers overleggen elke week over de situatie.", FRI, "elke week", "SET", "P1W"),
    ("De commissie komt iedere maand bijeen.", FRI, "iedere maand", "SET", "P1M"),
    ("De Russen beschieten de stad dagelijks.", FRI, "dagelijks", "SET", "P1D"),
]


def find(timexes: list[Timex], text: str) -> Timex:
    for timex in timexes:
        if timex.text == text:
            return timex
    raise AssertionError(f"{text!r} not found in {[t.text for t in timexes]}")


@pytest.mark.frog
@pytest.mark.parametrize(("sentence", "published", "text", "kind", "value"), CASES)
def test_phrase(make_doc, sentence, published, text, kind, value):
    doc = make_doc(sentence, published=published)
    annotate(doc)
    timex = find(doc.timexes, text)
    assert (timex.type, timex.value) == (kind, value)
    assert doc.text[timex.start : timex.end] == timex.text


ANAPHORA = [
    ("In 2014 annexeerde Rusland de Krim. In dat jaar begon ook de oorlog in de Donbas.", FRI, "In dat jaar", "2014", "timex"),
    ("Op 3 maart 2022 vluchtte de familie naar Polen. Twee dagen later bereikten ze Warschau.", FRI, "Twee dagen later", "2022-03-05", "timex"),
    ("Zelensky sprak vrijdag met Vance. Enkele uren eerder had hij de Oekraïners toegesproken.", FRI, "Enkele uren eerder", "2025-11-21", "timex"),
    ("In dat jaar werd hij voor het eerst gekozen.", FRI, "In dat jaar", "XXXX", "published"),
    ("Op 14 februari 2025 tekenden de ministers het akkoord.", FRI, "14 februari 2025", "2025-02-14", "absolute"),
    ("Gisteren werd de ambassadeur ontboden.", FRI, "Gisteren", "2025-11-20", "published"),
]


@pytest.mark.frog
@pytest.mark.parametrize(("sentence", "published", "text", "value", "anchor"), ANAPHORA)
def test_anchor(make_doc, sentence, published, text, value, anchor):
    doc = make_doc(sentence, published=published)
    annotate(doc)
    timex = find(doc.timexes, text)
    assert (timex.value, timex.anchor) == (value, anchor)


@pytest.mark.frog
@pytest.mark.parametrize(
    "sentence",
    [
        "Zelensky verwacht intensieve weken op diplomatiek vlak.",
        "Rutte wil voorlopig niet publiekelijk reageren op de voorstellen.",
        "Tot dusver houdt het bondgenootschap vol dat landen welkom zijn.",
        "Het plan telt 2000 pagina's.",
        "Trump zei dat hij met Poetin zal spreken over de oorlog.",
    ],
)
def test_no_time_expression(make_doc, sentence):
    doc = make_doc(sentence)
    annotate(doc)
    assert doc.timexes == []


@pytest.mark.frog
def test_bounding_preposition_is_a_modifier_not_text(make_doc):
    doc = make_doc("Trump wil dat Oekraïne het plan aanvaardt vóór 27 november.")
    annotate(doc)
    (timex,) = doc.timexes
    assert (timex.text, timex.modifier) == ("27 november", "BEFORE")

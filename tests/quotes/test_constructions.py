"""One real sentence (or two) per construction, from the seeds and the DPG 2019 corpus.

Each case runs Frog (disk-cached), the actor linker and the quote layer, and
checks kind, cue, speaker phrase and the content text.
"""

from __future__ import annotations

import pytest

# (text, kind, cue, speaker_text, content) — one expected quote that must be found
FOUND = [
    # indirect: cue verb + dat
    ("Zelensky sprak vrijdag met Vance. Hij zei dat hij Trumps wens het bloedvergieten te stoppen nog steeds respecteert.",
     "indirect", "zeggen", "Hij", "hij Trumps wens het bloedvergieten te stoppen nog steeds respecteert"),
    ("Rusland is tot dusver mordicus tegen westerse troepen in Oekraïne, maar Schoof verwacht dat daar verandering in komt.",
     "indirect", "verwachten", "Schoof", "daar verandering in komt"),
    ("Rutte sprak met Trump. Hij onderstreepte daarnaast dat het in 2019 Trump was die Javelin-antitankwapens naar Oekraïne stuurde.",
     "indirect", "onderstrepen", "Hij", "het in 2019 Trump was die Javelin-antitankwapens naar Oekraïne stuurde"),
    # particle verbs and multiword cues
    ("Enkele uren eerder hield de president de Oekraïners nog voor dat ze voor een hels dilemma staan.",
     "indirect", "voorhouden", None, "ze voor een hels dilemma staan"),
    ("Trump gaf vanuit het Witte Huis ook te kennen dat hij binnenkort \"waarschijnlijk\" met de Russische president Poetin zal spreken.",
     "mixed", "te kennen geven", "Trump", "hij binnenkort \"waarschijnlijk\" met de Russische president Poetin zal spreken"),
    # te-infinitive complements
    ("Rusland claimde gisteren de stad in de regio Donetsk te hebben ingenomen.",
     "indirect", "claimen", "Rusland", "gisteren de stad in de regio Donetsk te hebben ingenomen"),
    ("Trump stelde niet meer geïnteresseerd te zijn in een grondstoffendeal en zegt dat Zelensky zijn hand overspeeld heeft.",
     "indirect", "stellen", "Trump", "niet meer geïnteresseerd te zijn in een grondstoffendeal"),
    ("Trump stelde niet meer geïnteresseerd te zijn in een grondstoffendeal en zegt dat Zelensky zijn hand overspeeld heeft.",
     "indirect", "zeggen", "Trump", "Zelensky zijn hand overspeeld heeft"),
    # postposed attribution, bare clause
    ("Of Nederland daaraan wil bijdragen, moet nog in de Tweede Kamer blijken, tekent Schoof wel aan.",
     "indirect", "aantekenen", "Schoof", "Nederland daaraan wil bijdragen, moet nog in de Tweede Kamer blijken"),
    ("Bij dergelijke onderhandelingen zouden ook Europa en de VS vertegenwoordigd moeten zijn, benadrukte Zelensky.",
     "indirect", "benadrukken", "Zelensky", "Bij dergelijke onderhandelingen zouden ook Europa en de VS vertegenwoordigd moeten zijn"),
    # direct, attribution after, several quote styles
    ("\"Ik reis niet daar naartoe\", zei Trump, vermoedelijk doelend op Kyiv.",
     "direct", "zeggen", "Trump", "Ik reis niet daar naartoe"),
    ("'We werken met een investeerder aan een oplossing voor het faillissement', zegt Lansdorp.",
     "direct", "zeggen", "Lansdorp", "We werken met een investeerder aan een oplossing voor het faillissement"),
    ("“Wij stellen het altijd op prijs om met president Trump samen te werken”, benadrukte Zelensky in zijn bericht.",
     "direct", "benadrukken", "Zelensky", "Wij stellen het altijd op prijs om met president Trump samen te werken"),
    ("„Ik ben geen fan van Trump”, zegt Colina.",
     "direct", "zeggen", "Colina", "Ik ben geen fan van Trump"),
    ("‘De mensen geloven nog steeds in hem’, zegt Colina.",
     "direct", "zeggen", "Colina", "De mensen geloven nog steeds in hem"),
    # colon quotes
    ("De Duitse minister van Defensie, Boris Pistorius hekelde de opstelling van de Amerikaanse regering: \"De regering Trump heeft tegenover Poetin nu al concessies gedaan voor de onderhandelingen zijn begonnen.\"",
     "direct", "hekelen", "Boris Pistorius", "De regering Trump heeft tegenover Poetin nu al concessies gedaan voor de onderhandelingen zijn begonnen."),
    # naming frames: the quoted label is a direct quote
    ("Het Kremlin deed Zelensky's woorden af als \"loze praatjes\".",
     "direct", "afdoen als", "Het Kremlin", "loze praatjes"),
    ("Rutte noemt de harde confrontatie in de Oval Office \"ongelukkig\", maar weigerde dieper in te gaan op de ruzie.",
     "direct", "noemen", "Rutte", "ongelukkig"),
    # volgens / wat X betreft
    ("Volgens Breuker is de kans daarom groot dat de dictator het zelf niet drinkt.",
     "indirect", "volgens", "Breuker", "is de kans daarom groot dat de dictator het zelf niet drinkt"),
    ("Volgens Rutte moet Zelensky nu \"een manier vinden om de relatie met Trump te herstellen\".",
     "mixed", "volgens", "Rutte", "moet Zelensky nu \"een manier vinden om de relatie met Trump te herstellen\""),
    ("Oekraïne gaat volgens Zelensky samen met de VS en Europa werken aan \"een uitvoerbaar pad naar vrede\".",
     "mixed", "volgens", "Zelensky", "Oekraïne gaat samen met de VS en Europa werken aan \"een uitvoerbaar pad naar vrede\""),
    ("Trump wil Zelensky spreken. Die ontmoeting zou wat hem betreft in Washington kunnen plaatsvinden.",
     "indirect", "wat hem betreft", "hem", "Die ontmoeting zou in Washington kunnen plaatsvinden"),
    # mixed: reported clause with a quoted fragment is one quote
    ("Zelensky beklemtoonde dat hij bereid is \"snel, voortvarend en constructief\" mee te werken om het plan een succes te maken.",
     "mixed", "beklemtonen", "Zelensky", "hij bereid is \"snel, voortvarend en constructief\" mee te werken om het plan een succes te maken"),
    ("Door de afspraken van maandagavond is vrede \"dichterbij dan ooit\", meent Schoof.",
     "mixed", "menen", "Schoof", "Door de afspraken van maandagavond is vrede \"dichterbij dan ooit\""),
    ("En de Oekraïense wens om terug te keren naar de landsgrenzen van voor 2014 vindt Hegseth \"onrealistisch\".",
     "mixed", "vinden", "Hegseth", "de Oekraïense wens om terug te keren naar de landsgrenzen van voor 2014 \"onrealistisch\""),
    # `Dat zegt X` points back to the sentence before
    ("De Oekraïense president Zelensky moet ervoor zorgen dat de relatie met de Amerikaanse president snel hersteld wordt. Dat zegt NAVO-baas Rutte na de harde botsing gisteren.",
     "indirect", "zeggen", "NAVO-baas Rutte", "De Oekraïense president Zelensky moet ervoor zorgen dat de relatie met de Amerikaanse president snel hersteld wordt"),
    ("Rutte zegt ervan overtuigd te zijn dat ook Trump graag een \"blijvende vrede\" wil in Oekraïne.",
     "mixed", "zeggen", "Rutte", "ervan overtuigd te zijn dat ook Trump graag een \"blijvende vrede\" wil in Oekraïne"),
]


@pytest.fixture(scope="module")
def quotes_of(quotes_of):
    return lambda text: quotes_of(text, published="2025-11-21")


@pytest.mark.parametrize(("text", "kind", "cue", "speaker", "content"), FOUND,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(FOUND)])
def test_construction_found(quotes_of, text, kind, cue, speaker, content):
    quotes = quotes_of(text)
    hits = [q for q in quotes if q.text == content]
    assert hits, [(q.text, q.cue) for q in quotes]
    quote = hits[0]
    assert (quote.kind, quote.cue) == (kind, cue)
    if speaker is not None:
        assert quote.speaker_text == speaker
    assert quote.start < quote.end


def test_multi_sentence_quote_with_running_speaker(quotes_of):
    text = ("Rutte noemt de harde confrontatie in de Oval Office \"ongelukkig\". "
            "\"Wat ik Zelensky heb verteld, is dat we respect moeten hebben. Dat is belangrijk.\"")
    quotes = quotes_of(text)
    running = [q for q in quotes if q.cue is None]
    assert len(running) == 1
    assert running[0].text == "Wat ik Zelensky heb verteld, is dat we respect moeten hebben. Dat is belangrijk."
    # the running speaker's phrase is copied, as the gold writes it for a free quote
    assert running[0].kind == "direct" and running[0].speaker_text == "Rutte"
    assert running[0].speaker is not None and running[0].speaker == quotes[0].speaker


def test_quote_inside_quote_stays_one_quote(quotes_of):
    text = "Rutte daarover: \"Je moet niet zeggen 'Ik wil aan tafel'. Je moet zeggen: 'Wij zijn relevant.\""
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Je moet niet zeggen 'Ik wil aan tafel'.")


def test_pronoun_speaker_resolves_to_actor(quotes_of):
    quotes = quotes_of("Zelensky sprak met Rutte. Hij zei dat hij de wens van Trump respecteert.")
    assert quotes and quotes[0].speaker_text == "Hij"
    assert quotes[0].speaker is not None and "Zelensky" in quotes[0].speaker.name


NOT_QUOTES = [
    # scare quotes and named terms
    "Aan dat 'opendeurbeleid' hechten veel lidstaten sterk.",
    "Zelensky werkt met Europese leiders aan \"alternatieven\" voor moeilijk te verteren onderdelen van het vredesplan.",
    "Het boek 'De Aanslag' verscheen in 1982 en werd later verfilmd.",
    # anonymous speakers
    "Een omwonende zegt dat hij een harde knal hoorde.",
    # negated cue: the speaker did not say it
    "Of de troepenmacht ook echt betekent dat er militairen in Oekraïne gelegerd worden, wil Schoof niet zeggen.",
    # a naming verb without a quote is no quote
    "Rutte noemt daarbij China bij naam.",
    # `volgens` a non-speaker
    "Niet alleen Oekraïne, maar ook de NAVO zou volgens die voorstellen concessies moeten doen.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[f"none-{i}" for i in range(len(NOT_QUOTES))])
def test_not_a_quote(quotes_of, text):
    assert quotes_of(text) == []

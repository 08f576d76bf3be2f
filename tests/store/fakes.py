"""Small fakes for store, runner, export and CLI tests: no Frog, deterministic layers."""

from __future__ import annotations

import re
import time

from kroniek.errors import InputError
from kroniek.model import Actor, Article, Document, Event, Mention, Quote, Timex
from kroniek.nlp.align import apply_analysis
from kroniek.pipeline import Pipeline

_TOKEN = re.compile(r"\w+|[^\w\s]")


class CountingAnalyser:
    """Splits on `.`; every word a token. Counts calls so tests can see cache hits."""

    name = "fake"
    version = "fake-1"

    def __init__(self) -> None:
        self.calls = 0

    def analyse(self, text: str):
        self.calls += 1
        sentences = []
        for chunk in re.findall(r"[^.]+\.?", text):
            words = _TOKEN.findall(chunk)
            if not words:
                continue
            sentences.append([
                {"text": w, "lemma": w.lower(), "tag": "N(soort)", "ner": "O",
                 "head": 0 if i == 0 else 1, "deprel": "ROOT" if i == 0 else "mod"}
                for i, w in enumerate(words)
            ])  # fmt: skip
        return sentences


def actor(name: str) -> Actor:
    slug = name.lower().replace(" ", "-")
    return Actor(id=slug, name=name, kind="person", country="NLD", sector="GOV", role="minister")


class FakeLayers(Pipeline):
    """Capitalised tokens after the first become linked names; one quote, timex and event."""

    version = "fake-layers-1"

    def __init__(self, fail_on: str | None = None) -> None:
        super().__init__(stages=())
        self.fail_on = fail_on

    def run(self, article: Article, raw) -> Document:
        if self.fail_on and self.fail_on in article.text:
            raise RuntimeError("layer bug")
        doc = apply_analysis(Document(article=article), raw)
        names = [t for t in doc.tokens[1:] if t.text[:1].isupper() and t.text.isalpha()]
        for t in names:
            doc.mentions.append(Mention(t.text, t.start, t.end, t.i, t.i + 1, "PER", actor(t.text)))
        if len(names) >= 2:
            a, b = actor(names[0].text), actor(names[1].text)
            sent = doc.sentences[0]
            text = doc.sentence_text(sent)
            doc.events.append(Event("CONSULT", a, b, article.published, None, "reported",
                                    text, sent.start, sent.end, context=["diplomatic"]))
            doc.quotes.append(Quote(text, sent.start, sent.end, "indirect", a, names[0].text,
                                    "zeggen", text))
        first = doc.tokens[0]
        doc.timexes.append(Timex(first.text, first.start, first.end, "DATE",
                                 article.published or "XXXX", "published"))
        return doc


TEXTS = [
    "Gisteren sprak Rutte met Zelensky. Het ging over vrede.",
    "Vandaag belde Schoof met Macron over de oorlog.",
    "Morgen praat Vance met Sybiha in Genève.",
]


def articles(texts: list[str] = TEXTS, language: str = "nl") -> list[Article]:
    return [
        Article(text=t, source=f"file{i}.txt", published=f"2025-11-{20 + i:02d}",
                published_precision="day", language=language)
        for i, t in enumerate(texts)
    ]  # fmt: skip


def reader_of(items: list):
    """A reader that yields the given Articles/InputErrors whatever the paths."""

    def read(paths, max_bytes=0):
        yield from items

    return read


def bad_file(name: str = "broken.jsonl", line: int | None = 3) -> InputError:
    return InputError(name, "not valid JSON", line)


class SlowAnalyser(CountingAnalyser):
    """A CountingAnalyser that takes a while per text, so an ingest can be killed midway."""

    def analyse(self, text: str):
        time.sleep(0.3)
        return super().analyse(text)


def slow_analyser() -> SlowAnalyser:
    """Factory for KRONIEK_ANALYSER=store.fakes:slow_analyser (worker processes build it)."""
    return SlowAnalyser()

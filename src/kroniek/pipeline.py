"""The ordered stages that turn an analysed article into its layers.

Each stage is a small callable `annotate(doc) -> None` that reads the layers it
needs and adds one. The order is checked once, when the pipeline is built, from
what each stage declares (spaCy-style `requires`/`assigns`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from kroniek.model import Article, Document
from kroniek.nlp.align import apply_analysis
from kroniek.nlp.base import Analyser, RawSentence


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function" taking a Document
    needs: tuple[str, ...]
    adds: str

    def load(self) -> Callable[[Document], None]:
        module_name, func = self.target.split(":")
        return getattr(importlib.import_module(module_name), func)


STAGES: tuple[Stage, ...] = (
    # Parse repairs first: every layer reads the subjects they restore (nlp/repair.py).
    Stage("syntax", "kroniek.nlp.repair:annotate", ("tokens",), "syntax"),
    Stage("actors", "kroniek.actors.link:annotate", ("tokens", "syntax"), "mentions"),
    Stage("time", "kroniek.time.annotate:annotate", ("tokens",), "timexes"),
    Stage("quotes", "kroniek.quotes.extract:annotate", ("tokens", "mentions"), "quotes"),
    Stage(
        "events",
        "kroniek.events.coder:annotate",
        ("tokens", "mentions", "timexes", "quotes"),
        "events",
    ),
)


def check_order(stages: tuple[Stage, ...]) -> None:
    available = {"tokens"}
    for stage in stages:
        missing = [n for n in stage.needs if n not in available]
        if missing:
            raise ValueError(f"stage {stage.name} needs {missing} before it")
        available.add(stage.adds)


class Pipeline:
    def __init__(self, stages: tuple[Stage, ...] = STAGES) -> None:
        check_order(stages)
        self.stages = stages
        self._funcs = [(s.name, s.load()) for s in stages]

    def annotate(self, doc: Document) -> Document:
        """Run every layer stage on a document that already has tokens."""
        doc.mentions, doc.quotes, doc.timexes, doc.events = [], [], [], []
        doc.derived.clear()
        if doc.article.language not in (None, "nl") or not doc.tokens:
            return doc
        for _name, func in self._funcs:
            func(doc)
        return doc

    def run(self, article: Article, raw: list[RawSentence]) -> Document:
        doc = apply_analysis(Document(article=article), raw)
        return self.annotate(doc)


def analyse_article(article: Article, analyser: Analyser, pipeline: Pipeline) -> Document:
    raw = analyser.analyse(article.text) if article.language in (None, "nl") else []
    return pipeline.run(article, raw)

"""Shared by the event tests: run the pipeline on one sentence, and its coded triples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from corpus import sentence
from kroniek.model import Event
from kroniek.pipeline import Pipeline


def gap(reason: str) -> pytest.MarkDecorator:
    """A real case the coder does not code yet: a strict xfail whose `reason` names what is
    missing (when a fix makes it pass, the run fails until the mark is removed)."""
    return pytest.mark.xfail(reason=reason, strict=True)


def make_code(make_doc: Callable) -> Callable[..., list[Event]]:
    """`code(text, published="2025-11-21")` -> the events the pipeline codes."""
    pipeline = Pipeline()

    def run(text: str, published: str = "2025-11-21") -> list[Event]:
        return pipeline.annotate(make_doc(text, published)).events

    return run


def triples(events: list[Event]) -> set[tuple]:
    """(type, actor name, recipient name or None) of each event."""
    return {(e.type, e.actor.name, e.recipient.name if e.recipient else None) for e in events}


def seed_sentence(fragment: str) -> str:
    """The one sentence of the seed articles (../shared/corpus/seeds/*.txt) with `fragment`."""
    return sentence("seeds", fragment)

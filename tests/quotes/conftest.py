"""The quote tests' one way to run the layers a quote needs on a real sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kroniek.actors.link import annotate as link_actors
from kroniek.model import Quote
from kroniek.quotes.extract import annotate as find_quotes
from kroniek.time.annotate import annotate as find_timexes


@pytest.fixture(scope="session")
def quotes_of(make_doc: Callable) -> Callable[..., list[Quote]]:
    """`quotes_of(text, published=...)`: actors, times and quotes, in the pipeline's order
    (a time expression is never the speaker)."""

    def run(text: str, published: str = "2019-02-01") -> list[Quote]:
        doc = make_doc(text, published=published)
        link_actors(doc)
        find_timexes(doc)
        find_quotes(doc)
        return doc.quotes

    return run


@pytest.fixture(scope="session")
def quotes_in_march(quotes_of: Callable[..., list[Quote]]) -> Callable[[str], list[Quote]]:
    """`quotes_of` for a paper of 1 March 2019, the month most DPG 2019 test articles are from."""
    return lambda text: quotes_of(text, published="2019-03-01")

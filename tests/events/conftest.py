"""The event tests' coder fixture: the whole pipeline on one real sentence."""

from __future__ import annotations

import pytest
from coding import make_code


@pytest.fixture(scope="session")
def code(make_doc):
    """`code(text, published=...)` -> the events the pipeline codes."""
    return make_code(make_doc)

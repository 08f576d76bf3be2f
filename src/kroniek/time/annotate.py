"""Placeholder until the layer lands."""

from kroniek.model import Document


def annotate(doc: Document) -> None:
    return None

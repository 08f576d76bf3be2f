"""Exports that read the store: the spec's JSONL records, flat tables, PLOVER events."""

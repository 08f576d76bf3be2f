"""Frog's named-entity recogniser against CoNLL-2002 Dutch (ned.testb), scored CoNLL style.

    .venv/bin/python bench/ner_conll.py [--limit N] [--file PATH]

CoNLL-2002 is pre-tokenised. Each sentence's tokens are joined by single spaces; sentences are
separated by blank lines, so Frog (kroniek.nlp.frog.FrogAnalyser, parser off) sees one
paragraph per sentence. Frog re-tokenises; its tokens are placed back in the text with
kroniek.nlp.align.locate, and each CoNLL token takes the label of the first Frog token that
overlaps it. A Frog token spanning several CoNLL tokens gives them one entity (B- then I-).

Frog has six classes, CoNLL-2002 four. The mapping:
    PER -> PER, ORG -> ORG, LOC -> LOC, MISC -> MISC,
    PRO (products, titles) -> MISC, EVE (events) -> MISC
since the CoNLL-2002 guidelines put products, titles and events under MISC.

Scoring is exact span and class (conlleval): an entity is right only when its first and last
token and its class are the same as in the gold; P/R/F1 per class and micro-averaged.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kroniek.nlp.align import locate  # noqa: E402

DEFAULT_FILE = ROOT.parent / "shared" / "eval" / "conll2002-nl" / "ned.testb"
CLASS_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "PRO": "MISC", "EVE": "MISC"}
CLASSES = ("PER", "ORG", "LOC", "MISC")
BATCH = 200  # sentences per Frog call (one paragraph each)

Sentence = list[tuple[str, str]]  # (token, IOB2 tag)


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of (token, NER tag); `-DOCSTART-` lines are skipped."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
            current = []
        elif parts[0] != "-DOCSTART-":
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first, last, class) from IOB tags; an I- after another class starts one."""
    found: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start is not None and not continues:
            found.add((start, i - 1, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return found


def frog_label(ner: str) -> tuple[str, str]:
    """Frog's IOB label as (prefix, CoNLL class); `O` is ("O", "")."""
    prefix, _, label = (ner or "O").partition("-")
    mapped = CLASS_MAP.get(label.upper())
    return (prefix.upper(), mapped) if mapped and prefix.upper() in ("B", "I") else ("O", "")


def predict(analyser, sentences: list[Sentence]) -> list[list[str]]:
    """Frog's tags for each CoNLL token of a batch of sentences."""
    text_parts, offsets = [], []
    position = 0
    for sentence in sentences:
        sentence_offsets = []
        for token, _ in sentence:
            sentence_offsets.append((position, position + len(token)))
            text_parts.append(token + " ")
            position += len(token) + 1
        offsets.append(sentence_offsets)
        text_parts.append("\n\n")
        position += 2
    text = "".join(text_parts)
    labels: list[tuple[int, int, str, str]] = []  # start, end, prefix, class
    cursor = 0
    for raw_sentence in analyser.analyse(text):
        for raw in raw_sentence:
            start, end = locate(text, raw["text"], raw["tag"], cursor)
            cursor = max(cursor, end)
            labels.append((start, end, *frog_label(raw["ner"])))
    return [_tags_for(sentence_offsets, labels) for sentence_offsets in offsets]


def _tags_for(token_offsets: list[tuple[int, int]], labels: list) -> list[str]:
    """Labels are in text order; the first one ending after a token's start may overlap it."""
    ends = [lab[1] for lab in labels]
    tags: list[str] = []
    previous_label = None
    for start, end in token_offsets:
        k = bisect.bisect_right(ends, start)
        label = labels[k] if k < len(labels) and labels[k][0] < end else None
        if label is None or label[2] == "O":
            tags.append("O")
        elif label is previous_label:  # one Frog token over several CoNLL tokens
            tags.append(f"I-{label[3]}")
        else:
            tags.append(f"{label[2]}-{label[3]}")
        previous_label = label
    return tags


def score(gold: list[list[str]], system: list[list[str]]) -> dict[str, Counter]:
    counts = {name: Counter() for name in (*CLASSES, "overall")}
    for gold_tags, system_tags in zip(gold, system, strict=True):
        gold_spans, system_spans = spans(gold_tags), spans(system_tags)
        for name in counts:
            keep = (lambda s: True) if name == "overall" else (lambda s, n=name: s[2] == n)
            g = {s for s in gold_spans if keep(s)}
            p = {s for s in system_spans if keep(s)}
            counts[name].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    return counts


def table(counts: dict[str, Counter]) -> str:
    lines = [f"{'class':<9}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'found':>7}{'right':>7}"]
    for name, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(
            f"{name:<9}{p:>8.3f}{r:>8.3f}{f1:>8.3f}"
            f"{c['tp'] + c['fn']:>7}{c['tp'] + c['fp']:>7}{c['tp']:>7}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args(argv)
    sentences = read_conll(args.file)[: args.limit]
    from kroniek.nlp.frog import FrogAnalyser

    started = time.perf_counter()
    analyser = FrogAnalyser(parser=False)
    loaded = time.perf_counter()
    system: list[list[str]] = []
    for i in range(0, len(sentences), BATCH):
        system.extend(predict(analyser, sentences[i : i + BATCH]))
    done = time.perf_counter()
    gold = [[tag for _, tag in sentence] for sentence in sentences]
    tokens = sum(len(s) for s in sentences)
    print(f"{args.file.name}: {len(sentences)} sentences, {tokens} tokens")
    print(
        f"Frog load {loaded - started:.1f} s; tagging {done - loaded:.1f} s "
        f"({tokens / max(done - loaded, 1e-9):.0f} tokens/s)\n"
    )
    print(table(score(gold, system)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

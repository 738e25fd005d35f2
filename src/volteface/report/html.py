"""A self-contained HTML report over a store: counts, quotes by speaker, events by dyad (first version)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..store import Store

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;line-height:1.4}
h1{margin-bottom:.2rem} h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.92rem} td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;
text-align:left;vertical-align:top} th{background:#f6f6f6} .n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#777} .bar{background:#4a7bd0;height:.8rem;display:inline-block}
.coop{background:#3a9d5d} .conf{background:#c8463d}
"""


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_report(store: Store) -> str:
    """The report as one HTML string (no external assets)."""
    counts = store.counts()
    overview = _table(
        ["what", "count"],
        [[escape(k), str(v)] for k, v in counts.items()],
        {1},
    )
    months = store.query(
        "SELECT substr(date, 1, 7) AS month, COUNT(*) AS n FROM articles WHERE date IS NOT NULL "
        "GROUP BY month ORDER BY month"
    )
    top = max((r["n"] for r in months), default=1)
    timeline = _table(
        ["month", "articles", ""],
        [[r["month"], str(r["n"]), f'<span class="bar" style="width:{12 * r["n"] / top:.1f}rem"></span>']
         for r in months],
        {1},
    )
    speakers = store.query(
        "SELECT COALESCE(speaker_actor, speaker) AS who, MAX(speaker) AS name, COUNT(*) AS n, "
        "MIN(date) AS first, MAX(date) AS last FROM quotes GROUP BY who ORDER BY n DESC LIMIT 25"
    )
    speaker_table = _table(
        ["speaker", "quotes", "first", "last"],
        [[escape(r["name"] or "?"), str(r["n"]), r["first"] or "", r["last"] or ""] for r in speakers],
        {1},
    )
    quotes = store.query(
        "SELECT q.speaker, q.kind, q.content, q.date, q.via, a.title, a.id FROM quotes q "
        "JOIN articles a ON a.id = q.article_id ORDER BY q.date DESC, q.article_id, q.idx LIMIT 60"
    )
    quote_table = _table(
        ["date", "speaker", "kind", "what", "article"],
        [[r["date"] or "", escape(r["speaker"] or "?") + (f' <span class="muted">via {escape(r["via"])}</span>'
                                                          if r["via"] else ""),
          r["kind"], escape(r["content"][:300]), escape(r["title"] or r["id"])] for r in quotes],
    )
    dyads = store.query(
        "SELECT source, target, COUNT(*) AS n, SUM(quad IN (1, 2)) AS coop, SUM(quad IN (3, 4)) AS conf, "
        "ROUND(AVG(goldstein), 2) AS mean_goldstein FROM events WHERE source IS NOT NULL AND target IS NOT NULL "
        "AND source != target AND negated = 0 GROUP BY source, target ORDER BY n DESC LIMIT 30"
    )
    dyad_table = _table(
        ["source", "target", "events", "cooperation / conflict", "mean Goldstein"],
        [[escape(r["source"]), escape(r["target"]), str(r["n"]),
          f'<span class="bar coop" style="width:{r["coop"] * 0.6:.1f}rem"></span>'
          f'<span class="bar conf" style="width:{r["conf"] * 0.6:.1f}rem"></span> {r["coop"]} / {r["conf"]}',
          str(r["mean_goldstein"])] for r in dyads],
        {2, 4},
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>volteface report</title><style>{_STYLE}</style></head>
<body><h1>volteface report</h1><p class="muted">{escape(Path(store.path).name)}</p>
<h2>Overview</h2>{overview}
<h2>Articles over time</h2>{timeline}
<h2>Quotes by speaker</h2>{speaker_table}
<h2>Latest quotes</h2>{quote_table}
<h2>Events by dyad</h2>{dyad_table}
</body></html>
"""


def write_report(store: Store, path: str | Path) -> Path:
    """Write the report file and return its path."""
    out = Path(path)
    out.write_text(render_report(store), encoding="utf-8")
    return out

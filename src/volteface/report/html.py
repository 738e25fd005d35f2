"""The self-contained HTML report: overview, actor pages, dyad relation charts, quotes — one file, no network.

Charts are inline SVG (``report/charts.py``), the styles inline; every fact shows its evidence sentence and the
article id and span it comes from.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from html import escape
from pathlib import Path

from .. import query
from ..analyze import find_shifts, parse_dyad, relation_series, resolve_actor, timeline
from ..model import Found, Origin, Shift, Stance
from ..store import Selection, Store
from . import charts

STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#222;line-height:1.4;padding:0 1rem}
h1{margin-bottom:.2rem} h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;
text-align:left;vertical-align:top} th{background:#f6f6f6} .n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#777;font-size:.85rem} .chart svg{max-width:100%;height:auto} .kind{font-weight:600}
.said{color:#2a5db0} .did{color:#1b7837} .target{color:#b2182b} nav a{margin-right:1rem}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #ccc;background:#fafafa} .cite{font-size:.85rem}
.shift{display:grid;grid-template-columns:1fr 1fr;gap:1rem;border:1px solid #ddd;border-radius:6px;padding:.8rem;
margin:.8rem 0} .shift h4{grid-column:1/3;margin:0} .favor{color:#1b7837} .against{color:#b2182b}
"""
DEFAULT_DYADS = ("USA:RUS", "USA:UKR", "RUS:UKR", "UKR:RUS")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _table(headers: list[str], rows: list[list[str]], numeric: frozenset[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def cited(origin: Origin) -> str:
    """The article a fact comes from as a reader cites it: headline, outlet and date, linked to the source URL
    (an http(s) URL only: a stored "javascript:" link is shown as text, never followed)."""
    title = escape(origin.title or origin.article_id)
    if origin.url and origin.url.startswith(("https://", "http://")):
        title = f'<a href="{escape(origin.url)}" rel="noopener noreferrer">{title}</a>'
    rest = " · ".join(escape(x) for x in (origin.outlet, _iso(origin.date)) if x)
    return f'<div class="cite">{title}{" · " + rest if rest else ""}</div>'


def _where(article_id: str, start: int, end: int, links: bool = False) -> str:
    """Where a fact comes from; in the dashboard, a link that opens the article with the span marked."""
    label = f"article {escape(article_id)} [{start}:{end}]"
    if links:
        return f'<a class="evidence muted" href="/articles/{escape(article_id)}?start={start}&end={end}#mark">{label}</a>'
    return f'<span class="muted">{label}</span>'


def overview(store: Store) -> str:
    counts = store.counts()
    months = store.articles_per_month()
    sources = store.outlets(10)
    actors = query.actors(store, limit=15)
    parts = [
        '<h2 id="overview">Overview</h2>',
        _table(["what", "count"], [[escape(k), str(v)] for k, v in counts.items()], frozenset({1})),
    ]
    if months:
        parts.append(f'<div class="chart">{charts.to_svg(charts.articles_over_time(months))}</div>')
    parts.append(
        "<h3>Sources</h3>"
        + _table(["source", "articles"], [[escape(s), str(n)] for s, n in sources], frozenset({1}))
    )
    parts.append(
        "<h3>Top actors</h3>"
        + _table(
            ["actor", "code", "mentions", "articles", "first", "last"],
            [
                [
                    escape(a.actor.name),
                    escape(a.actor.code or ""),
                    str(a.mentions),
                    str(a.articles),
                    _iso(a.first),
                    _iso(a.last),
                ]
                for a in actors
            ],
            frozenset({2, 3}),
        )
    )
    return "\n".join(parts)


def actor_section(store: Store, name: str, links: bool = False) -> str:
    actor_id = resolve_actor(store, name)
    if actor_id is None:
        return f"<h2>Actor {escape(name)}</h2><p>No such actor in the store.</p>"
    actor = store.actor(actor_id)
    title = actor.name if actor else actor_id
    held = [
        f.record
        for f in store.stances(Selection(actor=actor_id, limit=None))
        if f.record.date is not None and f.record.label in ("favor", "against")
    ]
    busiest = {t for t, _ in Counter(s.target for s in held).most_common(12)}
    stances = [
        {"date": s.date.isoformat(), "target": s.target, "label": s.label}  # type: ignore[union-attr]
        for s in held
        if s.target in busiest
    ]
    items = timeline(store, actor_id, limit=80)
    parts = [
        (
            f'<h2 id="actor-{escape(actor_id)}">{escape(title)} <span class="muted">{escape(actor_id)}'
            f"{' · ' + escape(actor.code) if actor and actor.code else ''}</span></h2>"
        )
    ]
    if stances:
        parts.append(f'<div class="chart">{charts.to_svg(charts.stance_chart(stances, title))}</div>')
    rows = [
        [
            escape(i.date or "undated"),
            f'<span class="kind {i.kind}">{i.kind}</span> {escape(i.summary)}',
            f"<blockquote>{escape(i.evidence[:400])}</blockquote>{_where(i.article_id, i.start, i.end, links)}",
        ]
        for i in items
    ]
    shifts = find_shifts(store, actor_id, limit=10)
    if shifts:
        parts.append("<h3>Shifts</h3>" + "".join(shift_card(sh, links) for sh in shifts))
    parts.append(
        "<h3>Timeline</h3>" + (_table(["date", "what", "evidence"], rows) if rows else "<p>Nothing yet.</p>")
    )
    return "\n".join(parts)


def shift_card(shift: Shift, links: bool = False) -> str:
    """A reversal with the before and after evidence side by side, each with its article cited."""

    def side(found: Found[Stance]) -> str:
        stance = found.record
        span = stance.evidence_span
        return (
            f'<div><span class="kind {escape(stance.label)}">{escape(stance.label)}</span> '
            f"{escape(_iso(stance.date))}<blockquote>{escape(found.evidence[:500])}</blockquote>"
            f"{cited(found.origin)}{_where(found.origin.article_id, span.start, span.end, links)}</div>"
        )

    old = shift.before.record
    before = (
        f'<div><span class="kind {escape(old.label)}">{escape(old.label)}</span> before '
        f"{escape(_iso(old.date))}, as the telling of the turn says</div>"
        if shift.before_told
        else side(shift.before)
    )
    return (
        f'<div class="shift"><h4>{escape(shift.holder)} on {escape(shift.target)} — {shift.kind} '
        f"(strength {shift.magnitude:.2f})</h4>"
        f"{before}{side(shift.after)}</div>"
    )


def _dyad_anchor(source: str, target: str) -> str:
    return f"dyad-{source}-{target}"


def dyad_section(store: Store, dyad: str, freq: str = "week") -> str:
    source, target = parse_dyad(dyad)
    series = relation_series(store, source, target, freq)
    if not series.periods:
        return ""
    chart = charts.to_svg(charts.relation_chart(series))
    points = ", ".join(d.isoformat() for d in series.change_points) or "none"
    return (
        f'<h2 id="{escape(_dyad_anchor(source, target))}">{escape(source)} → {escape(target)}</h2>'
        f'<div class="chart">{chart}</div><p class="muted">change points: {points}</p>'
    )


def quotes_section(store: Store, limit: int = 80, links: bool = False, speaker: str | None = None) -> str:
    rows = [
        [
            escape(_iso(q.date)),
            escape(q.speaker or "?") + (f' <span class="muted">via {escape(q.via)}</span>' if q.via else ""),
            escape(q.kind),
            f"<blockquote>{escape(q.content[:400])}</blockquote>"
            + _where(found.origin.article_id, q.content_span.start, q.content_span.end, links),
        ]
        for found in query.quotes(store, speaker=speaker, limit=limit)
        for q in (found.record,)
    ]
    total = store.counts()["quotes"] if speaker is None else None
    shown = _shown(len(rows), total, "quotes", "/quotes" if links else "the dashboard's quotes page")
    return '<h2 id="quotes">Quotes</h2>' + shown + _table(["date", "speaker", "kind", "what was said"], rows)


def _shown(shown: int, total: int | None, what: str, where: str) -> str:
    """Say when a list is cut: "80 of 122 quotes; the rest on the dashboard" — never a silent truncation."""
    if total is None or total <= shown:
        return ""
    return f'<p class="muted">{shown} of {total} {what}, newest first; all of them on {escape(where)}.</p>'


def shifts_section(store: Store, links: bool = False, limit: int = 20) -> str:
    """The first screen: the shifts found, strongest first, before and after side by side."""
    shifts = find_shifts(store, limit=limit + 1)
    cards = "".join(shift_card(sh, links) for sh in shifts[:limit])
    more = (
        f'<p class="muted">The {limit} strongest are shown; `volteface shifts` lists them all, and '
        "`--explain` the candidates left out.</p>"
        if len(shifts) > limit
        else ""
    )
    body = cards or '<p class="muted">No shift found yet: a turn needs evidence on both sides.</p>'
    return f'<h2 id="shifts">Shifts</h2>{more}{body}'


def render_report(store: Store, actors: list[str] | None = None, dyads: list[str] | None = None) -> str:
    """The report as one HTML string (no external assets)."""
    if actors is None:
        actors = [a.actor.id for a in query.actors(store, limit=30) if a.actor.kind == "person"][:3]
    dyads = list(dyads) if dyads is not None else list(DEFAULT_DYADS)
    sections = [shifts_section(store), overview(store)]
    sections += [actor_section(store, name) for name in actors]
    drawn = [
        (parse_dyad(d), part) for d in dyads if (part := dyad_section(store, d))
    ]  # a dyad with no event: none
    sections += [part for _, part in drawn]
    sections.append(quotes_section(store))
    anchors = [("shifts", "Shifts"), ("overview", "Overview")]
    for name in actors:
        actor_id = resolve_actor(store, name)
        if actor_id:
            actor = store.actor(actor_id)
            anchors.append((f"actor-{actor_id}", actor.name if actor else actor_id))
    anchors += [(_dyad_anchor(source, target), f"{source}:{target}") for (source, target), _ in drawn]
    anchors.append(("quotes", "Quotes"))
    nav = " ".join(f'<a href="#{escape(anchor)}">{escape(label)}</a>' for anchor, label in anchors)
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>volteface report</title>'
        f"<style>{STYLE}</style></head><body><h1>volteface report</h1>"
        f'<p class="muted">{escape(Path(store.path).name)}</p><nav>{nav}</nav>\n'
        + "\n".join(sections)
        + "\n</body></html>\n"
    )


def write_report(
    store: Store, path: str | Path, actors: list[str] | None = None, dyads: list[str] | None = None
) -> Path:
    """Write the report file and return its path."""
    out = Path(path)
    out.write_text(render_report(store, actors, dyads), encoding="utf-8")
    return out

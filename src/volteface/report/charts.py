"""Charts as Vega-Lite specs, rendered to SVG or PNG offline by vl-convert (no JavaScript in the page, no CDN).

vl-convert is the Vega project's own renderer packaged for Python: it draws the same chart a browser would,
so the report stays one small self-contained file and a chart can be exported as PNG for a paper.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ..analyze.relations import RelationSeries

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_COLOURS = ("#7fbf7b", "#1b7837", "#f4a582", "#b2182b")
WIDTH = 640


def articles_over_time(months: list[tuple[str, int]]) -> dict[str, Any]:
    """Bars of articles per month."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH,
        "height": 160,
        "title": "Articles per month",
        "data": {"values": [{"month": m, "articles": n} for m, n in months]},
        "mark": {"type": "bar", "color": "#4a7bd0"},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": None},
            "y": {"field": "articles", "type": "quantitative"},
        },
    }


def relation_chart(series: RelationSeries) -> dict[str, Any]:
    """Events per 100 articles of each period (the relation, not the volume of news) stacked by quad class, the
    mean Goldstein value as a line broken where a period has no event, change points as rules."""
    rows = [
        {"period": p.start.isoformat(), "class": QUAD_NAMES[k], "events": round(100 * n / p.articles, 2)}
        for p in series.periods
        for k, n in enumerate(p.quad_counts)
        if n and p.articles
    ]
    means = [{"period": p.start.isoformat(), "goldstein": p.goldstein_mean} for p in series.periods]
    points = [{"period": d.isoformat()} for d in series.change_points]
    x = {"field": "period", "type": "temporal", "title": None}
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": rows},
            "mark": "bar",
            "encoding": {
                "x": x,
                "y": {
                    "field": "events",
                    "type": "quantitative",
                    "stack": True,
                    "title": "events per 100 articles",
                },
                "color": {
                    "field": "class",
                    "type": "nominal",
                    "scale": {"domain": list(QUAD_NAMES), "range": list(QUAD_COLOURS)},
                },
            },
        },
        {
            "data": {"values": means},
            "mark": {"type": "line", "point": True, "color": "#222", "invalid": "break-paths-filter-domains"},
            "encoding": {
                "x": x,
                "y": {
                    "field": "goldstein",
                    "type": "quantitative",
                    "title": "mean Goldstein",
                    "scale": {"domain": [-10, 10]},
                },
            },
        },
    ]
    if points:
        layers.append(
            {
                "data": {"values": points},
                "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#555"},
                "encoding": {"x": x},
            }
        )
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH,
        "height": 220,
        "title": f"{series.source} → {series.target} per {series.freq} (dashed: change points)",
        "layer": layers,
        "resolve": {"scale": {"y": "independent"}},
    }


def stance_chart(rows: list[dict[str, Any]], holder: str) -> dict[str, Any]:
    """One holder's stances over time: a row per target (its most frequent ones), a mark per dated stance,
    green for favor and red for against, so a turn reads left to right."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH,
        "height": {"step": 22},
        "title": f"Stances of {holder} over time",
        "data": {"values": rows},
        "mark": {"type": "tick", "thickness": 3},
        "encoding": {
            "y": {"field": "target", "type": "nominal", "title": None},
            "x": {"field": "date", "type": "temporal", "title": None},
            "color": {
                "field": "label",
                "type": "nominal",
                "title": "side",
                "scale": {"domain": ["favor", "against"], "range": ["#1b7837", "#b2182b"]},
            },
        },
    }


def to_svg(spec: dict[str, Any]) -> str:
    return _svg(json.dumps(spec, sort_keys=True))


@lru_cache(maxsize=64)
def _svg(spec: str) -> str:
    """The drawing of a chart, kept for the same spec: a dashboard page asks for the same chart of the same
    store again and again, and drawing a year of weeks takes a fifth of a second."""
    import vl_convert

    return vl_convert.vegalite_to_svg(spec)


def warm_up() -> None:
    """Start the chart renderer (its first drawing in a process pays about a second of setting up)."""
    to_svg({"mark": "point", "data": {"values": [{"x": 1}]}, "encoding": {"x": {"field": "x"}}})


def to_png(spec: dict[str, Any], scale: float = 2.0) -> bytes:
    import vl_convert

    return vl_convert.vegalite_to_png(json.dumps(spec), scale=scale)

"""The dashboard and JSON API over a store: server-rendered pages (the report's sections, with links down to the
evidence) and typed, paginated, read-only JSON under /api. Every asset is served from here: no CDN."""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__, query
from ..analyze import find_shifts, parse_dyad, relation_series, resolve_actor
from ..errors import UsageError
from ..model import Event, Found, Origin, to_json
from ..report import charts, html
from ..store import Selection, Store, is_url, open_store
from . import schemas

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (at most 500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Day = Annotated[date | None, Query(description="YYYY-MM-DD")]


TEMPLATES = Jinja2Templates(
    directory=str(Path(__file__).parent / "templates")
)  # autoescaped: stored text is text
FAMILIES = (
    ("01", "statement"),
    ("02", "appeal"),
    ("03", "intent to cooperate"),
    ("04", "consult"),
    ("05", "diplomatic cooperation"),
    ("06", "material cooperation"),
    ("07", "aid"),
    ("08", "yield"),
    ("09", "investigate"),
    ("10", "demand"),
    ("11", "disapprove"),
    ("12", "reject"),
    ("13", "threaten"),
    ("14", "protest"),
    ("15", "force posture"),
    ("16", "reduce relations"),
    ("17", "coerce"),
    ("18", "assault"),
    ("19", "fight"),
    ("20", "mass violence"),
)  # the CAMEO root codes
QUOTE_KINDS = ("direct", "indirect", "mixed", "post", "belief")
PAGE = 50
LAST_VISIT = "volteface_last_visit"  # the cookie: when this browser last saw the alerts page


def _visit(value: str | None) -> str | None:
    """The cookie's timestamp when it is one (ISO, as the alerts carry), else None: it is compared, never run."""
    if not value or len(value) > 40:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


# A date field of a dashboard form: the browser sends "" when it is left empty.
FormDay = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD, or empty")]


def _form_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"a date is YYYY-MM-DD, not {value!r}") from None


def _once(rows: list[Found[Event]]) -> list[Found[Event]]:
    """An act listed once per sentence, source, target and code (one sentence can code it for two companies)."""
    seen: set[tuple] = set()
    out = []
    for found in rows:
        event = found.record
        key = (found.origin.article_id, event.sentence_span, event.source, event.target, event.code)
        if key not in seen:
            seen.add(key)
            out.append(found)
    return out


def _page(request: Request, template: str, title: str, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, {"title": title, "style": html.STYLE, **context})


def _url(request: Request, **changes: Any):
    """A function giving this page's URL with some query parameters changed (the pager's links)."""

    def url(**more: Any) -> str:
        params = {**dict(request.query_params), **changes, **{k: str(v) for k, v in more.items()}}
        return (
            str(request.url.path) + "?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})
        )

    return url


def create_app(db: str | Path) -> FastAPI:
    """The app for one store, a SQLite file or a PostgreSQL URL (opened read-only per request)."""
    shared = is_url(db)
    path: str | Path = str(db) if shared else Path(db)
    if not shared and not Path(path).is_file():
        raise UsageError("no such store", str(path))
    open_store(
        path, read_only=True
    ).close()  # an empty or foreign store is refused here, not answered with 500s
    threading.Thread(target=charts.warm_up, daemon=True).start()  # the renderer's second of setting up, now
    app = FastAPI(
        title="volteface",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="Who said what, who did what to whom, who stands where — read-only API.",
    )
    import swagger_ui  # Swagger UI 5, which reads the OpenAPI 3.1 that FastAPI writes, served from this machine

    assets = Path(swagger_ui.__file__).parent / "static"
    app.mount("/static/swagger", StaticFiles(directory=assets), name="swagger")

    def store() -> Store:
        return open_store(path, read_only=True)

    cache: OrderedDict[tuple[str, tuple[int, ...]], tuple[int, bytes, str]] = OrderedDict()

    def store_version() -> tuple[int, ...]:
        """Changes whenever the store does (the main file or its write-ahead log). A shared database changes
        under other writers without a file to watch: its answers are kept for ten seconds."""
        if shared:
            return (int(time.monotonic() // 10),)
        out: list[int] = []
        for suffix in ("", "-wal"):
            try:
                info = os.stat(str(path) + suffix)
                out += [info.st_mtime_ns, info.st_size]
            except FileNotFoundError:
                out += [0, 0]
        return tuple(out)

    @app.middleware("http")
    async def cached(request: Request, call_next):
        """Pages and API answers are pure functions of the store: keep the last few hundred, keyed by the URL
        and the store's version, so a read-only dashboard answers repeat views without re-rendering charts."""
        if request.method != "GET" or request.url.path.startswith(
            ("/static", "/alerts")
        ):  # /alerts: per visitor
            return await call_next(request)
        if "\x00" in request.url.path or any("\x00" in k + v for k, v in request.query_params.multi_items()):
            # no stored text holds NUL, and SQLite's text functions stop at one
            return JSONResponse({"detail": "a NUL character is not allowed in a request"}, status_code=400)
        key = (str(request.url.path) + "?" + str(request.url.query), store_version())
        if key in cache:
            cache.move_to_end(key)
            status, body, media = cache[key]
            return Response(body, status_code=status, media_type=media)
        response = await call_next(request)
        body = b"".join([chunk async for chunk in response.body_iterator])
        if response.status_code == 200:
            cache[key] = (
                response.status_code,
                body,
                response.media_type or response.headers.get("content-type"),
            )
            while len(cache) > 512:
                cache.popitem(last=False)
        return Response(
            body,
            status_code=response.status_code,
            headers=dict(response.headers),
            media_type=response.media_type,
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", []))
        return JSONResponse({"detail": f"{where}: {first.get('msg', 'invalid')}"}, status_code=422)

    @app.exception_handler(UsageError)
    async def usage(request: Request, exc: UsageError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="volteface API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png",
        )

    # -- pages -----------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        with store() as s:
            actors = [a.actor for a in query.actors(s, limit=40)]
            return _page(request, "home.html", "Overview", overview=html.overview(s), actors=actors)

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alerts_page(request: Request) -> HTMLResponse:
        """The alerts a watcher raised: those new since this browser's last visit first (a cookie holds when that
        was), then the earlier ones."""
        last = _visit(request.cookies.get(LAST_VISIT))
        with store() as s:
            found = s.alerts()
        new = [a for a in found if last is None or a.created > last]
        earlier = [a for a in found if a not in new][::-1][:PAGE]
        response = _page(request, "alerts.html", "Alerts", new=new[::-1], earlier=earlier, last=last)
        if found:
            response.set_cookie(
                LAST_VISIT, found[-1].created, max_age=400 * 86400, httponly=True, samesite="lax"
            )
        return response

    @app.get("/shifts", response_class=HTMLResponse, include_in_schema=False)
    def shifts_page(
        request: Request, holder: Annotated[str | None, Query(max_length=200)] = None
    ) -> HTMLResponse:
        with store() as s:
            holder_id = resolve_actor(s, holder) if holder else None
            shifts = [] if holder and holder_id is None else find_shifts(s, holder_id, limit=100)
        return _page(request, "shifts.html", "Shifts", shifts=shifts, holder=holder)

    @app.get("/actors/{name}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, name: str) -> HTMLResponse:
        with store() as s:
            if resolve_actor(s, name) is None:
                raise HTTPException(404, f"no actor matching {name!r}")
            return _page(request, "fragment.html", name, body=html.actor_section(s, name, links=True))

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(
        request: Request,
        dyad: Annotated[str | None, Query(max_length=40)] = None,
        freq: Annotated[str, Query(pattern="^(week|month)$")] = "month",
    ) -> Response:
        if dyad:
            source, target = parse_dyad(dyad)
            return RedirectResponse(
                f"/dyads/{quote(source + ':' + target, safe=':')}?freq={freq}", status_code=303
            )
        with store() as s:
            busiest = s.dyads(limit=30)
        return _page(request, "dyads.html", "Dyads", busiest=busiest, asked=dyad)

    @app.get("/dyads/{dyad}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(
        request: Request,
        dyad: str,
        freq: Annotated[str, Query(pattern="^(week|month)$")] = "month",
        since: FormDay = None,
        until: FormDay = None,
        root: Annotated[str | None, Query(max_length=2)] = None,
        offset: Offset = 0,
    ) -> HTMLResponse:
        source, target = parse_dyad(dyad)
        with store() as s:
            chart = html.dyad_section(s, dyad, freq)
            rows = s.events(
                Selection(
                    source=source,
                    target=target,
                    since=_form_day(since),
                    until=_form_day(until),
                    root=root or None,
                    asserted=True,
                    limit=PAGE,
                    offset=offset,
                )
            )
        return _page(
            request,
            "events.html",
            f"{source} → {target}",
            heading=f"{source} → {target}",
            chart=chart or f"<h2>{source} → {target}</h2><p>No events for this dyad.</p>",
            rows=_once(rows),
            families=FAMILIES,
            action=f"/dyads/{quote(dyad, safe=':')}",
            fixed_dyad=True,
            f={"since": since, "until": until, "root": root, "freq": freq},
            page={"limit": PAGE, "offset": offset},
            url=_url(request),
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        dyad: Annotated[str | None, Query(max_length=40)] = None,
        since: FormDay = None,
        until: FormDay = None,
        root: Annotated[str | None, Query(max_length=2)] = None,
        offset: Offset = 0,
    ) -> HTMLResponse:
        source, target = parse_dyad(dyad) if dyad else (None, None)
        with store() as s:
            rows = s.events(
                Selection(
                    source=source,
                    target=target,
                    since=_form_day(since),
                    until=_form_day(until),
                    root=root or None,
                    limit=PAGE,
                    offset=offset,
                )
            )
        return _page(
            request,
            "events.html",
            "Events",
            heading="Events",
            chart=None,
            rows=rows,
            families=FAMILIES,
            action="/events",
            fixed_dyad=False,
            f={"dyad": dyad, "since": since, "until": until, "root": root},
            page={"limit": PAGE, "offset": offset},
            url=_url(request),
        )

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(
        request: Request,
        speaker: Annotated[str | None, Query(max_length=200)] = None,
        since: FormDay = None,
        until: FormDay = None,
        kind: Annotated[str | None, Query(max_length=20)] = None,
        offset: Offset = 0,
    ) -> HTMLResponse:
        with store() as s:
            rows = s.quotes(
                Selection(
                    actor=speaker or None,
                    since=_form_day(since),
                    until=_form_day(until),
                    kind=kind or None,
                    beliefs=kind == "belief",
                    limit=PAGE,
                    offset=offset,
                )
            )
        return _page(
            request,
            "quotes.html",
            "Quotes",
            rows=rows,
            kinds=QUOTE_KINDS,
            f={"speaker": speaker, "since": since, "until": until, "kind": kind},
            page={"limit": PAGE, "offset": offset},
            url=_url(request),
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        request: Request,
        article_id: str,
        start: Annotated[int, Query(ge=0)] = 0,
        end: Annotated[int, Query(ge=0)] = 0,
    ) -> HTMLResponse:
        with store() as s:
            article = s.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        text = article.text
        start, end = min(start, len(text)), min(max(end, start), len(text))
        parts = (text[:start], text[start:end], text[end:]) if end > start else (text, "", "")
        return _page(
            request,
            "article.html",
            article.title or article.id,
            article=article,
            before=parts[0],
            marked=parts[1],
            after=parts[2],
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        with store() as s:
            hits = query.search(s, q)
        return _page(request, "search.html", "Search", q=q, hits=hits)

    # -- JSON API --------------------------------------------------------------------------------------

    @app.get("/api/articles", response_model=schemas.ArticleList)
    def api_articles(
        limit: Limit = 50, offset: Offset = 0, since: Day = None, until: Day = None, source: str | None = None
    ) -> dict[str, Any]:
        with store() as s:
            total, found = s.article_list(
                Selection(since=since, until=until, outlet=source, limit=limit, offset=offset)
            )
        return {"page": {"limit": limit, "offset": offset, "total": total}, "items": to_json(found)}

    @app.get(
        "/api/articles/{article_id}",
        response_model=schemas.ArticleFull,
        responses={404: {"model": schemas.Problem}},
    )
    def api_article(article_id: str) -> dict[str, Any]:
        with store() as s:
            article = s.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return {
            **to_json(Origin(article.id, article.title, article.date, article.source, article.url)),
            "text": article.text,
            "date_source": article.date_source,
        }

    @app.get("/api/actors", response_model=list[schemas.ActorRow])  # type: ignore[valid-type]
    def api_actors(limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
        with store() as s:
            return [a.row() for a in query.actors(s, limit=limit, offset=offset)]

    @app.get("/api/quotes", response_model=list[schemas.QuoteRow])  # type: ignore[valid-type]
    def api_quotes(
        limit: Limit = 100,
        offset: Offset = 0,
        speaker: str | None = None,
        since: Day = None,
        beliefs: bool = False,
    ) -> list[dict[str, Any]]:
        with store() as s:
            return [f.row() for f in query.quotes(s, speaker, since, limit, offset, beliefs)]

    @app.get("/api/events", response_model=list[schemas.EventRow])  # type: ignore[valid-type]
    def api_events(
        limit: Limit = 100, offset: Offset = 0, dyad: str | None = None, since: Day = None
    ) -> list[dict[str, Any]]:
        source, target = parse_dyad(dyad) if dyad else (None, None)
        with store() as s:
            return [f.row() for f in query.events(s, source, target, since, limit, offset)]

    @app.get("/api/stances", response_model=list[schemas.StanceRow])  # type: ignore[valid-type]
    def api_stances(
        limit: Limit = 100, offset: Offset = 0, holder: str | None = None
    ) -> list[dict[str, Any]]:
        with store() as s:
            return [f.row() for f in s.stances(Selection(actor=holder, limit=limit, offset=offset))]

    @app.get("/api/shifts", response_model=list[schemas.ShiftRow])  # type: ignore[valid-type]
    def api_shifts(limit: Limit = 100, holder: str | None = None) -> list[dict[str, Any]]:
        with store() as s:
            holder_id = resolve_actor(s, holder) if holder else None
            if holder and holder_id is None:
                return []
            return [shift.row() for shift in find_shifts(s, holder_id, limit=limit)]

    @app.get("/api/alerts")
    def api_alerts(since: Day = None, limit: Limit = 100) -> list[dict[str, Any]]:
        """The alerts a watcher raised (oldest first), each as its JSON record."""
        with store() as s:
            return [a.record for a in s.alerts(since=since.isoformat() if since else None, limit=limit)]

    @app.get("/api/relations", response_model=schemas.Relations)
    def api_relations(
        dyad: Annotated[str, Query(max_length=40, description="SOURCE:TARGET, e.g. USA:RUS")],
        freq: Annotated[str, Query(pattern="^(week|month)$")] = "month",
    ) -> dict[str, Any]:
        source, target = parse_dyad(dyad)
        with store() as s:
            return to_json(relation_series(s, source, target, freq))

    @app.get("/api/search", response_model=schemas.SearchResult)
    def api_search(
        q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 50
    ) -> dict[str, Any]:
        with store() as s:
            found = query.search(s, q, limit)
        return {
            "articles": [{**to_json(origin), "snippet": snippet} for origin, snippet in found.articles],
            "quotes": [f.row() for f in found.quotes],
        }

    return app

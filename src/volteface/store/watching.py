"""What keeping watch adds to the SQL store (migration 008): what a watcher has seen of each source, the alerts
it raised, the extractor version of each article (to reprocess the stale ones), and an integrity check."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime

from ..model import Alert
from .base import Seen
from .rows import CHILD_TABLES
from .sql import Row, SQLStore

IN_BATCH = 500  # values per IN (...) list


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class WatchingStore(SQLStore):
    """The shared SQL for watching, reprocessing and checking (both backends)."""

    # -- what was seen -------------------------------------------------------------------------------------

    def seen(self, source: str, items: Iterable[str]) -> dict[str, Seen]:
        """The stored state of these items of a source (items never seen are absent)."""
        items = list(dict.fromkeys(items))
        out: dict[str, Seen] = {}
        for i in range(0, len(items), IN_BATCH):
            part = items[i : i + IN_BATCH]
            for r in self._rows(
                "SELECT source, item, etag, modified, article_id, problem FROM seen "
                f"WHERE source = ? AND item IN ({', '.join('?' * len(part))})",
                [source, *part],
            ):
                out[r["item"]] = Seen(
                    r["source"], r["item"], r["etag"], r["modified"], r["article_id"], r["problem"]
                )
        return out

    def mark_seen(self, marks: Iterable[Seen]) -> None:
        """Record what was seen, in one transaction (a later mark of the same item replaces the earlier)."""
        rows = [(m.source, m.item, m.etag, m.modified, m.article_id, m.problem, now()) for m in marks]
        if not rows:
            return
        with self._transaction():
            self._run_many(
                "INSERT INTO seen (source, item, etag, modified, article_id, problem, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, item) DO UPDATE SET etag = excluded.etag, "
                "modified = excluded.modified, article_id = excluded.article_id, problem = excluded.problem, "
                "seen_at = excluded.seen_at",
                rows,
            )

    def stored_urls(self, urls: Iterable[str]) -> dict[str, str]:
        """URL → the id of a stored article from that page, for the URLs stored."""
        urls = list(dict.fromkeys(urls))
        out: dict[str, str] = {}
        for i in range(0, len(urls), IN_BATCH):
            part = urls[i : i + IN_BATCH]
            for r in self._rows(
                f"SELECT url, min(id) AS id FROM articles WHERE url IN ({', '.join('?' * len(part))}) "
                "GROUP BY url",
                part,
            ):
                out[r["url"]] = r["id"]
        return out

    def touched(self, article_ids: Iterable[str]) -> set[tuple[str, str]]:
        """The (holder, target) pairs of these articles' stances and (acting side, target) of their events:
        the series they touch."""
        ids = list(dict.fromkeys(article_ids))
        out: set[tuple[str, str]] = set()
        for i in range(0, len(ids), IN_BATCH):
            part = ids[i : i + IN_BATCH]
            marks = ", ".join("?" * len(part))
            out.update(
                (r["who"], r["toward"])
                for r in self._rows(
                    f"SELECT holder AS who, target AS toward FROM stances WHERE article_id IN ({marks}) UNION "
                    "SELECT source_actor AS who, target_actor AS toward FROM events WHERE source_actor IS NOT NULL "
                    f"AND target_actor IS NOT NULL AND article_id IN ({marks})",
                    [*part, *part],
                )
            )
        return out

    def stored_since(self, mark: str) -> list[tuple[str, str]]:
        """(id, stored_at) of the articles stored after ``mark`` (an ISO timestamp, to the microsecond), in that
        order."""
        return [
            (r["id"], r["stored_at"])
            for r in self._rows(
                "SELECT id, stored_at FROM articles WHERE stored_at > ? ORDER BY stored_at, id", (mark,)
            )
        ]

    def last_stored(self) -> str | None:
        """When the last article was stored (ISO timestamp), None for an empty store."""
        return self._rows("SELECT max(stored_at) AS last FROM articles")[0]["last"]

    # -- alerts --------------------------------------------------------------------------------------------

    def add_alert(self, alert: Alert) -> bool:
        """Store an alert; False when it is stored already (the same shift with the same evidence)."""
        with self._transaction():
            if self._rows("SELECT 1 AS found FROM alerts WHERE id = ?", (alert.id,)):
                return False
            self._run(
                "INSERT INTO alerts (id, created, holder, target, kind, evidence, support, record, sent) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    alert.id,
                    alert.created,
                    alert.holder,
                    alert.target,
                    alert.kind,
                    alert.evidence,
                    alert.support,
                    json.dumps(alert.record, ensure_ascii=False, sort_keys=True),
                    alert.sent,
                ),
            )
        return True

    def alerts(
        self,
        since: str | None = None,
        *,
        shift: tuple[str, str, str] | None = None,
        unsent: bool = False,
        limit: int | None = None,
    ) -> list[Alert]:
        """Alerts, oldest first: created after ``since`` (an ISO date or timestamp), of one (holder, target,
        kind), or not yet taken by the webhook."""
        clauses, params = ["1 = 1"], []
        if since:
            clauses.append("created > ?")
            params.append(since)
        if shift:
            clauses.append("holder = ? AND target = ? AND kind = ?")
            params.extend(shift)
        if unsent:
            clauses.append("sent IS NULL")
        rows = self._rows(
            f"SELECT * FROM alerts WHERE {' AND '.join(clauses)} ORDER BY created, id LIMIT ?",
            [*params, self.NO_LIMIT if limit is None else limit],
        )
        return [_alert(r) for r in rows]

    def mark_sent(self, alert_ids: Iterable[str]) -> None:
        """Record that the webhook took these alerts."""
        ids = list(alert_ids)
        if ids:
            with self._transaction():
                self._run_many("UPDATE alerts SET sent = ? WHERE id = ?", [(now(), i) for i in ids])

    # -- reprocessing ----------------------------------------------------------------------------------------

    def extractor_versions(self) -> list[tuple[str | None, int]]:
        """Each extractor version the stored articles were made by (None: before versions were kept), with the
        number of articles."""
        return [
            (r["v"], r["n"])
            for r in self._rows(
                "SELECT extractor_version AS v, COUNT(*) AS n FROM articles GROUP BY extractor_version "
                "ORDER BY extractor_version"
            )
        ]

    def article_ids_made_by(
        self, versions: Iterable[str | None], after: str = "", limit: int = 100
    ) -> list[str]:
        """The ids, in order after ``after``, of articles made by these extractor versions (None: unrecorded)."""
        versions = list(versions)
        named = [v for v in versions if v is not None]
        unrecorded = None in versions
        clauses = [f"extractor_version IN ({', '.join('?' * len(named))})"] if named else []
        if unrecorded:
            clauses.append("extractor_version IS NULL")
        if not clauses:
            return []
        return [
            r["id"]
            for r in self._rows(
                f"SELECT id FROM articles WHERE ({' OR '.join(clauses)}) AND id > ? ORDER BY id LIMIT ?",
                [*named, after, limit],
            )
        ]

    # -- integrity -----------------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found in the store (none: it is sound): records without their article, evidence spans
        outside their article's text, and what the backend's own check finds."""
        problems = self._own_check()
        for table in CHILD_TABLES:
            n = self._rows(
                f"SELECT COUNT(*) AS n FROM {table} r WHERE NOT EXISTS "
                "(SELECT 1 FROM articles a WHERE a.id = r.article_id)"
            )[0]["n"]
            if n:
                problems.append(f"{table}: {n} rows without their article")
        for table, start, end in (
            ("quotes", "content_start", "content_end"),
            ("events", "sentence_start", "sentence_end"),
            ("stances", "evidence_start", "evidence_end"),
        ):
            n = self._rows(
                f"SELECT COUNT(*) AS n FROM {table} r JOIN articles a ON a.id = r.article_id "
                f"WHERE r.{start} < 0 OR r.{end} < r.{start} OR r.{end} > length(a.text)"
            )[0]["n"]
            if n:
                problems.append(f"{table}: {n} evidence spans outside their article's text")
        return problems

    def _own_check(self) -> list[str]:
        """The backend's own integrity check (SQLite's; PostgreSQL keeps its own and enforces the keys)."""
        return []


def _alert(row: Row) -> Alert:
    return Alert(
        row["id"],
        row["created"],
        row["holder"],
        row["target"],
        row["kind"],
        row["evidence"],
        row["support"],
        json.loads(row["record"]),
        row["sent"],
    )

"""Alerts: after new articles are stored, shift detection runs again over the series they touch, and a shift
that is new there, or whose evidence grew, becomes an alert (stored once: its id is a hash of the shift, its two
sides' places and its support)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from ..actors import load_kb
from ..extract.propositions import propositions
from ..model import Alert, Found, Shift, Stance
from ..store import Store
from .shifts import find_shifts, government_people, state_of

ALL = 100_000  # no cut on the number of shifts read back


def new_alerts(store: Store, article_ids: Iterable[str]) -> list[Alert]:
    """The alerts the articles just stored raise (stored, and returned in order, strongest first)."""
    pairs = store.touched(article_ids)
    if not pairs:
        return []
    holders = related_holders({who for who, _ in pairs})
    targets = {side for _, target in pairs for side in _series_targets(target)}
    raised = []
    for shift in find_shifts(store, limit=ALL, among=holders):
        if shift.target not in targets:
            continue  # a shift of a touched holder toward something the new articles are not about
        alert = make_alert(store, shift)
        earlier = store.alerts(shift=(alert.holder, alert.target, alert.kind))
        if any(a.evidence == alert.evidence and a.support >= alert.support for a in earlier):
            continue  # told already, with as much evidence
        if store.add_alert(alert):
            raised.append(alert)
    return raised


def make_alert(store: Store, shift: Shift) -> Alert:
    """A shift as an alert: its id, and the record a reader gets (JSON): who turned on what, how, and each
    side's evidence with the headline, outlet, date and URL of its article."""
    places = f"{_place(shift.before)} > {_place(shift.after)}"
    support = shift.support_before + shift.support_after
    key = f"{shift.holder}|{shift.target}|{shift.kind}|{places}|{support}"
    alert_id = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    created = datetime.now(UTC).isoformat(timespec="microseconds")
    holder = store.actor(shift.holder)
    record: dict[str, Any] = {
        "id": alert_id,
        "created": created,
        "holder": shift.holder,
        "holder_name": holder.name if holder else None,
        "target": shift.target,
        "target_name": _target_name(store, shift.target),
        "kind": shift.kind,
        "magnitude": shift.magnitude,
        "strength": shift.strength,
        "support_before": shift.support_before,
        "support_after": shift.support_after,
        "before_told": shift.before_told,
        "before": _side(shift.before),
        "after": _side(shift.after),
    }
    return Alert(alert_id, created, shift.holder, shift.target, shift.kind, places, support, record)


def _place(found: Found[Stance]) -> str:
    return f"{found.origin.article_id}:{found.record.evidence_span.start}"


def _side(found: Found[Stance]) -> dict[str, Any]:
    stance, origin = found.record, found.origin
    return {
        "label": stance.label,
        "date": stance.date.isoformat() if stance.date else None,
        "speaker": stance.holder,
        "evidence": found.evidence,
        "headline": origin.title,
        "outlet": origin.outlet,
        "article_date": origin.date.isoformat() if origin.date else None,
        "url": origin.url,
        "article_id": origin.article_id,
    }


def _target_name(store: Store, target: str) -> str | None:
    for proposition in propositions():
        if proposition.id == target:
            return proposition.text
    actor = store.actor(target)
    return actor.name if actor else None


def related_holders(holders: set[str]) -> set[str]:
    """The stored holders whose evidence may share a series with these holders': each holder, and for a
    government (or a country, or a person in government office), the country, its government and every person
    the knowledge base lists in an office of that government (shift detection reads them all as one voice)."""
    countries = load_kb().countries
    out = set(holders)
    states = set()
    for holder in holders:
        person = load_kb().people.get(holder)
        if person is not None:
            states |= {r.country for r in person.roles if r.org == "GOV"}
        code = holder.removesuffix("GOV")
        if code in countries:
            states.add(code)
    for code in states:
        out |= {code, code + "GOV", *government_people(code)}
    return out


def _series_targets(target: str) -> set[str]:
    """The targets of the series a stance toward ``target`` joins: the target (a country as its government),
    and the actor a proposition's side is also a side toward."""
    out = {state_of(target)}
    for proposition in propositions():
        if proposition.id == target and proposition.toward:
            out.add(state_of(proposition.toward[0]))
    return out

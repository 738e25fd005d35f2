"""pandas DataFrames of a store's records, for notebooks: one row per record, as `export --table` writes them,
with typed columns (dates as datetimes, spans as integer offsets). pandas is an optional extra
(``pip install -e ".[frames]"``); ``docs/notebook.md`` shows them in use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .store import Selection

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

DATE_COLUMNS = (
    "date",
    "article_date",
    "before_date",
    "after_date",
    "before_article_date",
    "after_article_date",
)


def frame(store: Store, table: str, **selection: Any) -> pd.DataFrame:
    """A table of the store as a DataFrame; ``selection`` takes the fields of ``store.Selection`` (actor,
    source, target, since, until, kind, root, asserted, beliefs, text)."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - the message is the point
        raise ImportError('DataFrames need pandas: pip install -e ".[frames]"') from None
    from .export import rows

    found = pd.DataFrame(list(rows(store, table, Selection(limit=None, **selection))))
    for column in DATE_COLUMNS:
        if column in found:
            found[column] = pd.to_datetime(found[column], errors="coerce")
    for column in [c for c in found.columns if c.endswith(("_start", "_end"))]:
        found[column] = found[column].astype("Int64")  # nullable: a speaker span may be missing
    return found

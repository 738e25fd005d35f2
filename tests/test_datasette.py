"""datasette opens a store and its search box works: a quote is found by full-text search in the demo store."""

import asyncio
from importlib import resources

import pytest

from volteface.run import run
from volteface.store import Selection, open_store

pytestmark = pytest.mark.model


def test_datasette_finds_a_quote_by_full_text_search(tmp_path):
    from datasette.app import Datasette

    db = tmp_path / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
        [found] = store.quotes(Selection(limit=1))
    word = max(found.record.content.split(), key=len).strip(".,;:!?\"'()“”")

    async def search():
        datasette = Datasette([str(db)])
        page = await datasette.client.get(f"/demo/quotes.json?_search={word}&_shape=array")
        table = await datasette.client.get("/demo/quotes")
        return page, table

    page, table = asyncio.run(search())
    assert page.status_code == 200
    assert any(word.lower() in row["content"].lower() for row in page.json())
    assert 'name="_search"' in table.text  # the search box is on the table's page

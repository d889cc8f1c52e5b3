"""Each page type costs a small fixed number of queries, whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_entry, make_tag

# Pinned budgets (queries per uncached page view, with the navigation snapshot warm).
BUDGETS = {
    "/en/": 6,
    "/en/news/": 3,
    "/en/news/delegation/": 8,
    "/en/products/bonded-warehouse/": 8,
    "/en/about/": 1,
    "/en/tags/trade/": 4,
    "/en/search/?q=delegation": 3,
}


def _count(client, path) -> int:
    client.get(path)  # warm the snapshot
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(ctx.captured_queries)


@pytest.mark.parametrize("path, budget", BUDGETS.items())
def test_page_within_budget(client, site, path, budget):
    assert _count(client, path) == budget


@pytest.mark.parametrize("path", list(BUDGETS))
def test_queries_do_not_grow_with_data(client, site, path):
    before = _count(client, path)
    tag = site["tag"]
    for column in (site["news"], site["company"], site["products"]):
        for _ in range(15):
            entry = make_entry(column, "Delegation follow-up")
            entry.tags.add(tag, make_tag(column.language, f"Extra {entry.pk}"))
    assert _count(client, path) == before

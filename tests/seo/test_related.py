"""Related entries on entry pages: same language, most shared tags, public only, one query."""

from datetime import timedelta

from sitecraft.content.selectors import list_related
from tests.factories import make_entry, make_tag


def _titles(html):
    start = html.find('class="related"')
    return html[start : html.find("</section>", start)] if start >= 0 else ""


def test_most_shared_tags_first_then_newest(client, site):
    news, article = site["news"], site["article"]
    trade, port = site["tag"], make_tag(site["en"], "Port")
    article.tags.add(port)
    both = make_entry(news, "Shares both", slug="both", ago=timedelta(days=9))
    both.tags.add(trade, port)
    newest_one = make_entry(site["products"], "Shares one, newest", ago=timedelta(minutes=5))
    newest_one.tags.add(port)
    unrelated = make_entry(news, "Unrelated", slug="unrelated")
    unrelated.tags.add(make_tag(site["en"], "Other"))
    related = list_related(article, list(article.tags.all()))
    titles = [e.title for e in related]
    assert titles[:2] == ["Shares both", "Shares one, newest"]
    assert "Older news" in titles  # shares one tag, older
    assert "Unrelated" not in titles and "Zone welcomes delegation" not in titles
    assert related[0].shared == 2
    html = client.get("/en/news/delegation/").content.decode()
    block = _titles(html)
    assert "Shares both" in block and 'href="/en/news/both/"' in block
    assert block.index("Shares both") < block.index("Older news")


def test_secret_and_foreign_entries_are_never_related(client, site):
    tag = site["tag"]  # the fixture's secrets (draft, hidden, scheduled, deleted) carry it
    zh_tagged = site["zh_article"]
    zh_tagged.tags.add(tag)
    block = _titles(client.get("/en/news/delegation/").content.decode())
    assert "Older news" in block
    for secret in site["secrets"]:
        assert secret.title not in block
    assert zh_tagged.title not in block


def test_at_most_five(site):
    article, tag = site["article"], site["tag"]
    for n in range(8):
        make_entry(site["news"], f"Tagged {n}").tags.add(tag)
    assert len(list_related(article, [tag])) == 5


def test_no_tags_no_related_and_no_query(client, site, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert list_related(site["product"], []) == []
    html = client.get("/en/products/bonded-warehouse/").content.decode()
    assert 'class="related"' not in html


def test_related_costs_one_query(site, django_assert_num_queries):
    article = site["article"]
    tags = list(article.tags.all())
    with django_assert_num_queries(1):
        list_related(article, tags)

import pytest

from tests.factories import make_column, make_entry, make_language


@pytest.fixture
def corpus(db):
    """Three languages with entries worth searching for."""
    en = make_language("en")
    zh = make_language("zh", default=False, html_lang="zh-CN", ui_locale="zh-hans")
    ru = make_language("ru", default=False, ui_locale="ru")
    news = make_column(en, "article", folder="news", name="News")
    products = make_column(en, "product", folder="products", name="Products")
    zh_news = make_column(zh, "article", folder="news", name="新闻")
    ru_news = make_column(ru, "article", folder="news", name="Новости")
    return {
        "en": en,
        "zh": zh,
        "ru": ru,
        "news": news,
        "products": products,
        "zh_news": zh_news,
        "ru_news": ru_news,
        "title_hit": make_entry(news, "Investment forum opens", body="<p>A forum.</p>"),
        "body_hit": make_entry(
            news, "Port news", body="<p>The port attracts investment and invests in cranes.</p>"
        ),
        "product": make_entry(products, "Cold storage", body="<p>Investment grade storage.</p>"),
        "ru_entry": make_entry(
            ru_news, "Развитие логистики", body="<p>Новый логистический центр и логистику.</p>"
        ),
    }

"""The content model: sanitising, custom parameters, the column tree, translations."""

import pytest
from django.core.exceptions import ValidationError

from sitecraft.columns.models import ParamDefinition
from sitecraft.content.html import sanitize_html
from sitecraft.content.models import Entry
from tests.factories import make_column, make_entry, make_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "dirty, forbidden",
    [
        ('<p onclick="alert(1)">x</p>', "onclick"),
        ("<script>alert(1)</script><p>x</p>", "<script"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ("<iframe src='https://evil.example'></iframe>", "<iframe"),
        ('<p style="background:url(x)">x</p>', "style="),
        ("<svg><script>alert(1)</script></svg>", "<svg"),
        ("<!-- secret --><p>x</p>", "secret"),
    ],
)
def test_rich_html_is_sanitised_on_save(dirty, forbidden):
    column = make_column(make_language(), "article")
    entry = make_entry(column, body=dirty)
    entry.refresh_from_db()
    assert forbidden not in entry.body
    assert forbidden not in sanitize_html(dirty)


def test_sanitiser_keeps_editorial_html():
    html = (
        '<h2>Heading</h2><p><strong>Bold</strong> <a href="https://example.com">link</a></p>'
        "<table><tbody><tr><td>cell</td></tr></tbody></table><ul><li>item</li></ul>"
    )
    cleaned = sanitize_html(html)
    for fragment in ("<h2>", "<strong>", 'href="https://example.com"', "<table>", "<li>"):
        assert fragment in cleaned
    assert 'rel="noopener noreferrer"' in cleaned


def test_column_body_is_sanitised():
    column = make_column(make_language(), "about", body="<p>Hi</p><script>x()</script>")
    column.refresh_from_db()
    assert column.body == "<p>Hi</p>"


def test_columns_nest_three_levels_at_most():
    language = make_language()
    one = make_column(language, "article")
    two = make_column(language, "article", parent=one)
    three = make_column(language, "article", parent=two)
    assert (one.level, two.level, three.level) == (1, 2, 3)
    with pytest.raises(ValidationError, match="at most 3 levels"):
        make_column(language, "article", parent=three)


def test_column_cannot_be_its_own_ancestor():
    language = make_language()
    one = make_column(language, "article")
    two = make_column(language, "article", parent=one)
    one.parent = two
    with pytest.raises(ValidationError):
        one.full_clean()


def test_column_folder_is_validated_and_unique_per_language():
    en = make_language()
    zh = make_language("zh", default=False)
    make_column(en, "article", folder="news")
    make_column(zh, "article", folder="news")  # same folder, other language: fine
    with pytest.raises(ValidationError):
        make_column(en, "article", folder="news")
    for bad in ("News", "news/../x", "новости", "a b", "search"):
        with pytest.raises(ValidationError):
            make_column(en, "article", folder=bad)


def test_parent_must_share_the_language():
    en = make_language()
    zh = make_language("zh", default=False)
    with pytest.raises(ValidationError):
        make_column(zh, "article", parent=make_column(en, "article"))


def test_one_default_language():
    en = make_language("en")
    ru = make_language("ru", default=True)
    en.refresh_from_db()
    assert ru.is_default and not en.is_default


def test_entry_follows_its_column_module_and_language():
    language = make_language()
    products = make_column(language, "product")
    entry = make_entry(products)
    assert entry.module == "product"
    assert entry.language_id == language.id


def test_about_column_takes_no_entries():
    about = make_column(make_language(), "about")
    with pytest.raises(ValidationError):
        make_entry(about)


def test_entry_slug_unique_per_column():
    news = make_column(make_language(), "article")
    make_entry(news, slug="same")
    with pytest.raises(ValidationError):
        make_entry(news, slug="same")


def test_translations_are_linked_by_key():
    en = make_language()
    zh = make_language("zh", default=False)
    news_en = make_column(en, "article", folder="news")
    news_zh = make_column(zh, "article", folder="news", translation_key=news_en.translation_key)
    original = make_entry(news_en, slug="visit")
    translated = make_entry(news_zh, slug="visit", translation_key=original.translation_key)
    group = Entry.objects.filter(translation_key=original.translation_key)
    assert set(group) == {original, translated}


@pytest.fixture
def product_column():
    column = make_column(make_language(), "product")
    defs = [
        ("price", "number", [], True),
        ("brand", "text", [], False),
        ("size", "select", ["S", "M", "L"], False),
        ("photo", "image", [], False),
        ("manual", "file", [], False),
    ]
    for order, (key, kind, options, required) in enumerate(defs):
        param = ParamDefinition(
            column=column,
            key=key,
            label=key.title(),
            type=kind,
            options=options,
            required=required,
            sort_order=order,
        )
        param.full_clean()
        param.save()
    return column


def test_valid_params_are_cleaned(product_column):
    entry = make_entry(
        product_column,
        params={
            "price": "12.50",
            "brand": "  Acme ",
            "size": "M",
            "photo": "covers/a.jpg",
            "manual": "files/manual.pdf",
        },
    )
    assert entry.params == {
        "price": 12.5,
        "brand": "Acme",
        "size": "M",
        "photo": "covers/a.jpg",
        "manual": "files/manual.pdf",
    }


@pytest.mark.parametrize(
    "params",
    [
        {},  # price is required
        {"price": "abc"},
        {"price": "NaN"},
        {"price": "1e400"},
        {"price": True},
        {"price": 1, "size": "XL"},  # forged select value
        {"price": 1, "unknown": "x"},  # undeclared parameter
        {"price": 1, "photo": "../../etc/passwd.jpg"},
        {"price": 1, "photo": "/etc/x.jpg"},
        {"price": 1, "photo": "covers/shell.php"},
        {"price": 1, "manual": "files/run.exe"},
        {"price": 1, "brand": "x" * 501},
        {"price": 1, "brand": "nul\x00byte"},
        {"price": 1, "brand": ["list"]},
    ],
)
def test_invalid_params_are_refused(product_column, params):
    with pytest.raises(ValidationError):
        make_entry(product_column, params=params)
    assert not Entry.objects.exists()


def test_params_must_be_a_mapping(product_column):
    with pytest.raises(ValidationError):
        make_entry(product_column, params=["price", 1])


def test_select_param_needs_options():
    column = make_column(make_language(), "product")
    param = ParamDefinition(column=column, key="k", label="K", type="select", options=[])
    with pytest.raises(ValidationError):
        param.full_clean()


def test_empty_slug_and_folder_are_made_from_the_title():
    zh = make_language("zh", html_lang="zh-CN")
    from sitecraft.columns.models import Column

    column = Column(language=zh, module="article", folder="", name="新闻中心")
    column.full_clean()
    column.save()
    assert column.folder == "xin-wen-zhong-xin"
    entries = []
    for _ in range(2):
        entry = Entry(language=zh, column=column, title="上合示范区迎来代表团", slug="")
        entry.full_clean()
        entry.save()
        entries.append(entry)
    first, second = entries
    assert first.slug.startswith("shang-he") and second.slug == first.slug + "-2"

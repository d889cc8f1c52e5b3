"""The theme and the admin speak English, Simplified Chinese and Russian."""

import pytest
from django.utils import translation


@pytest.mark.parametrize(
    "locale, expected",
    [
        ("zh-hans", "跳到主要内容"),
        ("ru", "Перейти к основному содержанию"),
        ("en", "Skip to content"),
    ],
)
def test_catalogues_are_compiled_and_loaded(locale, expected):
    with translation.override(locale):
        assert translation.gettext("Skip to content") == expected


def test_public_pages_use_the_languages_wording(client, site):
    zh_home = client.get("/zh/").content.decode()
    assert "跳到主要内容" in zh_home
    assert "首页" in zh_home
    en_home = client.get("/en/").content.decode()
    assert "Skip to content" in en_home


def test_every_string_is_translated():
    from pathlib import Path

    import sitecraft

    for lang in ("zh_Hans", "ru"):
        po = Path(sitecraft.__file__).parent / "locale" / lang / "LC_MESSAGES" / "django.po"
        lines = po.read_text(encoding="utf-8").splitlines()
        missing = []
        for number, line in enumerate(lines):
            empty = line in ('msgstr ""', 'msgstr[0] ""')
            continued = number + 1 < len(lines) and lines[number + 1].startswith('"')
            if empty and not continued and lines[number - 1] != 'msgid ""':
                missing.append(lines[number - 1])
        assert not missing, (lang, missing[:5])

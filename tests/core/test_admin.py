"""The admin opens every model's pages for an administrator, in the chosen language."""

import pytest
from django.contrib.auth import get_user_model

MODELS = [
    "sites/language",
    "columns/column",
    "columns/banner",
    "content/entry",
    "content/tag",
]


@pytest.fixture
def admin_client(client, site):
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw-123456789")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", MODELS)
def test_changelist_and_add_pages(admin_client, model):
    assert admin_client.get(f"/admin/{model}/").status_code == 200
    assert admin_client.get(f"/admin/{model}/add/").status_code == 200


def test_change_pages(admin_client, site):
    assert admin_client.get(f"/admin/content/entry/{site['article'].pk}/change/").status_code == 200
    assert admin_client.get(f"/admin/columns/column/{site['news'].pk}/change/").status_code == 200


def test_anonymous_is_sent_to_login(client, db):
    response = client.get("/admin/content/entry/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("accept, word", [("zh-hans", "登录"), ("ru", "Войти"), ("en", "Log in")])
def test_admin_speaks_the_users_language(client, db, accept, word):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=accept)
    assert word in response.content.decode()

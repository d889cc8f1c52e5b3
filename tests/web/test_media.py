"""Uploaded media are served safely: no traversal, no active content, no members-only leaks."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from sitecraft.content.models import Attachment


@pytest.fixture
def media_files(db):
    names = {
        "image": default_storage.save("covers/test/pic.png", ContentFile(b"\x89PNG\r\n\x1a\n....")),
        "html": default_storage.save(
            "files/test/page.html", ContentFile(b"<script>alert(1)</script>")
        ),
        "svg": default_storage.save(
            "files/test/logo.svg", ContentFile(b"<svg onload='alert(1)'/>")
        ),
        "pdf": default_storage.save("files/test/guide.pdf", ContentFile(b"%PDF-1.4 test")),
    }
    yield names
    for name in names.values():
        default_storage.delete(name)


def test_images_are_inline(client, media_files):
    response = client.get(settings.MEDIA_URL + media_files["image"])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize("kind", ["html", "svg"])
def test_active_content_is_only_ever_a_download(client, media_files, kind):
    response = client.get(settings.MEDIA_URL + media_files[kind])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


def test_members_only_attachment_is_refused(client, site, media_files):
    Attachment.objects.create(
        entry=site["download"], file=media_files["pdf"], title="Guide", download_level=1
    )
    assert client.get(settings.MEDIA_URL + media_files["pdf"]).status_code == 403
    page = client.get("/en/downloads/investment-guide/").content.decode()
    assert media_files["pdf"] not in page


def test_public_attachment_is_served(client, site, media_files):
    Attachment.objects.create(entry=site["download"], file=media_files["pdf"], title="Guide")
    assert client.get(settings.MEDIA_URL + media_files["pdf"]).status_code == 200
    page = client.get("/en/downloads/investment-guide/").content.decode()
    assert media_files["pdf"] in page


def test_post_is_refused(client, media_files):
    assert client.post(settings.MEDIA_URL + media_files["image"]).status_code in (403, 405)

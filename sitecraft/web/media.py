"""Serving uploaded media without letting an upload become active content on our origin."""

from __future__ import annotations

import mimetypes
import posixpath

from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpRequest
from django.utils._os import safe_join
from django.views.decorators.http import require_safe

INLINE_TYPES = {
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "video/mp4",
    "application/pdf",
}


@require_safe
def serve_media(request: HttpRequest, path: str) -> FileResponse:
    """Serve a media file: images inline, everything else as a download, never as HTML/SVG."""
    if "\x00" in path or len(path) > 500:
        raise Http404
    try:
        full = safe_join(settings.MEDIA_ROOT, posixpath.normpath(path).lstrip("/"))
    except SuspiciousFileOperation:  # the path climbs out of MEDIA_ROOT
        raise Http404 from None
    try:
        handle = open(full, "rb")  # noqa: SIM115 - FileResponse closes it
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        raise Http404 from None
    if _members_only_file(path):
        handle.close()
        raise PermissionDenied
    content_type, _ = mimetypes.guess_type(full)
    inline = content_type in INLINE_TYPES
    response = FileResponse(
        handle,
        content_type=content_type if inline else "application/octet-stream",
        as_attachment=not inline,
        filename=posixpath.basename(full),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _members_only_file(path: str) -> bool:
    """Whether ``path`` is an attachment that needs a member level to download.

    Until members can sign in, such files are refused to everyone on the public site.
    """
    if not path.startswith("files/"):
        return False
    from sitecraft.content.models import Attachment

    return Attachment.objects.filter(file=path, download_level__gt=0).exists()

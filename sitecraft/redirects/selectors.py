"""Reads of redirects."""

from __future__ import annotations

from sitecraft.redirects.models import PATH_MAX, Redirect


def get_redirect(path: str) -> Redirect | None:
    """The redirect for ``path``, else for ``path`` with its trailing slash toggled (one query)."""
    if not path or len(path) > PATH_MAX:
        return None
    twin = path[:-1] if path.endswith("/") and len(path) > 1 else f"{path}/"
    candidates = [p for p in (path, twin) if len(p) <= PATH_MAX]
    found = {r.old_path: r for r in Redirect.objects.filter(old_path__in=candidates)}
    return found.get(path) or found.get(twin)

"""Optional permanent redirects to the canonical scheme and host: https, and www or bare.

Settings (both off by default)::

    SITECRAFT_FORCE_HTTPS = True          # http://… -> https://…
    SITECRAFT_WWW_REDIRECT = "www"        # example.com -> www.example.com ("bare": the reverse)

The target is built from ``SITECRAFT_BASE_URL`` and the languages' own domains, never from the
request's Host header: a request is redirected only when its host is one of those configured
hosts or their www/bare twin, so a forged Host can never choose where a visitor is sent.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponsePermanentRedirect


def _twin(host: str) -> str:
    return host[4:] if host.startswith("www.") else f"www.{host}"


def _preferred(host: str, mode: str) -> str:
    if mode == "www" and not host.startswith("www."):
        return f"www.{host}"
    if mode == "bare" and host.startswith("www."):
        return host[4:]
    return host


class CanonicalHostMiddleware:
    """Answer 301 to the https and/or www-or-bare version of a configured host."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        target = self.target(request)
        if target is not None:
            return HttpResponsePermanentRedirect(target)
        return self.get_response(request)

    def target(self, request) -> str | None:
        force_https = bool(getattr(settings, "SITECRAFT_FORCE_HTTPS", False))
        www_mode = (getattr(settings, "SITECRAFT_WWW_REDIRECT", "") or "").strip().lower()
        if www_mode not in {"www", "bare"}:
            www_mode = ""
        if not force_https and not www_mode:
            return None
        try:
            request_host = request.get_host().split(":", 1)[0].lower()
        except DisallowedHost:
            return None  # Django answers 400 on its own
        base = urlsplit(settings.SITECRAFT_BASE_URL)
        canonical = self._canonical_host(request_host, (base.hostname or "").lower())
        if canonical is None:
            return None
        want_host = _preferred(canonical, www_mode) if www_mode else request_host
        want_scheme = "https" if force_https else request.scheme
        if want_host == request_host and want_scheme == request.scheme:
            return None
        port = f":{base.port}" if base.port and canonical == base.hostname else ""
        return f"{want_scheme}://{want_host}{port}{request.get_full_path()}"

    @staticmethod
    def _canonical_host(request_host: str, base_host: str) -> str | None:
        """The configured host that ``request_host`` spells (itself or its www/bare twin)."""
        if base_host and request_host in {base_host, _twin(base_host)}:
            return base_host
        from sitecraft.web.snapshot import get_snapshot

        try:
            languages = get_snapshot().languages  # only for hosts other than the base URL's
        except Exception:  # noqa: BLE001 - no database yet: the base URL alone decides
            return None
        for language in languages:
            domain = language.domain.lower()
            if domain and request_host in {domain, _twin(domain)}:
                return domain
        return None

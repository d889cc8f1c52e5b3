"""Security headers for every response, and the admin's interface language."""

from __future__ import annotations

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

PUBLIC_CSP = (
    "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-src https:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Add a strict Content-Security-Policy to public pages and a Permissions-Policy to all."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.SITECRAFT_ADMIN_PREFIX}/"

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(self.admin_prefix):
            response.setdefault("Content-Security-Policy", PUBLIC_CSP)
        return response


class AdminLocaleMiddleware(LocaleMiddleware):
    """Choose the interface language in the admin only.

    Public pages take their language from the URL; running Django's locale negotiation there
    would add ``Vary: Accept-Language`` and split every cached page by browser language.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self.admin_prefix = f"/{settings.SITECRAFT_ADMIN_PREFIX}/"

    def process_request(self, request):
        if request.path.startswith(self.admin_prefix):
            super().process_request(request)

    def process_response(self, request, response):
        if request.path.startswith(self.admin_prefix):
            return super().process_response(request, response)
        return response

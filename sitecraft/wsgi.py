"""WSGI entry point: ``sitecraft.wsgi:application``."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitecraft.settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

from sitecraft.web.pagecache import install  # noqa: E402

django_application = get_wsgi_application()
# The page cache answers anonymous page views before Django's middleware and routing run.
application = install(django_application)

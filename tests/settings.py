"""Settings for the test suite: the real settings, on a throw-away data directory."""

import os
import tempfile

os.environ["SITECRAFT_DATA_DIR"] = tempfile.mkdtemp(prefix="sitecraft-test-")
os.environ.pop("SITECRAFT_PRODUCTION", None)

from sitecraft.settings import *  # noqa: E402,F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_suite_runs_on_the_expected_database():
    """CI names the database it meant to test; make sure this run really uses it."""
    expected = os.environ.get("SITECRAFT_EXPECT_DB", "sqlite")
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone()[0] == 1

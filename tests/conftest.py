import pytest

from sitecraft.web.snapshot import clear_snapshot


@pytest.fixture(autouse=True)
def _fresh_snapshot():
    """Each test sees its own database: never reuse another test's in-memory snapshot."""
    clear_snapshot()
    yield
    clear_snapshot()

import pytest

from sitecraft.content.models import Entry
from sitecraft.demo.loader import load_demo


@pytest.fixture
def demo(db):
    assert load_demo() is True
    return Entry.objects.count()

import os

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache


def test_cache_backend_follows_redis_url():
    """With REDIS_URL the shared cache is Redis (real server in CI); without it, local memory."""
    cache = caches["default"]
    if os.environ.get("REDIS_URL"):
        assert isinstance(cache, RedisCache)
    else:
        assert isinstance(cache, LocMemCache)
    cache.set("sitecraft-test-key", {"value": "一二三"}, 30)
    assert cache.get("sitecraft-test-key") == {"value": "一二三"}
    cache.delete("sitecraft-test-key")

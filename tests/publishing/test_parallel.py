"""The parallel publish (``--jobs 2``, worker processes) writes the same tree as one process.

Worker processes cannot see a test's open transaction, so this runs the real command line in a
subprocess against its own SQLite database holding the demo site.
"""

import os
import re
import subprocess
import sys
from pathlib import Path


def _run(args, data_dir: Path) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SITECRAFT_", "DATABASE_URL", "DJANGO_SETTINGS", "REDIS_URL"))
    }
    env.update(
        SITECRAFT_DATA_DIR=str(data_dir),
        SITECRAFT_ADMIN_PASSWORD="parallel-publish-test",
        DATABASE_URL=f"sqlite:///{data_dir / 'site.sqlite3'}",
        PYTHONPATH=str(Path.cwd()),
    )
    result = subprocess.run(
        [sys.executable, "-m", "sitecraft", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_parallel_publish_equals_a_single_process_publish(tmp_path):
    data = tmp_path / "data"
    _run(["demo", "--no-serve", "-v", "0"], data)
    parallel = _run(["publish", "--jobs", "2", "--out", str(tmp_path / "a")], data)
    single = _run(["publish", "--jobs", "1", "--out", str(tmp_path / "b")], data)
    assert "2 jobs" in parallel.stdout and "pages/s" in parallel.stdout
    assert "Pages:" in parallel.stderr and "Pages:" in single.stderr
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert a.keys() == b.keys() and len(a) > 300
    for name in a:
        assert _undated(a[name]) == _undated(b[name]), name


def _undated(body: bytes) -> bytes:
    """Blank the build time of an empty feed: with no entries, Django dates a feed "now"."""
    if b"<item>" in body or b"<entry>" in body:
        return body
    return re.sub(rb"<(lastBuildDate|updated)>[^<]*</", rb"<\1></", body)

"""benchmarks/run.py counts a command's worker processes in its peak memory (issue 15)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: A parent of ~10 MB whose two workers each hold 150 MB at once, for a moment.
CHILD = """
import multiprocessing, time
def hold(_):
    block = bytearray(150 * 2**20)
    block[::4096] = b"x" * len(block[::4096])
    time.sleep(0.5)
if __name__ == "__main__":
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(hold, [1, 2])
"""


def _run_module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_run"] = module  # its dataclasses look themselves up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_the_peak_is_the_sum_over_the_workers(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    _wall, peak_mb, code = _run_module().timed([sys.executable, str(script)], tmp_path)
    assert code == 0
    # Either worker alone is ~160 MB (ru_maxrss would say so); both at once are over 300.
    assert peak_mb > 300

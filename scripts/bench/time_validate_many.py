#!/usr/bin/env python3
"""`validate_many` of the 10,000 documents of `make_documents.py`, pinned to one core: best and
median CPU time (and best wall time) of `ROUNDS` passes after a warm-up. Run it with two wheels
interleaved (`PYTHONPATH=<other site>` for the other) to compare them.

    python/.venv/bin/python scripts/bench/time_validate_many.py 3
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_documents  # noqa: E402

import territoire_sante as ts  # noqa: E402

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
docs = make_documents.make(10_000)
v = ts.Validator(as_of="2024-06-30")
v.validate_many(docs[:200])
cpu, wall = [], []
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
    t, c = time.perf_counter(), time.process_time()
    v.validate_many(docs)
    wall.append(time.perf_counter() - t)
    cpu.append(time.process_time() - c)
print(
    f"{ts.__file__}: validate_many, 10,000 dicts, one core: CPU min {min(cpu) * 1000:.0f} ms, "
    f"median {sorted(cpu)[len(cpu) // 2] * 1000:.0f} ms; wall min {min(wall) * 1000:.0f} ms; "
    f"load {os.getloadavg()[0]:.1f}"
)

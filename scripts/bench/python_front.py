#!/usr/bin/env python3
"""Times the Python front on the 10,000 documents of `make_documents.py`: `validate(dict)` in a
loop, `validate_many(dicts)`, `validate_many` of the same documents as JSON text, and the
DataFrame views of the reports (`to_pandas`, and `to_polars`/`to_arrow` where the installed
package has them and polars/pyarrow are installed).
Best of `--repeat` passes each, after a warm-up on 200 documents. `--save FILE` writes the
(code, severity, path) of every finding, so that two builds can be shown to give the same reports
(`--compare FILE`).

    python/.venv/bin/python scripts/bench/python_front.py --n 10000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_documents  # noqa: E402

import territoire_sante as ts  # noqa: E402


def best(f: Callable[[], Any], repeat: int) -> "tuple[str, Any]":
    """Best wall time and best CPU time (all threads of the process) of `repeat` runs: on a
    machine shared with other work, the CPU time moves less with the load."""
    wall, cpu = [], []
    out = None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = f()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return f"{min(wall) * 1000:8.0f} ms wall, {min(cpu) * 1000:8.0f} ms CPU", out


def findings(reports: Any) -> List[List[List[str]]]:
    return [sorted([d.code, d.severity, d.path] for d in r.diagnostics) for r in reports]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--as-of", default="2024-06-30")
    p.add_argument("--save")
    p.add_argument("--compare")
    args = p.parse_args()
    docs = make_documents.make(args.n)
    v = ts.Validator(as_of=args.as_of)
    v.validate_many(docs[:200])
    print(f"territoire_sante {ts.__version__}, {args.n} documents, load {os.getloadavg()[0]:.1f}")
    t, _ = best(lambda: [v.validate(d) for d in docs], args.repeat)
    print(f"validate(dict) loop : {t}")
    t, reports = best(lambda: v.validate_many(docs), args.repeat)
    print(f"validate_many(dicts): {t}")
    # The same documents as JSON text: what the dict path costs beyond reading text.
    texts = [json.dumps(d, ensure_ascii=False) for d in docs]
    t, _ = best(lambda: v.validate_many(texts), args.repeat)
    print(f"validate_many(texts): {t}")
    n = sum(len(r) for r in reports)
    print(f"  {n} findings")
    for name in ("to_pandas", "to_polars", "to_arrow"):
        if not hasattr(reports, name):
            continue
        try:
            t, frame = best(getattr(reports, name), args.repeat)
        except ImportError as e:
            print(f"{name}: skipped ({e})")
            continue
        print(f"Reports.{name}(): {t} ({len(frame)} rows)")
    got = findings(reports)
    if args.save:
        Path(args.save).write_text(json.dumps(got), encoding="utf-8")
    if args.compare:
        want = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        print("same findings as", args.compare, ":", got == want)


if __name__ == "__main__":
    main()

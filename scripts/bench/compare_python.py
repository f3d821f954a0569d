#!/usr/bin/env python3
"""Python comparison (a benchmark, not a test): on the same 10,000 documents, territoire-sante's
`validate_many` (every rule) against structure-only validation by `jsonschema` (Draft 2020-12 on
`docs/schema/document.json`), `fastjsonschema`, and pydantic v2 models generated from the same
schema by `datamodel-code-generator`. One run; prints a table with ratios.

Run with the project's virtualenv (built by `scripts/test-python.sh`, which installs the wheel):

    python/.venv/bin/python scripts/bench/compare_python.py [--n 10000] [--repeat 3]

When the wheel is not installed, the script builds and installs it the way `scripts/test-python.sh`
does (`maturin build --release`, then `pip install --force-reinstall --no-deps`). Its own
dependencies (jsonschema, fastjsonschema, pydantic, datamodel-code-generator) are installed into
the running environment with pip when missing. The pydantic models are generated into a
temporary directory at each run and never kept.

Times are the best of `--repeat` runs (wall clock). `validate_many` spreads the batch over the
available cores (at most 8); the table also gives it pinned to one core, and `validate` called in
a Python loop, so that single-threaded validators are compared on equal terms.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "docs" / "schema" / "document.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_documents import make  # noqa: E402

DEPS = {
    "jsonschema": "jsonschema",
    "fastjsonschema": "fastjsonschema",
    "pydantic": "pydantic>=2",
    "datamodel_code_generator": "datamodel-code-generator",
}


def pip(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args],
        check=True,
    )


def ensure_deps() -> None:
    missing = []
    for module, dist in DEPS.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(dist)
    if missing:
        print(f"-- installing {' '.join(missing)}", file=sys.stderr)
        pip(*missing)
        importlib.invalidate_caches()


def ensure_wheel() -> None:
    try:
        importlib.import_module("territoire_sante")
        return
    except ImportError:
        pass
    print("-- territoire_sante absent: building the wheel (release)", file=sys.stderr)
    pip("maturin")
    wheels = ROOT / "target" / "wheels"
    for old in wheels.glob("territoire_sante-*.whl"):
        old.unlink()
    subprocess.run(
        [sys.executable, "-m", "maturin", "build", "--release", "--quiet",
         "--interpreter", sys.executable, "--out", str(wheels)],
        cwd=ROOT / "python", check=True,
    )
    pip("--force-reinstall", "--no-deps", str(next(wheels.glob("territoire_sante-*.whl"))))
    importlib.invalidate_caches()


def pydantic_model(tmp: Path) -> Any:
    """The root model datamodel-code-generator makes of `document.json`, imported from `tmp`."""
    out = tmp / "ts_models.py"
    subprocess.run(
        [sys.executable, "-m", "datamodel_code_generator",
         "--input", str(SCHEMA), "--input-file-type", "jsonschema",
         "--output-model-type", "pydantic_v2.BaseModel",
         "--target-python-version", f"{sys.version_info.major}.{sys.version_info.minor}",
         "--output", str(out)],
        check=True,
    )
    sys.path.insert(0, str(tmp))
    mod = importlib.import_module("ts_models")
    from pydantic import RootModel

    # The schema's top level is a oneOf of the document kinds: the generator makes it a
    # RootModel named after the schema's title (or `Model`); take the last RootModel defined.
    roots = [
        v for v in vars(mod).values()
        if isinstance(v, type) and issubclass(v, RootModel) and v.__module__ == "ts_models"
    ]
    title = json.loads(SCHEMA.read_text(encoding="utf-8")).get("title", "Model")
    named = [r for r in roots if r.__name__ in (title, "Model")]
    return (named or roots)[-1]


def best(fn: Callable[[], Any], repeat: int) -> Tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--as-of", default="2021-06-30")
    args = ap.parse_args()

    ensure_deps()
    ensure_wheel()
    import fastjsonschema
    import jsonschema
    import territoire_sante as ts

    docs: List[Dict[str, Any]] = make(args.n)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    size = sum(len(json.dumps(d, ensure_ascii=False)) for d in docs)
    print(f"{len(docs)} documents, {size / 1e6:.1f} MB of JSON; territoire-sante "
          f"{ts.__version__} ({len(ts.rules())} rules); jsonschema {metadata.version('jsonschema')}, "
          f"fastjsonschema {fastjsonschema.VERSION}; Python {sys.version.split()[0]}; "
          f"{os.cpu_count()} CPUs")

    v = ts.Validator(as_of=args.as_of)
    js = jsonschema.Draft202012Validator(schema)
    fjs = fastjsonschema.compile(schema)

    rows: List[Tuple[str, float, str]] = []

    def ours_many() -> int:
        return sum(r.valid for r in v.validate_many(docs))

    def ours_many_one_core() -> int:
        # validate_many sizes its thread pool from the calling thread's affinity.
        saved = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(saved)})
        try:
            return sum(r.valid for r in v.validate_many(docs))
        finally:
            os.sched_setaffinity(0, saved)

    def ours_loop() -> int:
        return sum(v.validate(d).valid for d in docs)

    def js_run() -> int:
        return sum(1 for d in docs if not any(True for _ in js.iter_errors(d)))

    def fjs_run() -> int:
        ok = 0
        for d in docs:
            try:
                fjs(d)
                ok += 1
            except fastjsonschema.JsonSchemaValueException:
                pass
        return ok

    with tempfile.TemporaryDirectory(prefix="ts-pydantic-") as tmp:
        t = time.perf_counter()
        model = pydantic_model(Path(tmp))
        gen = time.perf_counter() - t
        from pydantic import ValidationError

        def pyd_run() -> int:
            ok = 0
            for d in docs:
                try:
                    model.model_validate(d)
                    ok += 1
                except ValidationError:
                    pass
            return ok

        cases = [
            ("territoire-sante validate_many, all rules (all cores)", ours_many, "valid (rules)"),
            ("territoire-sante validate_many, all rules (one core)", ours_many_one_core, "valid (rules)"),
            ("territoire-sante validate in a loop, all rules", ours_loop, "valid (rules)"),
            ("jsonschema Draft 2020-12, structure only", js_run, "schema-valid"),
            ("fastjsonschema, structure only", fjs_run, "schema-valid"),
            (f"pydantic v2 (datamodel-codegen, {model.__name__}), structure only", pyd_run, "model-valid"),
        ]
        results: Dict[str, Tuple[float, int]] = {}
        for name, fn, what in cases:
            fn()  # warm up (imports, caches, compiled validators)
            secs, ok = best(fn, args.repeat)
            print(f"  {name}: {secs:.2f} s", file=sys.stderr, flush=True)
            results[name] = (secs, ok)
            rows.append((name, secs, f"{ok}/{len(docs)} {what}"))
        print(f"(pydantic models generated in {gen:.1f} s, not counted)")

    ref_all = results[cases[0][0]][0]
    ref_one = results[cases[1][0]][0]
    w = max(len(r[0]) for r in rows)
    print()
    print(f"{'validator':<{w}}  {'time':>9}  {'docs/s':>9}  {'÷ ours all cores':>16}  {'÷ ours one core':>15}  outcome")
    for name, secs, outcome in rows:
        print(f"{name:<{w}}  {secs * 1e3:7.0f}ms  {len(docs) / secs:9.0f}  "
              f"{secs / ref_all:15.1f}×  {secs / ref_one:14.1f}×  {outcome}")
    print()
    js_t = results[cases[3][0]][0]
    pyd_t = results[cases[5][0]][0]
    print(f"target ≥ 50× jsonschema: {js_t / ref_all:.1f}× (all cores), {js_t / ref_one:.1f}× (one core)")
    print(f"target not slower than pydantic: {pyd_t / ref_all:.2f}× (all cores), {pyd_t / ref_one:.2f}× (one core)")


if __name__ == "__main__":
    main()

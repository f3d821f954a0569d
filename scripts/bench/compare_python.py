#!/usr/bin/env python3
"""Python comparison (a benchmark, not a test): on the same documents (10,000 by default, from
`make_documents.py`, all valid against `docs/schema/document.json`), territoire-sante's
validation (every rule) against structure-only validation by `jsonschema-rs` (`is_valid` and
`iter_errors`, on `document.json`), `jsonschema` (Draft 2020-12) and `fastjsonschema`, each on
`document.json` (the oneOf over the document kinds) and on the schema of the document's own kind
(`docs/schema/<type>.json`), and by pydantic v2 models generated from `document.json` by
`datamodel-code-generator`, as a plain union of the kinds and as a union discriminated on `type`.
Prints a Markdown table with, for each validator, its minimum and median time over the rounds,
the minimum and median of its ratio to ours (each ratio taken within one round), and how many
documents it accepted.

Run with the project's virtualenv (built by `scripts/test-python.sh`, which installs the wheel):

    python/.venv/bin/python scripts/bench/compare_python.py [--n 10000] [--rounds 3] [--quick]

When the wheel is not installed, the script builds and installs it the way `scripts/test-python.sh`
does (`maturin build --release`, then `pip install --force-reinstall --no-deps`). Its own
dependencies (jsonschema-rs, jsonschema, fastjsonschema, pydantic, datamodel-code-generator) are
installed into
the running environment with pip when missing. The pydantic models are generated into a
temporary directory at each run and never kept.

The runs are interleaved: each round times one pass of every validator over all the documents
(wall clock), in an order rotated from round to round, so that the machine's load falls on every
validator alike; ratios are taken within a round, then summarised. Each validator first makes an
untimed pass over the first `--warm-up` documents; compiling schemas and generating models is
not timed. The load average is printed before the first round and after each one. Progress goes
to stderr, the table to stdout. jsonschema and fastjsonschema take minutes on 10,000 documents:
`--quick` leaves out those two (every other validator still runs).
`validate_many` spreads the batch over the available cores (at most 8); the table also gives it
pinned to one core, and `validate` called in a Python loop, so that single-threaded validators
are compared on equal terms. The script stops if a validator changes the documents it is given.
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
from typing import Any, Callable, Dict, List, Optional, Tuple, Type

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "docs" / "schema"
SCHEMA = SCHEMAS / "document.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_documents import make  # noqa: E402

DEPS = {
    "jsonschema_rs": "jsonschema-rs",
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


def pydantic_models(tmp: Path) -> Dict[str, Any]:
    """The root models datamodel-code-generator makes of `document.json`, imported from `tmp`:
    "plain" with its default options (a smart-mode union of the kinds, which pydantic tries one
    after the other) and "discriminated" (`--infer-union-discriminators`: the unions of kinds,
    top-level and portfolio members, tagged by `type`)."""
    variants = {"plain": [], "discriminated": ["--infer-union-discriminators"]}
    title = json.loads(SCHEMA.read_text(encoding="utf-8")).get("title", "Model")
    sys.path.insert(0, str(tmp))
    from pydantic import RootModel

    models = {}
    for label, options in variants.items():
        module = f"ts_models_{label}"
        done = subprocess.run(
            [sys.executable, "-m", "datamodel_code_generator",
             "--input", str(SCHEMA), "--input-file-type", "jsonschema",
             "--output-model-type", "pydantic_v2.BaseModel",
             "--target-python-version", f"{sys.version_info.major}.{sys.version_info.minor}",
             "--output", str(tmp / f"{module}.py"), *options],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            # Its warnings (unknown integer formats, formatter notices) are noise on success.
            sys.exit(f"datamodel-code-generator failed ({label}):\n{done.stderr}")
        mod = importlib.import_module(module)
        # The schema's top level is a oneOf of the document kinds: the generator makes it a
        # RootModel named after the schema's title; else take the last RootModel defined.
        roots = [
            v for v in vars(mod).values()
            if isinstance(v, type) and issubclass(v, RootModel) and v.__module__ == module
        ]
        named = [r for r in roots if r.__name__ == title]
        models[label] = (named or roots)[-1]
    # Guards against timing the plain union twice if the option stops doing what it says.
    if "discriminator" not in json.dumps(models["discriminated"].model_json_schema()):
        sys.exit("datamodel-code-generator made no discriminated union (too old a version?)")
    return models


def x(ratio: float) -> str:
    """A ratio with two decimals below 1, one below 100, none past (0.13×, 21.6×, 120×)."""
    return f"{ratio:,.{2 if ratio < 1 else 1 if ratio < 100 else 0}f}×"


def progress(label: str, done: int, total: int, start: float) -> None:
    print(f"    {label}: {done}/{total} documents, {time.perf_counter() - start:.1f} s",
          file=sys.stderr, flush=True)


Doc = Dict[str, Any]
# A validator under test: takes the documents and a progress label (None: quiet), returns
# (accepted, outcome).
Run = Callable[[List[Doc], Optional[str]], Tuple[int, str]]


def per_document(check: Callable[[Doc], bool]) -> Run:
    """A run calling `check` on each document in a Python loop, reporting progress every tenth."""

    def run(docs: List[Doc], label: Optional[str]) -> Tuple[int, str]:
        ok, start = 0, time.perf_counter()
        step = max(1, len(docs) // 10) if label else len(docs) + 1
        for i, d in enumerate(docs, 1):
            if check(d):
                ok += 1
            if i % step == 0:
                progress(label or "", i, len(docs), start)
        return ok, f"{ok:,} accepted"

    return run


def rejects(exc: Type[BaseException], fn: Callable[[Doc], Any]) -> Callable[[Doc], bool]:
    """`fn` as a check: true unless it raises `exc`."""

    def check(d: Doc) -> bool:
        try:
            fn(d)
        except exc:
            return False
        return True

    return check


def load() -> str:
    """The load average (1, 5, 15 minutes), as `uptime` prints it."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


def median(xs: List[float]) -> float:
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="documents (default 10000)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved rounds, each timing every validator once (default 3)")
    ap.add_argument("--quick", action="store_true",
                    help="leave out jsonschema and fastjsonschema (minutes per pass)")
    ap.add_argument("--warm-up", type=int, default=200,
                    help="documents of the untimed first pass (imports, caches)")
    ap.add_argument("--as-of", default="2021-06-30")
    args = ap.parse_args()
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")

    ensure_deps()
    ensure_wheel()
    import fastjsonschema
    import jsonschema
    import jsonschema_rs
    import territoire_sante as ts
    from pydantic import ValidationError

    docs: List[Doc] = make(args.n)
    pristine = json.dumps(docs, ensure_ascii=False)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    kinds = sorted({d["type"] for d in docs})
    kind_schemas = {k: json.loads((SCHEMAS / f"{k}.json").read_text(encoding="utf-8")) for k in kinds}
    print(f"{len(docs):,} documents ({len(kinds)} kinds), {len(pristine.encode()) / 1e6:.1f} MB of "
          f"JSON; territoire-sante {ts.__version__} ({len(ts.rules())} rules); jsonschema-rs "
          f"{metadata.version('jsonschema-rs')}, jsonschema "
          f"{metadata.version('jsonschema')}, fastjsonschema {fastjsonschema.VERSION}, pydantic "
          f"{metadata.version('pydantic')}, datamodel-code-generator "
          f"{metadata.version('datamodel-code-generator')}; Python {sys.version.split()[0]}; "
          f"{os.cpu_count()} CPUs; {args.rounds} interleaved rounds", flush=True)

    v = ts.Validator(as_of=args.as_of)

    def ours(batch: Callable[[List[Doc]], List[Any]]) -> Run:
        def run(ds: List[Doc], label: Optional[str]) -> Tuple[int, str]:
            start = time.perf_counter()
            reports = batch(ds)
            read = sum(r.counts["fatal"] == 0 for r in reports)
            valid = sum(r.valid for r in reports)
            if label:
                progress(label, len(ds), len(ds), start)
            return read, f"{read:,} read, {valid:,} valid under the rules"

        return run

    def many_one_core(ds: List[Doc]) -> List[Any]:
        # validate_many sizes its thread pool from the calling thread's affinity.
        saved = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(saved)})
        try:
            return list(v.validate_many(ds))
        finally:
            os.sched_setaffinity(0, saved)

    # Each entry makes its validator (compiling, generating: not timed) and returns its run.
    prepared: Dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="ts-pydantic-") as tmp:
        t = time.perf_counter()
        models = pydantic_models(Path(tmp))
        prepared["pydantic models (both)"] = time.perf_counter() - t

    def pydantic(label: str) -> Run:
        return per_document(rejects(ValidationError, models[label].model_validate))

    def jsrs_all_errors() -> Run:
        # Every error collected, as ours collects every finding (the documents are valid, so
        # the list is empty: the validator still walks everything).
        rs = jsonschema_rs.validator_for(schema)
        return per_document(lambda d: not list(rs.iter_errors(d)))

    def js_kind() -> Run:
        by_kind = {k: jsonschema.Draft202012Validator(s) for k, s in kind_schemas.items()}
        return per_document(lambda d: by_kind[d["type"]].is_valid(d))

    def fjs_kind() -> Run:
        # use_default=False: by default fastjsonschema writes `default` values into the
        # document it checks, which makes it reject documents of other kinds afterwards.
        by_kind = {k: fastjsonschema.compile(s, use_default=False) for k, s in kind_schemas.items()}
        return per_document(
            rejects(fastjsonschema.JsonSchemaValueException, lambda d: by_kind[d["type"]](d))
        )

    ONE_CORE = "territoire-sante `validate_many`, all rules (one core)"
    RS_ALL = "jsonschema-rs `iter_errors`, `document.json`"
    PYD_DISC = "pydantic v2, discriminated union on `type`"
    JS = ["jsonschema Draft 2020-12, kind's schema",
          "jsonschema Draft 2020-12, `document.json` (oneOf)"]
    cases: List[Tuple[str, Callable[[], Run]]] = [
        (ONE_CORE, lambda: ours(many_one_core)),
        ("territoire-sante `validate_many`, all rules (all cores)",
         lambda: ours(lambda ds: list(v.validate_many(ds)))),
        ("territoire-sante `validate` in a loop, all rules",
         lambda: ours(lambda ds: [v.validate(d) for d in ds])),
        ("jsonschema-rs `is_valid`, `document.json`",
         lambda: per_document(jsonschema_rs.validator_for(schema).is_valid)),
        (RS_ALL, jsrs_all_errors),
        (PYD_DISC, lambda: pydantic("discriminated")),
        ("pydantic v2, plain union", lambda: pydantic("plain")),
    ]
    if not args.quick:
        cases += [
            ("fastjsonschema, kind's schema", fjs_kind),
            ("fastjsonschema, `document.json` (oneOf)",
             lambda: per_document(rejects(fastjsonschema.JsonSchemaValueException,
                                          fastjsonschema.compile(schema, use_default=False)))),
            (JS[0], js_kind),
            (JS[1], lambda: per_document(jsonschema.Draft202012Validator(schema).is_valid)),
        ]

    runs: Dict[str, Run] = {}
    for name, make_run in cases:
        t = time.perf_counter()
        runs[name] = make_run()
        prepared[name] = time.perf_counter() - t
        runs[name](docs[: args.warm_up], None)

    names = [name for name, _ in cases]
    times: Dict[str, List[float]] = {n: [] for n in names}
    outcomes: Dict[str, Tuple[int, str]] = {}
    print(f"before round 1: {load()}", flush=True)
    for r in range(args.rounds):
        # Rotated order: no validator always runs first (or right after the slowest).
        k = r % len(names)
        for name in names[k:] + names[:k]:
            print(f"-- round {r + 1}/{args.rounds}: {name}", file=sys.stderr, flush=True)
            t = time.perf_counter()
            outcomes[name] = runs[name](docs, f"round {r + 1}")
            times[name].append(time.perf_counter() - t)
            if json.dumps(docs, ensure_ascii=False) != pristine:
                sys.exit(f"{name} changed the documents it was given: its figures would be wrong")
        print(f"after round {r + 1}: {load()}", flush=True)

    def ratios(name: str, ref: str) -> List[float]:
        return [a / b for a, b in zip(times[name], times[ref])]

    print()
    print("| validator | time, min | time, median | documents/s (min) "
          "| ÷ ours one core, min | ÷ ours one core, median | accepted |")
    print("|---|---|---|---|---|---|---|")
    for name in names:
        ts_ = times[name]
        rs = ratios(name, ONE_CORE)
        print(f"| {name} | {min(ts_) * 1e3:,.0f} ms | {median(ts_) * 1e3:,.0f} ms "
              f"| {len(docs) / min(ts_):,.0f} | {x(min(rs))} | {x(median(rs))} "
              f"| {outcomes[name][1]} |")
    print()
    print("Per round (ms): " + "; ".join(
        f"{name}: " + ", ".join(f"{t * 1e3:,.0f}" for t in times[name]) for name in names))
    print()
    slow = {k: f"{s:.1f} s" for k, s in prepared.items() if s >= 0.1}
    print("Not timed (generating models, compiling schemas): "
          + "; ".join(f"{k}: {s}" for k, s in slow.items()))
    print()

    # Targets, judged on one core since the other validators use one. "÷ ours" is the other
    # validator's time over ours: above 1, we are faster.
    goals = [
        ("ours ≤ 2× jsonschema-rs `iter_errors` (structure only)", RS_ALL, 0.5),
        ("faster than pydantic's discriminated union", PYD_DISC, 1.0),
    ]
    if not args.quick:
        goals += [("≥ 50× faster than jsonschema", n, 50.0) for n in JS]
    for goal, name, bound in goals:
        rs = ratios(name, ONE_CORE)
        verdict = "met" if median(rs) >= bound else "MISSED"
        print(f"target {goal}: {name} takes {x(min(rs))} (min) – {x(median(rs))} (median) of "
              f"our time on one core: {verdict}")
    partial = [n for n, (ok, _) in outcomes.items() if ok != len(docs)]
    if partial:
        print("not every document accepted by: " + ", ".join(partial))


if __name__ == "__main__":
    main()

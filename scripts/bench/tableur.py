"""Times the Python front reading and validating the 500-row workbook written by
``core/examples/profile_tableur.rs`` (a benchmark, not a test):

    cargo run --release -p territoire-sante --features tableur-ecriture \\
        --example profile_tableur -- 30 target/bench/classeur-500
    python/.venv/bin/python scripts/bench/tableur.py target/bench/classeur-500 [runs]

Prints, for the .xlsx and the .csv, the best and the median of N runs of
``ts.lire_tableur(path)`` and of ``ts.lire_tableur(path).valider(validator)`` (one thread).
"""

import statistics
import sys
import time

import territoire_sante as ts


def timed(n: int, f) -> tuple:
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        runs.append(time.perf_counter() - t)
    return min(runs) * 1000, statistics.median(runs) * 1000


def main() -> None:
    stem = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    v = ts.Validator(as_of="2020-06-30")
    for ext in ("xlsx", "csv"):
        path = f"{stem}.{ext}"
        # A CSV file has no sheet name to give the kind of its rows.
        kind = "contrat_local_sante" if ext == "csv" else None
        rows = len(ts.lire_tableur(path, type=kind).lignes)
        r = timed(n, lambda: ts.lire_tableur(path, type=kind))
        rv = timed(n, lambda: ts.lire_tableur(path, type=kind).valider(v).diagnostics)
        print(
            f"{ext}: {rows} rows; read: best {r[0]:.1f} ms, median {r[1]:.1f} ms; "
            f"read + validate: best {rv[0]:.1f} ms, median {rv[1]:.1f} ms ({n} runs)"
        )


if __name__ == "__main__":
    main()

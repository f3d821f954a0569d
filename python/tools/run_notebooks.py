"""Executes notebooks with nbclient; any cell error fails the run. Files are not rewritten,
unless ``--write`` is given (to refresh the committed outputs)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def main(args: list[str]) -> int:
    write = "--write" in args
    paths = [a for a in args if a != "--write"]
    for name in paths:
        path = Path(name).resolve()
        nb = nbformat.read(path, as_version=4)
        start = time.perf_counter()
        client = NotebookClient(
            nb,
            timeout=300,
            kernel_name="python3",
            allow_errors=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()  # raises CellExecutionError on the first failing cell
        if write:
            nbformat.write(nb, path)
        cells = sum(1 for c in nb.cells if c.cell_type == "code")
        print(f"notebook {path.name}: {cells} code cells ran without error "
              f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

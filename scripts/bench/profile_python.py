#!/usr/bin/env python3
"""A Python batch to count with callgrind: `N` documents of `make_documents.py` validated by
`validate_many` as dicts (`dicts`) or JSON text (`texts`), or only generated (`none`, the run to
subtract). See docs/performance.md, « Python front: dicts read straight into the model ».

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.dicts \\
        python/.venv/bin/python scripts/bench/profile_python.py 2000 dicts
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_documents  # noqa: E402

import territoire_sante as ts  # noqa: E402

n, mode = int(sys.argv[1]), sys.argv[2]
docs = make_documents.make(n)
v = ts.Validator(as_of="2024-06-30")
if mode == "dicts":
    print(len(v.validate_many(docs)))
elif mode == "texts":
    print(len(v.validate_many([json.dumps(d, ensure_ascii=False) for d in docs])))

"""Executes the analysts' notebooks headless, the way a reader would run them top to bottom.

    python notebooks/run_notebooks.py --out /tmp/executed [--timeout 300] [notebook.ipynb ...]

Each notebook runs in a fresh kernel of this Python (so run it with the venv's python) with
the output folder as its working directory, so figures a notebook saves land there and not
in the repository. Executed copies are written to the output folder, including the ones
that failed, because the traceback in the copy is what you want to read. The last line
printed is a JSON summary; the exit code is 1 when any cell raised, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

HERE = Path(__file__).resolve().parent


def run_one(path: Path, out_dir: Path, timeout: int) -> dict:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(out_dir)}},
    )
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
        # The first lines name the cell and the exception; the full traceback is in the copy.
        error = "\n".join(str(exc).strip().splitlines()[-12:])
    seconds = round(time.monotonic() - started, 2)
    executed = out_dir / path.name
    nbformat.write(notebook, executed)
    return {"notebook": path.name, "ok": error is None, "seconds": seconds, "executed": str(executed), "error": error}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the executed copies")
    parser.add_argument("--timeout", type=int, default=300, help="seconds one cell may take (default 300)")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every notebooks/*.ipynb, in name order")
    args = parser.parse_args(argv)

    paths = args.notebooks or sorted(HERE.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks found in {HERE}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)

    results = []
    for path in paths:
        print(f"executing {path.name}…", file=sys.stderr, flush=True)
        result = run_one(path.resolve(), args.out.resolve(), args.timeout)
        status = "ok" if result["ok"] else "FAILED"
        print(f"  {status} in {result['seconds']} s", file=sys.stderr, flush=True)
        if result["error"]:
            print(result["error"], file=sys.stderr, flush=True)
        results.append(result)

    ok = all(result["ok"] for result in results)
    print(json.dumps({"ok": ok, "notebooks": results}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

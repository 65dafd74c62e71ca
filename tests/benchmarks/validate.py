"""How long `mentors validate` takes on large directories: it runs on every pull request.

Run: .venv/bin/python tests/benchmarks/validate.py [COUNT ...]   (default: 1000 10000)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus

MENTORS = str(Path(sys.executable).parent / "mentors")


def main(counts: list[int]) -> None:
    print(f"{'profiles':>9} {'validate (s)':>13} {'per profile (ms)':>17}")
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            write_corpus(Path(folder) / "mentors", count)
            started = time.perf_counter()
            result = subprocess.run([MENTORS, "validate"], cwd=folder, capture_output=True,
                                    text=True)
            elapsed = time.perf_counter() - started
            last = result.stdout.strip().splitlines()[-1]
            assert result.returncode == 0 and last == f"{count} valid profiles.", result.stdout[-500:]
            print(f"{count:>9} {elapsed:>13.2f} {elapsed / count * 1000:>17.3f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])

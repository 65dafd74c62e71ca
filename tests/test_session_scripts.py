"""The session scripts' unit tests (`node --test tests/js/`), run with the rest of the suite."""

import os
import shutil
import subprocess

import pytest

from sites import REPO

NODE = shutil.which("node")


def test_session_scripts_pass_their_node_tests():
    if NODE is None:
        if os.environ.get("CI"):
            pytest.fail("node not found; .ci/run installs Debian's nodejs")
        pytest.skip("node is not installed (apt-get install nodejs)")
    tests = sorted(str(path) for path in (REPO / "tests" / "js").glob("session-*.test.js"))
    result = subprocess.run([NODE, "--test", *tests], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout

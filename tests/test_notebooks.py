"""nbval runs every notebook on the seeds; the key numbers are pinned (NBVAL_CHECK_OUTPUT)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXPECTED = yaml.safe_load((ROOT / "tests" / "notebook_outputs.yaml").read_text())


def test_every_notebook_has_a_pinned_output_and_no_stored_outputs():
    assert {p.name for p in NOTEBOOKS} == set(EXPECTED)
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text())["cells"]
        assert not any(c.get("outputs") for c in cells), f"{path.name} has stored outputs"
        assert sum("NBVAL_CHECK_OUTPUT" in "".join(c["source"]) for c in cells) == 1
        tags = [c.get("metadata", {}).get("tags", []) for c in cells]
        assert sum("parameters" in t for t in tags) == 1, f"{path.name}: one parameters cell"


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory) -> Path:
    """A copy of the project's raw data, so the notebooks build their tables there."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "data" / "raw", root / "data" / "raw")
    (root / "notebooks").mkdir()
    return root


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_under_nbval(notebook, project_copy):
    nb = json.loads(notebook.read_text())
    for cell in nb["cells"]:
        if "NBVAL_CHECK_OUTPUT" in "".join(cell["source"]):
            cell["execution_count"] = 1
            cell["outputs"] = [{"name": "stdout", "output_type": "stream",
                                "text": EXPECTED[notebook.name]}]
    copy = project_copy / "notebooks" / notebook.name
    copy.write_text(json.dumps(nb), encoding="utf-8")
    env = {**os.environ, "ANALYSIS_ROOT": str(project_copy), "MPLBACKEND": "Agg"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax",
         "--nbval-current-env", "--nbval-sanitize-with",
         str(ROOT / "tests" / "nbval_sanitize.cfg"), str(copy)],
        capture_output=True, text=True, cwd=project_copy, env=env, timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "passed" in done.stdout

"""The notebooks' kernel, as make demo and make test start it: no warning about unencrypted TCP."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.mark.skipif(os.name != "posix", reason="IPC transport exists on POSIX only; Windows keeps TCP")
def test_our_kernels_run_quietly_over_ipc(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    from textkit.course.report import execute_notebook

    path = tmp_path / "tiny.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('抖音电商', 6 * 7)")])
    nbformat.write(nb, path)
    executed, seconds = execute_notebook(path, timeout=120)
    assert executed.cells[0].outputs[0]["text"] == "抖音电商 42\n"
    assert seconds > 0
    captured = capfd.readouterr()
    assert "without encryption" not in captured.err + captured.out
    assert not [p for p in tmp_path.iterdir() if p.name != "tiny.ipynb"], "the kernel left files beside the notebook"

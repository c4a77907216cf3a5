"""The check cells of notebooks 02 and 03 stop the notebook when the prose's claim is false."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def test_a_false_claim_stops_notebook_02() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    path = NOTEBOOKS / "02-segmentation.ipynb"
    nb = nbformat.read(path, as_version=4)
    true_claim = 'assert raw.index[:4].tolist() == ["的", "我们", "了", "是"]'
    cells = [cell for cell in nb.cells if true_claim in cell.source]
    assert len(cells) == 1, "notebook 02 no longer checks its claim about the top words"
    # The claim the notebook used to make: 的, 是 and 我们 are the top three.
    cells[0].source = cells[0].source.replace(true_claim, 'assert raw.index[:3].tolist() == ["的", "是", "我们"]')
    nb.cells = nb.cells[: nb.cells.index(cells[0]) + 1]  # nothing after the check needs to run
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    with pytest.raises(nbclient.exceptions.CellExecutionError, match="AssertionError"):
        client.execute()

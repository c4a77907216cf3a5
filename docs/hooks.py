"""MkDocs hooks that put the repository's notebooks into the site (loaded through ``hooks:`` in mkdocs.yml).

The notebooks live in ``notebooks/`` at the top of the repository, where ``make lab`` and ``make test`` use them,
not in ``docs/``. Rather than copying them or committing a ``docs/notebooks`` symlink (which Git for Windows checks
out as a plain text file, silently dropping every notebook page), these hooks:

1. ``on_config``: fill the nav section titled "Notebooks" with one entry per ``notebooks/*.ipynb``, in file-name
   order, titled by the notebook's first ``#`` heading, so a new notebook appears without editing mkdocs.yml;
2. ``on_files`` (before mkdocs-jupyter's own ``on_files``): add each notebook as a virtual file
   ``notebooks/<name>.ipynb`` backed by the real file, which mkdocs-jupyter then renders (and executes, unless
   ``TEXTKIT_DOCS_EXECUTE=false``) in the notebook's own folder;
3. ``on_files`` also adds the repository's ``CHANGELOG.md`` as the page ``changelog.md``, so it has one copy;
4. ``on_page_content``: rewrite the notebooks' links to each other (``02-segmentation.ipynb``), which mkdocs does not
   see in a rendered notebook, to the pages they became (``../02-segmentation/``);
5. ``on_page_markdown``: run the ``python`` blocks of ``recipes.md``, each a complete program in a fresh namespace,
   in a temporary copy of ``docs/recipes/``, and put what each printed under it (unless
   ``TEXTKIT_DOCS_EXECUTE=false``, as for the notebooks). A recipe that raises fails the build.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.textkit")

NAV_SECTION = "Notebooks"
DEST = "notebooks"
_LINK = re.compile(r'href="(?:\./)?(\d\d-[\w-]+)\.ipynb(#[^"]*)?"')
RECIPES = "recipes.md"
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```\n", re.S | re.M)


def _notebook_dir(config: Any) -> Path:
    return Path(config.config_file_path).parent / "notebooks"


def _notebooks(config: Any) -> list[Path]:
    return sorted(_notebook_dir(config).glob("*.ipynb"))


def _title(path: Path) -> str:
    """The notebook's first level-1 heading, or its file name."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError) as err:
        log.warning("cannot read notebook %s: %s", path, err)
        return path.stem
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        source = "".join(cell.get("source", []))
        for line in source.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return path.stem


def on_config(config: Any) -> Any:
    """Fill the "Notebooks" nav section with the notebooks found in ``notebooks/``."""
    entries = [{_title(path): f"{DEST}/{path.name}"} for path in _notebooks(config)]
    for item in config.nav or []:
        if isinstance(item, dict) and NAV_SECTION in item:
            section = item[NAV_SECTION] or []
            item[NAV_SECTION] = [*section, *entries]
            break
    else:
        log.warning("mkdocs.yml has no nav section %r: the notebooks are not in the nav", NAV_SECTION)
    if not entries:
        log.warning("no notebook found in %s", _notebook_dir(config))
    return config


@event_priority(100)  # before mkdocs-jupyter (priority 0) wraps the notebook files
def on_files(files: Files, config: Any) -> Files:
    """Add ``notebooks/*.ipynb`` as ``notebooks/<name>.ipynb`` and ``CHANGELOG.md`` as ``changelog.md``."""
    root = Path(config.config_file_path).parent
    for path in _notebooks(config):
        # A real File rooted at the repository (not File.generated): mkdocs-jupyter's wrapper recomputes
        # abs_src_path from src_dir, which a generated file lacks.
        files.append(
            File(
                f"{DEST}/{path.name}",
                src_dir=str(root),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
            )
        )
    changelog = root / "CHANGELOG.md"
    if changelog.is_file():
        files.append(File.generated(config, "changelog.md", abs_src_path=str(changelog)))
    return files


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Point a notebook's links to other notebooks at their pages in the site."""
    if not page.file.src_uri.startswith(f"{DEST}/") or not page.file.src_uri.endswith(".ipynb"):
        return html
    known = {path.stem for path in _notebooks(config)}

    def repl(match: re.Match[str]) -> str:
        stem, anchor = match.group(1), match.group(2) or ""
        if stem not in known:
            log.warning("%s links to %s.ipynb, which is not in notebooks/", page.file.src_uri, stem)
            return match.group(0)
        target = f"../{stem}/" if config.use_directory_urls else f"{stem}.html"
        return f'href="{target}{anchor}"'

    return _LINK.sub(repl, html)


def _executing() -> bool:
    """The switch the notebooks use too (mkdocs.yml: ``execute: !ENV [TEXTKIT_DOCS_EXECUTE, true]``)."""
    return os.environ.get("TEXTKIT_DOCS_EXECUTE", "true").strip().lower() not in {"false", "0", "no", "off"}


def run_python_blocks(markdown: str, data: Path, page: str = RECIPES) -> list[str]:
    """Run each ``python`` block of ``markdown`` as a program of its own beside a copy of ``data``; return its output.

    The blocks run in a new temporary folder holding a copy of ``data`` under its own name (``recipes/``), so
    files they write go nowhere else. A block that raises stops the run with a `PluginError` naming it.
    """
    outputs = []
    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="textkit-recipes-") as folder:
        shutil.copytree(data, Path(folder) / data.name)
        os.chdir(folder)
        try:
            for number, block in enumerate(_PYTHON_BLOCK.findall(markdown), start=1):
                printed = io.StringIO()
                try:
                    with contextlib.redirect_stdout(printed):
                        exec(compile(block, f"{page}, python block {number}", "exec"), {"__name__": "__main__"})
                except Exception as err:
                    raise PluginError(f"{page}: python block {number} failed: {type(err).__name__}: {err}") from err
                outputs.append(printed.getvalue())
        finally:
            os.chdir(previous)
    return outputs


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Run the recipes and show each block's output under it."""
    if page.file.src_uri != RECIPES or not _executing():
        return markdown
    data = Path(config.docs_dir) / "recipes"
    outputs = iter(run_python_blocks(markdown, data))

    def with_output(match: re.Match[str]) -> str:
        printed = next(outputs)
        return match.group(0) + (f"\n```text\n{printed.rstrip()}\n```\n" if printed.strip() else "")

    log.info("ran the python blocks of %s", RECIPES)
    return _PYTHON_BLOCK.sub(with_output, markdown)

"""Replay the fuzzing seeds and crash reproducers (fuzz/) through the harness, without atheris."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"


def _load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_textkit", FUZZ / "fuzz_textkit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_textkit", module)
    spec.loader.exec_module(module)
    return module


harness = _load_harness()


def _inputs() -> list[tuple[str, Path]]:
    found = [(path.parent.name, path) for path in sorted((FUZZ / "corpus").glob("*/*")) if path.is_file()]
    for path in sorted((FUZZ / "regressions").glob("*.bin")):
        target = next(t for t in harness.TARGETS if path.name.startswith(t + "-"))
        found.append((target, path))
    return found


INPUTS = _inputs()


def _param(target: str, path: Path) -> Any:
    return pytest.param(target, path, id=f"{target}/{path.name}")


def test_every_target_has_seeds_and_files_are_named_by_target() -> None:
    targets = {target for target, _ in INPUTS}
    assert targets == set(harness.TARGETS)
    assert sum(path.stat().st_size for _, path in INPUTS if "corpus" in path.parts) < 20_000


@pytest.mark.parametrize(("target", "path"), [_param(t, p) for t, p in INPUTS])
def test_replay(target: str, path: Path) -> None:
    # A crash is any exception other than TextkitError, or a broken invariant (AssertionError).
    harness.one_input(target, path.read_bytes())


def test_seeds_decode_to_what_they_were_made_from() -> None:
    data = harness.encode_input("split_sentences", "你好。再见!", option=1)
    fdp = harness.ReplayProvider(data)
    assert fdp.ConsumeIntInRange(0, 1) == 1
    assert harness._text(fdp) == "你好。再见!"
    raw = "抖音电商".encode("gbk")
    fdp = harness.ReplayProvider(harness.encode_input("read_text", raw))
    assert fdp.ConsumeIntInRange(0, 3) != 0 and fdp.ConsumeIntInRange(0, 7) != 0 and fdp.ConsumeIntInRange(0, 64) == 0
    assert fdp.ConsumeBytes(fdp.remaining_bytes()) == raw


def test_feb30_reproducer_is_the_minimal_text() -> None:
    fdp = harness.ReplayProvider((FUZZ / "regressions" / "extract_article-feb30.bin").read_bytes())
    assert fdp.PickValueInList(["auto", "always", "never"]) == "auto"
    assert harness._text(fdp) == "2023年2月30"


def test_checks_catch_broken_invariants() -> None:
    # The contract checker must fail on a wrong result, or the replay tests prove nothing.
    import textkit.segmentation

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textkit.segmentation, "split_sentences", lambda text, *, semicolon=False: ["不在文本里"])
        with pytest.raises(AssertionError):
            harness.check_sentences("你好。")
    assert harness.check_sentences("你好。再见!") == ["你好。", "再见!"]


def test_replay_provider_matches_atheris() -> None:
    atheris = pytest.importorskip("atheris")
    rng = random.Random(7)
    for _ in range(2000):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(60)))
        sizes = [rng.randrange(20) for _ in range(4)]
        results = []
        for fdp in (atheris.FuzzedDataProvider(data), harness.ReplayProvider(data)):
            results.append(
                (
                    fdp.ConsumeIntInRange(0, 3),
                    fdp.ConsumeUnicode(sizes[0]),
                    fdp.PickValueInList(harness.TOKENS),
                    fdp.ConsumeUnicodeNoSurrogates(sizes[1]),
                    fdp.ConsumeBytes(sizes[2]),
                    fdp.ConsumeBool(),
                    fdp.ConsumeIntInRange(5, 300_000),
                    fdp.remaining_bytes(),
                )
            )
        assert results[0] == results[1], data

"""The wheel ships both licence texts of the repository (MIT and Apache-2.0)."""

from importlib.metadata import distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_wheel_holds_both_licence_texts():
    dist = distribution("territoire-sante")
    shipped = {Path(str(f)).name: f for f in dist.files or [] if Path(str(f)).name.startswith("LICENSE-")}
    assert sorted(shipped) == ["LICENSE-APACHE", "LICENSE-MIT"]
    for name, f in shipped.items():
        assert Path(str(f.locate())).read_text(encoding="utf-8") == (ROOT / name).read_text(encoding="utf-8")
    assert dist.metadata["License-Expression"] == "MIT OR Apache-2.0"

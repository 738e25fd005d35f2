"""The notebook guide's code runs as written and yields DataFrames of quotes, events and shifts."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
GUIDE = Path(__file__).resolve().parents[1] / "docs" / "notebook.md"


def test_the_notebook_guide_runs_and_gives_dataframes(tmp_path, monkeypatch):
    import pandas as pd

    monkeypatch.chdir(tmp_path)
    code = "\n".join(re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S))
    scope: dict = {}
    exec(compile(code, str(GUIDE), "exec"), scope)
    for name in ("quotes", "events", "shifts", "monthly"):
        assert isinstance(scope[name], pd.DataFrame) and len(scope[name]) > 0, name
    assert scope["quotes"]["date"].dtype.kind == "M" and scope["events"]["quad"].between(1, 4).all()
    assert set(scope["shifts"]["kind"]) <= {"reversal", "narrated reversal", "softening", "hardening"}

"""Your own propositions (docs/propositions.md): a file adds or replaces them, for reading stances and for the
shift list; a bad file names itself."""

import re
from pathlib import Path

import pytest

from volteface.config import load_settings
from volteface.errors import InputError
from volteface.extract.propositions import (
    load_propositions,
    proposition_stance,
    propositions,
    use_propositions,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "propositions.md"
SHIPPED = len(load_propositions())


@pytest.fixture
def documented(tmp_path) -> list[Path]:
    """The YAML examples of docs/propositions.md, each as a file."""
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    paths = []
    for n, block in enumerate(blocks):
        paths.append(tmp_path / f"example{n}.yaml")
        paths[-1].write_text(block, encoding="utf-8")
    yield paths
    use_propositions(None)


def test_the_documented_list_adds_and_the_documented_mapping_replaces(documented):
    added, replaced = documented
    ids = [p.id for p in load_propositions(str(added))]
    assert len(ids) == SHIPPED + 1 and "grain-corridor-escorts" in ids and "ukraine-cede-territory" in ids
    assert [p.id for p in load_propositions(str(replaced))] == ["grain-corridor-escorts"]
    [escorts] = [p for p in load_propositions(str(added)) if p.id == "grain-corridor-escorts"]
    assert escorts.toward == ("RUS", "against") and escorts.not_by == frozenset({"RUS"})


def test_the_propositions_in_use_are_what_stances_are_read_on(documented):
    said = "Ruritania refused to provide escorts for grain ships in the Black Sea."
    assert proposition_stance(said) == []
    use_propositions(documented[0])
    assert [(p, label) for p, label, _ in proposition_stance(said)] == [("grain-corridor-escorts", "against")]
    use_propositions(None)
    assert len(propositions()) == SHIPPED


def test_an_entry_with_a_shipped_id_replaces_it(tmp_path):
    own = tmp_path / "own.yaml"
    own.write_text(
        "- id: ukraine-cede-territory\n  text: Ukraine should trade land for peace\n"
        "  terms: [land]\n  favor: ['trade land']\n",
        encoding="utf-8",
    )
    loaded = load_propositions(str(own))
    assert len(loaded) == SHIPPED
    assert [p.text for p in loaded if p.id == "ukraine-cede-territory"] == [
        "Ukraine should trade land for peace"
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("id: one\ntext: a mapping, not a list\n", "expected a list of propositions"),
        ("- id: one\n  terms: [x]\n", "proposition 1 (one)"),
        ("- id: one\n  text: x\n  favor: ['(unclosed']\n", "not a valid regular expression"),
        ("- id: one\n  text: x\n  toward: {actor: RUS, side: sideways}\n", "toward is"),
        ("- id: one\n  text: x\n- id: one\n  text: y\n", "the same id twice"),
        ("- id: one\n  text: x\n  colour: red\n", "optionally"),
        ("- id: one\n  text: x\n  since: last spring\n", "since is a date"),
        ("- id: one\n  text: x\n  object: '(unclosed'\n", "not a valid regular expression"),
    ],
)
def test_a_bad_file_names_itself_the_entry_and_the_problem(tmp_path, text, problem):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)) as caught:
        load_propositions(str(bad))
    assert "bad.yaml" in str(caught.value)


def test_volteface_toml_names_the_file(tmp_path):
    config = tmp_path / "volteface.toml"
    config.write_text('[volteface]\npropositions_file = "mine.yaml"\n', encoding="utf-8")
    assert load_settings(config, env={}).propositions_file == "mine.yaml"


@pytest.mark.model
def test_run_and_shifts_read_the_users_propositions(documented, tmp_path):
    import json

    from typer.testing import CliRunner

    from volteface.cli import app

    article = tmp_path / "escorts.txt"
    article.write_text(
        "date 2031-06-02\n\nNorway refused to provide escorts for grain ships in the Black Sea on Monday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    done = runner.invoke(app, ["run", str(article), "--db", db, "--propositions", str(documented[0])])
    assert done.exit_code == 0, done.output
    from volteface.store import open_store

    with open_store(db) as store:
        targets = {r["target"] for r in store.query("SELECT target FROM stances")}
    assert "grain-corridor-escorts" in targets
    listed = runner.invoke(app, ["shifts", "--db", db, "--json", "--propositions", str(documented[0])])
    assert listed.exit_code == 0 and json.loads(listed.output) == []
    missing = runner.invoke(app, ["shifts", "--db", db, "--propositions", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 2 and "no such propositions file" in missing.output

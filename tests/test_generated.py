from pathlib import Path

from kroniek.generated import write_generated


def test_write_generated_makes_the_folder_and_writes_each_file(tmp_path: Path, capsys) -> None:
    target = tmp_path / "generated"
    assert write_generated(target, {"a.yaml": "a: [x]\n", "b.csv": "id\n1\n"}) == 0
    assert (target / "a.yaml").read_text(encoding="utf-8") == "a: [x]\n"
    assert (target / "b.csv").read_text(encoding="utf-8") == "id\n1\n"
    assert capsys.readouterr().err.count("wrote ") == 2

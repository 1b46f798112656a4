"""Which files are reports: folder walks and the not-a-post-mortem decision."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import postmortem
from postmortem.discover import find_files, is_postmortem

from conftest import CORPUS_DIR, FILLED, ROOT, SEEDS

DEV_DIR = CORPUS_DIR.parent / "dev"


def test_every_corpus_report_and_seed_is_a_postmortem() -> None:
    files = [*CORPUS_DIR.glob("[0-9]*.md"), *DEV_DIR.glob("[0-9]*.md"), *SEEDS, *FILLED]
    assert len(files) > 90
    for path in files:
        assert is_postmortem(postmortem.load(path)), path.name


def test_readmes_changelogs_and_indexes_are_not() -> None:
    others = [
        CORPUS_DIR / "SOURCES.md",
        DEV_DIR / "SOURCES.md",
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        ROOT / "docs" / "cli.md",
    ]
    for path in others:
        assert not is_postmortem(postmortem.load(path)), path.name
    index = "# Templates\n\n- [Classic](classic.md)\n- [Memo](memo.md)\n"
    assert not is_postmortem(postmortem.parse(index))
    changelog = "# Changelog\n\n## [2.0.0] - 2024-05-01\n\n### Fixed\n\n- A crash on start.\n"
    assert not is_postmortem(postmortem.parse(changelog))


def test_find_files(tmp_path: Path) -> None:
    for rel in ["a.md", "b.MARKDOWN", "c.qmd", "d.md.erb", "e.mdx", "f.txt", ".hidden.md",
                "sub/g.md", "sub/.cache/h.md", "node/i.md", "sub/deeper/j.md"]:  # fmt: skip
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    (tmp_path / ".gitignore").write_text("node/\n")
    (tmp_path / "sub" / ".gitignore").write_text("deeper/\n")
    got = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path)]
    assert got == ["a.md", "b.MARKDOWN", "c.qmd", "d.md.erb", "e.mdx", "sub/g.md"]
    got = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path, gitignore=False)]
    assert "node/i.md" in got and "sub/deeper/j.md" in got
    got = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path, exclude=["*.qmd"],
                                                                    include=["*.txt"])]  # fmt: skip
    assert "c.qmd" not in got and "f.txt" in got


def test_gitignore_above_the_folder_applies_inside_a_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("drafts/\n")
    (tmp_path / "pm" / "drafts").mkdir(parents=True)
    (tmp_path / "pm" / "a.md").write_text("x")
    (tmp_path / "pm" / "drafts" / "b.md").write_text("x")
    assert [p.name for p in find_files(tmp_path / "pm")] == ["a.md"]


def test_yaml_front_matter_keeps_lists_and_types_without_any_extra() -> None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("PyYAML") for d in deps)  # core, so no silent flat fallback
    text = "---\ntitle: Outage\nservices: [api, db]\nseverity: 2\ndraft: false\n---\n# Outage\n"
    code = (
        "import sys, json, postmortem\n"
        "r = postmortem.parse(sys.stdin.read())\n"
        "print(json.dumps(r.front_matter.data))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True,
                         text=True, check=True)  # fmt: skip
    assert out.stdout.strip() == (
        '{"title": "Outage", "services": ["api", "db"], "severity": 2, "draft": false}'
    )


def test_the_command_line_names_the_same_endings() -> None:
    from postmortem import cli, discover

    assert cli.MARKDOWN_SUFFIXES == discover.MARKDOWN_SUFFIXES

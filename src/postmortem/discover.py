"""Which files are reports: folder walks, ignore files, and telling a post-mortem from a README.

Folder commands and :func:`postmortem.load_all` take every Markdown-like file under a folder,
skip hidden folders and what ``.gitignore`` or ``--exclude`` names, and after parsing set aside
files in which the parser found nothing a post-mortem has (:func:`is_postmortem`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pathspec

from postmortem import model as m

__all__ = ["MARKDOWN_SUFFIXES", "find_files", "is_postmortem"]

#: File name endings read as Markdown reports in folders (others with ``include``).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".md.erb", ".qmd")

# Section kinds that say nothing about a document being a post-mortem: any document has a
# preamble, unrecognised headings and appendices, and a changelog or a README may well have a
# "Metrics", "Background", "Team" or "Communication" heading.
_NEUTRAL = {
    m.SectionKind.OTHER,
    m.SectionKind.PREAMBLE,
    m.SectionKind.APPENDIX,
    m.SectionKind.METRICS,
    m.SectionKind.BACKGROUND,
    m.SectionKind.TEAM,
    m.SectionKind.COMMUNICATION,
    m.SectionKind.FOLLOW_UP,
    m.SectionKind.SUCCESS_CRITERIA,
    m.SectionKind.SIGN_OFF,
}


def is_postmortem(report: m.Report) -> bool:
    """Whether the parser found anything of a post-mortem in a report.

    A post-mortem has at least one of: a timeline entry, a section the vocabulary recognises
    (summary, impact, root cause...), an action item, an incident id, date, severity or
    lifecycle instant in its metadata, or front matter (blog posts carry their metadata
    there). A README, a changelog or an index of templates has none of these. The decision
    reads the model only; the wording is the parser's business.
    """
    if report.timeline.events or report.action_items:
        return True
    if any(s.kind not in _NEUTRAL for s in report.all_sections()):
        return True
    md = report.metadata
    facts = (md.incident_id, md.date, md.severity, md.started_at, md.detected_at,
             md.declared_at, md.acknowledged_at, md.mitigated_at, md.repaired_at,
             md.resolved_at, md.ended_at)  # fmt: skip
    if any(f is not None for f in facts):
        return True
    # Front matter counts even when it is not valid YAML (a blog post's "@handle" value): it is
    # where a published post-mortem keeps its metadata.
    return report.front_matter is not None


def _is_markdown(name: str, include: pathspec.GitIgnoreSpec | None, rel: str) -> bool:
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return True
    return include is not None and include.match_file(rel)


def _spec(patterns: Iterable[str]) -> pathspec.GitIgnoreSpec | None:
    lines = [p for p in patterns if p.strip()]
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _gitignore(directory: Path) -> pathspec.GitIgnoreSpec | None:
    f = directory / ".gitignore"
    try:
        return _spec(f.read_text(encoding="utf-8", errors="replace").splitlines())
    except OSError:
        return None


def _outer_gitignores(root: Path) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
    # .gitignore files above the folder walked, up to the repository's top (the folder with
    # .git), apply too, as they do for git itself. Outside a repository none do.
    out: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
    if (root / ".git").exists():
        return out
    for parent in root.parents:
        spec = _gitignore(parent)
        if spec is not None:
            out.append((parent, spec))
        if (parent / ".git").exists():
            return out
    return []


def _ignored(
    path: Path, is_dir: bool, specs: Sequence[tuple[Path, pathspec.GitIgnoreSpec]]
) -> bool:
    for base, spec in specs:
        rel = os.path.relpath(path, base).replace(os.sep, "/")
        if rel.startswith("../"):
            continue
        if spec.match_file(rel + ("/" if is_dir else "")):
            return True
    return False


def find_files(
    root: str | os.PathLike[str],
    *,
    exclude: Sequence[str] = (),
    include: Sequence[str] = (),
    gitignore: bool = True,
) -> list[Path]:
    """Markdown-like files under a folder, in a stable order.

    Hidden files and folders (a name starting with ``.``, such as ``.venv`` or ``.git``) are
    skipped, and so is anything ``.gitignore`` files (when ``gitignore``) or the ``exclude``
    patterns (gitignore syntax, relative to ``root``) name. ``include`` adds patterns of file
    names to take besides the Markdown endings (:data:`MARKDOWN_SUFFIXES`).
    """
    top = Path(os.path.abspath(root))
    shown = Path(root)  # paths are returned as the caller spelled the folder
    excl = _spec(exclude)
    incl = _spec(include)
    first: list[tuple[Path, pathspec.GitIgnoreSpec]] = _outer_gitignores(top) if gitignore else []
    if excl is not None:
        first.append((top, excl))
    inherited = {top: first}
    found: list[Path] = []
    # pathspec matches the patterns; the walk and its pruning stay here so that ignored
    # folders (a .venv of thousands of files) are never entered.
    for dirpath, dirnames, filenames in os.walk(top):
        here = Path(dirpath)
        local = inherited.pop(here, first)
        own = _gitignore(here) if gitignore else None
        if own is not None:
            local = [*local, (here, own)]
        keep = []
        for d in sorted(dirnames):
            if d.startswith(".") or _ignored(here / d, True, local):
                continue
            keep.append(d)
            inherited[here / d] = local
        dirnames[:] = keep
        for name in sorted(filenames):
            p = here / name
            rel = os.path.relpath(p, top).replace(os.sep, "/")
            if name.startswith(".") or not _is_markdown(name, incl, rel):
                continue
            if not _ignored(p, False, local) and p.is_file():
                found.append(shown / rel)
    return sorted(found)

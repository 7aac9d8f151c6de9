#!/usr/bin/env python3
"""Checks that the docs stand alone: their links resolve inside the repository.

    python3 scripts/check_docs.py [ROOT]

For README.md, docs/*.md and every other tracked *.md file: each relative
link must name a file or folder inside the repository, and a #fragment must
name a heading of the page it points to (as GitHub makes anchors from
headings); a path of the repository quoted as inline code (`rpc/tokens.h`,
`examples/`) must exist, measured from the repository's root. Links to http(s) and mailto addresses are not followed. And no
tracked file may point at a folder outside the repository that its users do
not have (a "../shared/" path). Prints one line per problem and exits 1 if
there is any; scripts/test.sh runs it.
"""
import os
import re
import subprocess
import sys

# [text](target) and [text](target "title"), not images' sizes or code.
LINK = re.compile(r"(?<!\\)\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def slug(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped."""
    text = re.sub(r"`|\*\*|__", "", heading).strip().lower()
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def prose_lines(path):
    """The lines of a Markdown file outside fenced code blocks."""
    in_fence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if not in_fence:
                yield number, line


def anchors(path):
    found, seen = set(), {}
    for _, line in prose_lines(path):
        m = HEADING.match(line)
        if not m:
            continue
        base = slug(m.group(2))
        n = seen.get(base, 0)
        seen[base] = n + 1
        found.add(base if n == 0 else f"{base}-{n}")
    return found


def markdown_files(root):
    try:
        out = subprocess.run(
            ["git", "-C", root, "ls-files", "*.md"],
            check=True, capture_output=True, text=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        out = []
    files = {os.path.join(root, f) for f in out}
    files.add(os.path.join(root, "README.md"))
    docs = os.path.join(root, "docs")
    if os.path.isdir(docs):
        files.update(os.path.join(docs, f) for f in os.listdir(docs)
                     if f.endswith(".md"))
    return sorted(f for f in files if os.path.isfile(f)
                  and "node_modules" not in f.split(os.sep))


# A file or folder of the repository named in inline code: `engine/checks/total.cc`,
# `examples/`. Placeholders (`tests/golden/NAME.txt`, `*_test.cc`) are skipped.
CODE = re.compile(r"`([^`\s]+)`")
CODE_PATH = re.compile(r"^[\w.\-/]+(?:\.(?:h|cc|md|sh|py|json|jsonl|proto|bzl|bazel|yaml|js|php|tsv|txt|R)|/)$")


def code_paths(line, tops):
    """Repository paths named in `line`'s inline code."""
    for text in CODE.findall(line):
        path = text.split(":")[0] if not text.startswith("//") else ""
        if (CODE_PATH.match(path) and path.split("/")[0] in tops
                and not re.search(r"[A-Z]{3,}", path)):
            yield path


# Paths into folders beside the repository, which a user of it does not have.
OUTSIDE = re.compile(r"\.\./shared/|/work/shared|shared/(?:SPEC|STYLE)\.md|shared/notes/|shared/examples/")


def outside_references(root):
    try:
        files = subprocess.run(
            ["git", "-C", root, "ls-files"],
            check=True, capture_output=True, text=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return []
    found = []
    for name in filter(None, files):
        if name == "scripts/check_docs.py":
            continue
        try:
            with open(os.path.join(root, name), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if OUTSIDE.search(line):
                        found.append(f"{name}:{number}: points outside the "
                                     f"repository: {line.strip()[:100]}")
        except (OSError, UnicodeDecodeError):
            continue
    return found


def main():
    root = os.path.realpath(sys.argv[1] if len(sys.argv) > 1 else
                            os.path.join(os.path.dirname(__file__), ".."))
    broken = []
    checked = 0
    tops = {name for name in os.listdir(root) if not name.startswith(".")}
    for page in markdown_files(root):
        shown = os.path.relpath(page, root)
        for number, line in prose_lines(page):
            for path in code_paths(line, tops):
                checked += 1
                if not os.path.exists(os.path.join(root, path)):
                    broken.append(f"{shown}:{number}: `{path}`: no such file")
            line = re.sub(r"`[^`]*`", "", line)  # inline code is not a link
            for target in LINK.findall(line):
                if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, mailto:
                    continue
                checked += 1
                path, _, fragment = target.partition("#")
                where = f"{shown}:{number}: {target}"
                dest = (page if not path else
                        os.path.realpath(os.path.join(os.path.dirname(page), path)))
                if dest != root and not dest.startswith(root + os.sep):
                    broken.append(f"{where}: points outside the repository")
                elif not os.path.exists(dest):
                    broken.append(f"{where}: no such file")
                elif fragment and dest.endswith(".md") and fragment not in anchors(dest):
                    broken.append(f"{where}: no heading with the anchor #{fragment}")
    broken += outside_references(root)
    for b in broken:
        print(b)
    print(f"check_docs: {checked} links and paths checked, {len(broken)} problems")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())

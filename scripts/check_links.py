#!/usr/bin/env python3
"""Checks the links of the project's Markdown files, without the network.

    python3 scripts/check_links.py [FILE.md ...]

By default it reads README.md, CONTRIBUTING.md, docs/*.md and results/README.md. For every
Markdown link and image, `[text](target)` and `![alt](target)`, every reference definition
`[label]: target`, and every `href=` and `src=` of inline HTML (outside code blocks and code
spans):

- a relative target must name a file or folder that exists in the checkout (a leading `/` is
  the top of the checkout, as GitHub reads it), and must not lead out of it;
- a `#anchor`, alone or after a Markdown file, must be the anchor of one of that file's
  headings, as GitHub makes them (lowercase; punctuation other than `-` and `_` removed; each
  space a `-`; a repeated heading gets `-1`, `-2`, ...), or an `id`/`name` of an HTML element
  in it;
- an http(s) link is checked for its syntax only (a scheme, a host, no spaces); mailto: links
  pass; any other scheme is an error.

Every broken link is printed as FILE:LINE: TARGET: reason, and the exit status is 1; 0 when
every link resolves.
"""
import glob
import os
import re
import sys
import urllib.parse

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT = ["README.md", "CONTRIBUTING.md", "docs/*.md", "results/README.md"]

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# [text](target "title") and ![alt](target), the text may hold one level of brackets.
INLINE = re.compile(r"!?\[(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*\]\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
                    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")
REFDEF = re.compile(r"^ {0,3}\[(?:[^\[\]\\]|\\.)+\]:\s*(<[^<>\n]*>|\S+)")
HTMLATTR = re.compile(r"<[A-Za-z][^<>]*?\s(?:href|src)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.S)
HTMLID = re.compile(r"<[A-Za-z][^<>]*?\s(?:id|name)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.S)
CODESPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d+)?$")


def prose_lines(text, blank_code_spans=True):
    """(line number, line) of the text outside fenced and indented code blocks (those lines
    empty); code spans are blanked to spaces unless told not to (a heading's anchor keeps their
    text)."""
    lines = text.split("\n")
    keep = []
    fence = None
    previous_blank = True
    in_indented = False
    for n, line in enumerate(lines, 1):
        if fence:
            m = FENCE.match(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and line.strip() == m.group(1):
                fence = None
            keep.append((n, ""))
            previous_blank = False
            continue
        m = FENCE.match(line)
        if m:
            fence = m.group(1)
            keep.append((n, ""))
            previous_blank = False
            continue
        blank = line.strip() == ""
        indented = not blank and (line.startswith("    ") or line.startswith("\t"))
        if indented and (previous_blank and not in_list_context(keep) or in_indented):
            in_indented = True
            keep.append((n, ""))
            previous_blank = False
            continue
        if not blank:
            in_indented = False
        keep.append((n, line))
        previous_blank = blank
    if not blank_code_spans:
        return keep
    # Code spans may run over a line break within a paragraph: blank them on the joined text.
    joined = "\n".join(line for _, line in keep)
    joined = CODESPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), joined)
    return list(zip((n for n, _ in keep), joined.split("\n")))


def in_list_context(kept):
    """Whether the last non-blank line before a blank line was part of a list item, where an
    indented line continues the item instead of starting a code block."""
    for _, line in reversed(kept):
        if line.strip():
            return bool(re.match(r"^\s*(?:[-*+]|\d+[.)])\s", line)) or line.startswith("  ")
    return False


def anchor(heading, seen):
    """GitHub's anchor for a heading's text; `seen` counts the anchors so far."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)   # a link or image: its text
    text = re.sub(r"<[^>]+>", "", text)                          # inline HTML
    text = text.replace("`", "")
    text = re.sub(r"(\*+)(.+?)\1", r"\2", text)                  # emphasis with *
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    slug = text.replace(" ", "-")
    count = seen.get(slug, 0)
    seen[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


_anchors = {}


def anchors_of(path):
    """The anchors of a Markdown file: its headings' and its HTML ids."""
    if path in _anchors:
        return _anchors[path]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found, seen = set(), {}
    lines = prose_lines(text, blank_code_spans=False)
    for i, (_, line) in enumerate(lines):
        m = ATX.match(line)
        if m:
            title = re.sub(r"[ \t]+#+$", "", m.group(2) or "")
            found.add(anchor(title, seen))
            continue
        if i + 1 < len(lines) and line.strip() and not line.startswith("    "):
            under = lines[i + 1][1]
            if SETEXT.match(under) and not re.match(r"^\s*(?:[-*+]\s|\||>)", line):
                # "---" under a paragraph line is a heading only if that line is the paragraph's
                # last; a lone line (blank before it) is the common case, and tables start with |.
                if i == 0 or not lines[i - 1][1].strip() or under.strip().startswith("="):
                    found.add(anchor(line, seen))
    for m in HTMLID.finditer(text):
        found.add(m.group(1).strip("\"'"))
    _anchors[path] = found
    return found


def targets(text):
    """(line number, target) of every link of the text."""
    out = []
    lines = prose_lines(text)
    joined = "\n".join(line for _, line in lines)
    starts = [0]
    for _, line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def line_of(offset):
        lo, hi = 0, len(lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lines[lo][0]

    for m in INLINE.finditer(joined):
        out.append((line_of(m.start()), m.group(1)))
    for n, line in lines:
        m = REFDEF.match(line)
        if m:
            out.append((n, m.group(1)))
    for m in HTMLATTR.finditer(joined):
        out.append((line_of(m.start()), m.group(1).strip("\"'")))
    return out


def check_target(source, target):
    """None when the target resolves, else the reason."""
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1]
    if target == "":
        return "empty link"
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", target)
    if scheme:
        name = scheme.group(1).lower()
        if name == "mailto":
            return None if re.match(r"^mailto:[^\s@]+@[^\s@]+$", target, re.I) else "malformed mailto link"
        if name not in ("http", "https"):
            return f"scheme {name}: is not checked (use http, https or a relative link)"
        if re.search(r"\s", target):
            return "a URL with a space"
        u = urllib.parse.urlsplit(target)
        if not u.netloc or not HOST.match(u.netloc.rsplit("@", 1)[-1]):
            return "a URL without a valid host"
        return None
    if target.startswith("//"):
        return "a protocol-relative URL (write https:)"
    path, _, fragment = target.partition("#")
    path = urllib.parse.unquote(path.split("?", 1)[0])
    if path == "":
        resolved = source
    elif path.startswith("/"):
        resolved = os.path.normpath(os.path.join(ROOT, path.lstrip("/")))
    else:
        resolved = os.path.normpath(os.path.join(os.path.dirname(source), path))
    if os.path.commonpath([ROOT, os.path.abspath(resolved)]) != ROOT:
        return "leads out of the checkout"
    if not os.path.exists(resolved):
        return f"no such file: {os.path.relpath(resolved, ROOT)}"
    if fragment:
        if os.path.isdir(resolved) or not resolved.lower().endswith((".md", ".markdown")):
            return f"an anchor on {os.path.relpath(resolved, ROOT)}, which is not a Markdown file"
        fragment = urllib.parse.unquote(fragment)
        if fragment not in anchors_of(resolved):
            return f"no heading with anchor #{fragment} in {os.path.relpath(resolved, ROOT)}"
    return None


def main(argv):
    patterns = argv[1:] or DEFAULT
    files = []
    for p in patterns:
        full = p if os.path.isabs(p) else os.path.join(ROOT, p)
        matched = sorted(glob.glob(full))
        if not matched:
            print(f"check_links: no file {p}", file=sys.stderr)
            return 1
        files += [os.path.realpath(m) for m in matched]
    broken, count = 0, 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for n, target in targets(text):
            count += 1
            reason = check_target(path, target)
            if reason:
                broken += 1
                print(f"{os.path.relpath(path, ROOT)}:{n}: {target}: {reason}")
    if broken:
        print(f"check_links: {broken} of {count} links in {len(files)} files are broken", file=sys.stderr)
        return 1
    print(f"check_links: {count} links in {len(files)} files: every one resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

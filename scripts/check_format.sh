#!/usr/bin/env bash
# Fails when a Swift file is not as `swift format` (in the toolchain) writes it with the committed
# .swift-format; names the files. To format: swift format -i -r -p Sources Tests Package.swift
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r Sources Tests Package.swift .swift-format "$tmp/"
(cd "$tmp" && swift format -i -r -p Sources Tests Package.swift)
if ! diff -rq Sources "$tmp/Sources" >/dev/null || ! diff -rq Tests "$tmp/Tests" >/dev/null || ! diff -q Package.swift "$tmp/Package.swift" >/dev/null; then
  echo "check_format: not formatted as .swift-format says (run: swift format -i -r -p Sources Tests Package.swift):" >&2
  { diff -rq Sources "$tmp/Sources"; diff -rq Tests "$tmp/Tests"; diff -q Package.swift "$tmp/Package.swift"; } 2>&1 | sed "s|$tmp/||" | head -20 >&2
  exit 1
fi
echo "check_format: $(find Sources Tests -name '*.swift' | wc -l) Swift files and Package.swift formatted as .swift-format says"

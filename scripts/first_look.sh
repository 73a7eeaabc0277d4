#!/usr/bin/env bash
# Runs the commands of the README's "A first look" as written, in order, in a fresh clone of
# this repository's committed state, then checks that they left `git status` clean (they write
# under out/ only, never into results/).
#
#   scripts/first_look.sh [BIN_DIR]    (the folder holding nnsweep; default .build/release)
#
# The block is the ```sh block after the line "<!-- first-look -->" in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-.build/release}")
[ -x "$BIN/nnsweep" ] || { echo "first_look: no nnsweep in $BIN (build it, or name its folder)" >&2; exit 2; }
CLONE=$(mktemp -d)/first-look
trap 'rm -rf "$(dirname "$CLONE")"' EXIT
git clone -q . "$CLONE"
awk '/<!-- first-look -->/ { on = 1; next } on && /^```sh/ { inside = 1; next } inside && /^```/ { exit } inside { print }' README.md > "$CLONE.sh"
[ -s "$CLONE.sh" ] || { echo "first_look: no first-look block in README.md" >&2; exit 1; }
echo "first_look: running in a fresh clone:"; sed 's/^/  /' "$CLONE.sh"
# nnsweep is found in BIN when the clone has no build of its own.
(cd "$CLONE" && PATH="$BIN:$PATH" bash -euo pipefail "$CLONE.sh")
changed=$(git -C "$CLONE" status --porcelain)
if [ -n "$changed" ]; then
  echo "first_look: the commands changed the clone:" >&2; echo "$changed" >&2; exit 1
fi
echo "first_look: every command ran and git status is clean"

#!/usr/bin/env bash
# Opens a sweep's report.html in headless Chromium (from disk, as a user would), saves a
# screenshot and checks that every figure on the page loaded.
#
# Usage: scripts/check_report.sh DIR [SCREENSHOT.png]
#   DIR         a sweep folder holding report.html (after nnsweep plot DIR or nnsweep run)
#   SCREENSHOT  where to save the screenshot (default: $TMPDIR/nnsweep-report-NAME.png)
# Environment: WINDOW=WIDTHxHEIGHT for the screenshot (default 1500x7000).
#
# report.html (a sweep's, or the page of nnsweep compare --report) marks each figure
# data-loaded="yes" or "no" once the page has loaded and sets data-images="LOADED/TOTAL",
# data-scripts="RUNNING/TOTAL" (interactive SVGs whose gnuplot script runs) and data-errors (script
# errors) on <body>; opened with ?selftest it also clicks a table header, checks the rows were
# sorted, types in the filter box and writes the result in data-selftest. This script reads them
# from the DOM Chromium dumps, and fails on console errors Chromium logs.
# Exit status: 0 every figure loaded, every SVG's script runs, no script error and the table
# sorts; 1 otherwise or the page has no figure; 2 usage; 3 Chromium is not installed
# (Debian: apt-get install chromium).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 DIR [SCREENSHOT.png]" >&2
    exit 2
fi
dir=$1
if [ ! -f "$dir/report.html" ]; then
    echo "check_report: no report.html in $dir (run nnsweep plot $dir, or nnsweep compare --report $dir, first)" >&2
    exit 2
fi
browser=""
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [ -z "$browser" ]; then
    echo "check_report: Chromium is not installed; install it with: apt-get install chromium" >&2
    exit 3
fi

abs_dir=$(cd "$dir" && pwd)
url="file://$abs_dir/report.html"
name=$(basename "$abs_dir")
shot=${2:-${TMPDIR:-/tmp}/nnsweep-report-$name.png}
window=${WINDOW:-1500x7000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files
       --user-data-dir="$work/profile" --virtual-time-budget=15000)

if ! "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "$url?selftest" >"$work/dom.html" 2>"$work/dump.log"; then
    echo "check_report: Chromium could not load $url:" >&2
    tail -n 20 "$work/dump.log" >&2
    exit 1
fi
if ! "$browser" "${flags[@]}" --window-size="${window/x/,}" --screenshot="$shot" "$url?selftest" >/dev/null 2>"$work/shot.log"; then
    echo "check_report: Chromium could not take a screenshot of $url:" >&2
    tail -n 20 "$work/shot.log" >&2
    exit 1
fi

attr() { grep -o "<body[^>]*" "$work/dom.html" | head -n 1 | grep -o " $1=\"[^\"]*\"" | sed 's/.*="\(.*\)"/\1/' || true; }
counts=$(attr data-images)
if [ -z "$counts" ]; then
    echo "check_report: the page did not report its figures (was its script blocked?)" >&2
    exit 1
fi
loaded=${counts%/*}
total=${counts#*/}
scripts=$(attr data-scripts)
running=${scripts%/*}
objects=${scripts#*/}
errors=$(attr data-errors)
selftest=$(attr data-selftest)
broken=$(grep -o '<\(img\|object\)[^>]*data-loaded="no"[^>]*>' "$work/dom.html" | grep -o '\(src\|data\)="[^"]*"' || true)
dead=$(grep -o '<object[^>]*data-script="no"[^>]*>' "$work/dom.html" | grep -o 'data="[^"]*"' || true)
console=$(grep -a 'CONSOLE' "$work/dump.log" | grep -ai 'error\|uncaught' || true)

echo "report: $abs_dir/report.html"
echo "figures loaded: $loaded of $total"
echo "interactive SVGs with their script running: $running of $objects"
echo "table sorting and filtering: ${selftest:-not run}"
echo "screenshot: $shot ($window)"
status=0
if [ "$total" -eq 0 ]; then
    echo "check_report: the report shows no figures" >&2
    status=1
fi
if [ "$loaded" -ne "$total" ]; then
    echo "check_report: figures that did not load:" >&2
    echo "$broken" >&2
    status=1
fi
if [ "$running" != "$objects" ]; then
    echo "check_report: SVGs whose gnuplot script did not run:" >&2
    echo "$dead" >&2
    status=1
fi
if [ "$selftest" != "ok" ]; then
    echo "check_report: table sorting failed: ${selftest:-the self-test did not run}" >&2
    status=1
fi
if [ "${errors:-0}" != "0" ] || [ -n "$console" ]; then
    echo "check_report: script errors on the page (${errors:-0}):" >&2
    [ -z "$console" ] || echo "$console" >&2
    status=1
fi
exit $status

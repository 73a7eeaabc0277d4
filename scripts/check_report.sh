#!/usr/bin/env bash
# Opens a sweep's report.html in headless Chromium (from disk, as a user would), saves a
# screenshot and checks that every figure on the page loaded.
#
# Usage: scripts/check_report.sh DIR [SCREENSHOT.png]
#   DIR         a sweep folder holding report.html (after nnsweep plot DIR or nnsweep run)
#   SCREENSHOT  where to save the screenshot (default: $TMPDIR/nnsweep-report-NAME.png)
# Environment: WINDOW=WIDTHxHEIGHT for the screenshot (default 1500x7000).
#
# report.html marks each <img> data-loaded="yes" or "no" once the page has loaded and sets
# data-images="LOADED/TOTAL" on <body>; this script reads them from the DOM Chromium dumps.
# Exit status: 0 every image loaded; 1 an image did not load or the page has none;
# 2 usage; 3 Chromium is not installed (Debian: apt-get install chromium).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 DIR [SCREENSHOT.png]" >&2
    exit 2
fi
dir=$1
if [ ! -f "$dir/report.html" ]; then
    echo "check_report: no report.html in $dir (run nnsweep plot $dir first)" >&2
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

if ! "$browser" "${flags[@]}" --dump-dom "$url" >"$work/dom.html" 2>"$work/dump.log"; then
    echo "check_report: Chromium could not load $url:" >&2
    tail -n 20 "$work/dump.log" >&2
    exit 1
fi
if ! "$browser" "${flags[@]}" --window-size="${window/x/,}" --screenshot="$shot" "$url" >/dev/null 2>"$work/shot.log"; then
    echo "check_report: Chromium could not take a screenshot of $url:" >&2
    tail -n 20 "$work/shot.log" >&2
    exit 1
fi

counts=$(grep -o 'data-images="[0-9]*/[0-9]*"' "$work/dom.html" | head -n 1 | sed 's/.*="\(.*\)"/\1/' || true)
if [ -z "$counts" ]; then
    echo "check_report: the page did not report its images (was its script blocked?)" >&2
    exit 1
fi
loaded=${counts%/*}
total=${counts#*/}
broken=$(grep -o '<img[^>]*data-loaded="no"[^>]*>' "$work/dom.html" | grep -o 'src="[^"]*"' || true)

echo "report: $abs_dir/report.html"
echo "images loaded: $loaded of $total"
echo "screenshot: $shot ($window)"
if [ "$total" -eq 0 ]; then
    echo "check_report: the report shows no figures" >&2
    exit 1
fi
if [ "$loaded" -ne "$total" ]; then
    echo "check_report: images that did not load:" >&2
    echo "$broken" >&2
    exit 1
fi

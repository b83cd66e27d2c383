#!/bin/sh
# Renders dcs's HTML report in a real headless browser and saves a screenshot, to check by eye
# that the page reads well with no network (no external scripts, fonts or styles).
#
#   scripts/screenshot-report.sh [REPORT.html] [OUT.png] [WIDTHxHEIGHT]
#
# REPORT.html defaults to target/dcs/dcs-report.html, else the sample page the linter-core tests
# write (mvn -pl linter-core -am test -Dtest=HtmlReportTest -Dsurefire.failIfNoSpecifiedTests=false).
# Needs Debian's chromium: apt-get update && apt-get install -y chromium
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
report=${1:-}
if [ -z "$report" ]; then
    report="$root/target/dcs/dcs-report.html"
    [ -f "$report" ] || report="$root/linter-core/target/html-report-sample/dcs-report.html"
fi
out=${2:-"${report%.html}.png"}
size=${3:-1280x1600}

[ -f "$report" ] || { echo "no report at $report: run verify-docs or the HtmlReportTest first" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "no chromium: apt-get update && apt-get install -y chromium" >&2; exit 2; }

abs_report=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
abs_out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
# --disable-background-networking: the page must render with no network at all;
# --no-sandbox: containers run as root, where chromium's sandbox cannot start.
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --hide-scrollbars --window-size="$(echo "$size" | tr x ,)" \
    --screenshot="$abs_out" "file://$abs_report" 2>/dev/null
[ -s "$abs_out" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "$abs_out"

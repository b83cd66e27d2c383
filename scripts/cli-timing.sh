#!/usr/bin/env bash
# Wall time of the command line on the whole corpus (docs/benchmark.md): a cold `verify` without
# cache, a cached `verify` after one API page was edited, and `verify` of an empty folder (the
# JVM, the rules and the reports alone).
#
#   scripts/cli-timing.sh [RUNS] [OTHER_JAR]      (default 7; run after mvn -o install -DskipTests)
#
# Each kind of run is repeated RUNS times, interleaved with OTHER_JAR's (another build of
# dcs.jar, e.g. one saved before a change) when given, so that the machine's drifting speed hits
# both alike; prints every time and the medians. The corpus is copied to a temporary folder, its
# files dated an hour back as in a checkout (the cache then trusts their stamps).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-7}
OTHER=${2:-}
SHARED=${DCS_SHARED:-$(pwd)/../shared}
JAR=$(pwd)/cli/target/dcs.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$SHARED/corpus" "$WORK/docs"
chmod -R u+w "$WORK/docs"
find "$WORK/docs" -type f -exec touch -d '1 hour ago' {} +
mkdir -p "$WORK/empty"
PAGE=$(find "$WORK/docs" -path '*/api-ref/*' -name '*.rst' | sort | sed -n 1p)

jars=("$JAR")
[ -n "$OTHER" ] && jars+=("$OTHER")

# seconds of wall time of one command, its output dropped (exit 1 means findings: expected)
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk "BEGIN {printf \"%.3f\", $end - $start}"
}

median() {
  sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

declare -A times
for kind in cold edited empty; do
  for jar in "${jars[@]}"; do times["$kind $jar"]=""; done
done
for jar in "${jars[@]}"; do
  # fill each jar's cache once (not timed)
  (cd "$WORK" && java -jar "$jar" verify --cache-dir="$WORK/cache-$(basename "$jar")" -o "$WORK/out" docs \
    >/dev/null 2>&1 || true)
done
for i in $(seq 1 "$RUNS"); do
  for jar in "${jars[@]}"; do
    cache="$WORK/cache-$(basename "$jar")"
    t=$(cd "$WORK" && seconds java -jar "$jar" verify --no-cache -o "$WORK/out" docs)
    times["cold $jar"]+="$t "
    echo "edit $i $jar" >> "$PAGE"
    t=$(cd "$WORK" && seconds java -jar "$jar" verify --cache-dir="$cache" -o "$WORK/out" docs)
    times["edited $jar"]+="$t "
    t=$(cd "$WORK" && seconds java -jar "$jar" verify --no-cache -o "$WORK/out" empty)
    times["empty $jar"]+="$t "
  done
done
for kind in cold edited empty; do
  for jar in "${jars[@]}"; do
    list=${times["$kind $jar"]}
    med=$(echo "$list" | tr ' ' '\n' | grep . | median)
    printf '%-7s %-60s median %6.3f s   (%s)\n' "$kind" "$jar" "$med" "$list"
  done
done

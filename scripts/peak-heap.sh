#!/usr/bin/env bash
# The smallest heap in which `java -jar dcs.jar verify --no-cache` ends normally, for 1, 2, 4 and
# 8 copies of ../shared/corpus (docs/benchmark.md, "peak heap").
#
#   scripts/peak-heap.sh [JAR]        (default cli/target/dcs.jar; build it first: mvn -o install -DskipTests)
#
# Each copy is its own folder under one source root (target/peak-heap/copies/N/cK). For each
# number of copies, -Xmx goes up a ladder (with -XX:+UseSerialGC, so the heap is what -Xmx
# says) until the run exits 0 or 1 (findings); exit code 3 is dcs's "out of memory". The run is
# given the copies twice: as one source root (every copy's Markdown pages then form one doc set),
# and as one source root per copy (one doc set of Markdown pages per copy).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
JAR=$(realpath "${1:-cli/target/dcs.jar}")
SHARED=${DCS_SHARED:-$ROOT/../shared}
WORK=$ROOT/target/peak-heap
LADDER="12 14 16 18 20 24 28 32 40 48 56 64 80 96 128"

smallest() { # smallest -Xmx (MB) of the ladder in which the command succeeds
  for mb in $LADDER; do
    set +e
    java -Xmx${mb}m -XX:+UseSerialGC -jar "$JAR" verify --no-cache --no-fail-on-violation \
      -o "$WORK/out" "$@" > "$WORK/last.log" 2>&1
    rc=$?
    set -e
    if [ $rc -eq 0 ] || [ $rc -eq 1 ]; then echo "$mb"; return; fi
  done
  echo ">${LADDER##* }"
}

printf "%-8s %-8s %-14s %-14s\n" copies files "one root" "root per copy"
for n in 1 2 4 8; do
  rm -rf "$WORK/copies"
  mkdir -p "$WORK/copies/$n"
  roots=()
  for k in $(seq 1 "$n"); do
    mkdir -p "$WORK/copies/$n/c$k"
    cp -r "$SHARED/corpus/otc" "$SHARED/corpus/markdown" "$WORK/copies/$n/c$k/"
    roots+=("$WORK/copies/$n/c$k")
  done
  files=$(find "$WORK/copies/$n" -name '*.rst' -o -name '*.md' | wc -l)
  one=$(smallest "$WORK/copies/$n")
  each=$(smallest "${roots[@]}")
  printf "%-8s %-8s %-14s %-14s\n" "$n" "$files" "${one} MB" "${each} MB"
done
rm -rf "$WORK/copies"

#!/usr/bin/env bash
# The Spark driver gives the same report as one run: `tifa analyze CORPUS` once, then scripts/spark/tifa_spark.py in
# local[2] mode (4 shards, tifa analyze --partial in mapPartitions, tifa merge), and every file compared byte for byte
# (timings.json aside). Needs pyspark and a JDK.
#   scripts/spark/check_spark.sh TIFA_BINARY CORPUS [ANALYZE OPTION...]   (paths relative to the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
tifa="$1" corpus="$2"
shift 2
options=("$@")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

SECONDS=0
"$tifa" analyze "$corpus" --out "$work/single" --quiet --dictionaries Dictionaries "${options[@]}"
single=$SECONDS
python3 scripts/spark/tifa_spark.py --tifa "$tifa" --dictionaries Dictionaries --master 'local[2]' --shards 4 \
  --out "$work/spark" "$corpus" -- "${options[@]}" 2>"$work/spark.log" \
  || { echo "check_spark: tifa_spark.py failed:" >&2; tail -40 "$work/spark.log" >&2; exit 1; }
grep '^tifa' "$work/spark.log" >&2 || true
spark=$((SECONDS - single))

if ! diff -r -x timings.json "$work/single" "$work/spark" >"$work/diff.txt"; then
  echo "check_spark: the Spark report differs from the single run:" >&2
  head -20 "$work/diff.txt" >&2
  exit 1
fi
files=$(cd "$work/single" && find . -type f ! -name timings.json | wc -l)
echo "check_spark: $files files byte-identical (timings.json aside); single run ${single} s, Spark local[2] ${spark} s"

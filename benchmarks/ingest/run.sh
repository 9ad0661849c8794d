#!/usr/bin/env bash
# Ingest speed: decode + normalise (+ structure, + writing the text) with `tifa normalize`, release build, one core.
#   1. the government work reports (../shared/corpora/gov-work-reports, UTF-8, simplified) repeated to ≥ 100 MB;
#   2. the SIGHAN AS test text (../shared/eval/sighan2005/as_test.txt, Big5, traditional) repeated to ≥ 50 MB.
# Prints wall and CPU seconds and MB/s (input bytes / CPU seconds, and / wall seconds). Run on an idle machine.
# Usage: benchmarks/ingest/run.sh [work-dir]   (default: a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="../shared"
[ -d "$shared/corpora/gov-work-reports" ] || { echo "needs $shared/corpora/gov-work-reports" >&2; exit 1; }

work="${1:-}"
if [ -z "$work" ]; then work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work"

swift build -c release --product tifa >&2
tifa=".build/release/tifa"

repeat_to() { # source-files… target-bytes out
  local out="${*: -1}" want="${*: -2:1}"; local files=("${@:1:$#-2}")
  : > "$out"
  while [ "$(stat -c %s "$out")" -lt "$want" ]; do cat "${files[@]}" >> "$out"; done
}
repeat_to "$shared"/corpora/gov-work-reports/*.txt $((100 * 1024 * 1024)) "$work/gov.txt"
repeat_to "$shared/eval/sighan2005/as_test.txt" $((50 * 1024 * 1024)) "$work/big5.txt"

run() { # name file
  local bytes; bytes=$(stat -c %s "$2")
  # Warm the page cache, then time.
  cat "$2" > /dev/null
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$tifa" normalize "$2" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys rss < "$work/time"
  awk -v n="$1" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    mb = b / 1e6; cpu = u + s
    printf "%-28s %8.1f MB  wall %6.2f s  cpu %6.2f s (user %.2f, sys %.2f)  %6.1f MB/s cpu  %6.1f MB/s wall  rss %d MB\n",
      n, mb, w, cpu, u, s, mb / cpu, mb / w, r / 1024 }'
}
run "simplified (gov reports)" "$work/gov.txt"
run "traditional (Big5 AS text)" "$work/big5.txt"

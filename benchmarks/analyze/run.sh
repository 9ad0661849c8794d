#!/usr/bin/env bash
# Benchmark of `tifa analyze`: the government work reports repeated to SIZE_MB (default 200), analysed on one core
# and on all cores, against `tifa segment` alone and Python jieba / rjieba + Counter baselines, with peak RSS.
#
#   benchmarks/analyze/run.sh [SIZE_MB] [--no-baselines]
#
# BASELINE_ENGINES chooses the Python baselines (default "jieba rjieba"; jieba alone takes minutes on 200 MB).
#
# Needs a release build (made here), GNU time (/usr/bin/time) and, for the baselines, python3 with jieba and rjieba.
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-200}
baselines=1
[[ "${2:-}" == "--no-baselines" ]] && baselines=0
source_dir=../shared/corpora/gov-work-reports
[ -d "$source_dir" ] || source_dir=Corpus/gov-work-reports
work=${TMPDIR:-/tmp}/tifa-bench-analyze-$size_mb
cores=$(nproc)

build_log=$(mktemp)
swift build -c release --product tifa >"$build_log" 2>&1 || { cat "$build_log"; exit 1; }
rm -f "$build_log"
tifa=.build/release/tifa

if [ ! -f "$work/.complete" ]; then
  rm -rf "$work"
  mkdir -p "$work/corpus"
  one=$(du -sb "$source_dir" | cut -f1)
  copies=$(( (size_mb * 1000000 + one - 1) / one ))
  for k in $(seq -w 1 "$copies"); do
    mkdir -p "$work/corpus/copy$k"
    cp "$source_dir"/*.txt "$work/corpus/copy$k/"
  done
  find "$work/corpus" -name '*.txt' | sort | xargs cat > "$work/all.txt"
  touch "$work/.complete"
fi
mb=$(du -sb "$work/corpus" | awk '{printf "%.1f", $1 / 1e6}')
files=$(find "$work/corpus" -name '*.txt' | wc -l)
echo "corpus: $files files, $mb MB ($work/corpus); $cores cores; tifa $($tifa --version); load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # label, then the command; prints wall seconds, MB/s, CPU seconds (user + system) and peak RSS
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null
  read -r secs user sys rss < "$log"
  rm -f "$log"
  awk -v l="$label" -v s="$secs" -v c="$(echo "$user + $sys" | bc)" -v r="$rss" -v mb="$mb" \
    'BEGIN { printf "%-34s %7.1f s %7.2f MB/s   CPU %7.1f s (%5.2f MB per CPU-s)   peak RSS %5.0f MB\n", l, s, mb / s, c, mb / c, r / 1024 }'
}

measure "tifa segment, 1 core" "$tifa" segment --jobs 1 "$work/all.txt"
measure "tifa segment, $cores cores" "$tifa" segment --jobs "$cores" "$work/all.txt"
rm -rf "$work/out1" "$work/outN" "$work/outD"
measure "tifa analyze --no-dashboard, 1 core" "$tifa" analyze "$work/corpus" --out "$work/out1" --jobs 1 --quiet --group-by year --no-dashboard
measure "tifa analyze --no-dashboard, $cores cores" "$tifa" analyze "$work/corpus" --out "$work/outN" --jobs "$cores" --quiet --group-by year --no-dashboard
echo "phases ($cores cores): $(tr -d ' \n' < "$work/outN/timings.json")"
if diff -rq -x timings.json "$work/out1" "$work/outN" >/dev/null; then
  echo "1-core and $cores-core reports are byte-identical"
else
  echo "1-core and $cores-core reports DIFFER (did a dictionary change between the runs?)"
fi
measure "tifa analyze (with dashboard), $cores cores" "$tifa" analyze "$work/corpus" --out "$work/outD" --jobs "$cores" --quiet --group-by year

if [ "$baselines" = 1 ]; then
  for engine in ${BASELINE_ENGINES:-jieba rjieba}; do
    if python3 -c "import $engine" 2>/dev/null; then
      measure "python $engine + Counter, 1 core" python3 benchmarks/analyze/jieba_baseline.py "$engine" "$work/corpus"
    else
      echo "python $engine: not installed (pip install $engine)"
    fi
  done
fi

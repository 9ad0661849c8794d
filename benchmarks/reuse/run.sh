#!/bin/sh
# Speed of `tifa reuse`: 10,000 synthetic documents of about 3,000 characters (benchmarks/reuse/synth.py), release
# build, 2 worker threads, wall time and peak RSS from /usr/bin/time -v. Then the planting benchmark.
# Usage: benchmarks/reuse/run.sh [CORPUS_DIR]   (default /tmp/tifa-reuse-10k, made when missing)
set -e
cd "$(dirname "$0")/../.."
corpus=${1:-/tmp/tifa-reuse-10k}
[ -d "$corpus" ] || python3 benchmarks/reuse/synth.py "$corpus" 10000
swift build -c release --product tifa
/usr/bin/time -v .build/release/tifa reuse "$corpus" --jobs 2 --format csv > /tmp/tifa-reuse-10k.csv 2> /tmp/tifa-reuse-10k.time
grep -E "Elapsed|Maximum resident|passages among" /tmp/tifa-reuse-10k.time
echo "passages: $(($(wc -l < /tmp/tifa-reuse-10k.csv) - 1))"
python3 benchmarks/reuse/plant.py --tifa .build/release/tifa

#!/usr/bin/env python3
"""Cost of extraction (matching + discovery) against segmentation on the government work reports.

Builds tifa in release mode, writes a 100,000-term user list to /tmp (never in the repo): 2,000 substrings of the
reports themselves (3-6 characters, so the list really matches, about 200 hits per report) and 98,000 synthetic
terms of 2-6 characters drawn from the reports' characters, then runs
`tifa extract Corpus/gov-work-reports --timing` with the shipped codebooks alone and with the user list added.
`--timing` times, in the same process and on the same normalised texts, the extraction of all documents and
their segmentation by the default segmenter with all codebook terms added as a forced lexicon (best of three
rounds each, timed in the thread's CPU time, so that a busy machine disturbs the ratio less).

Usage: benchmarks/extract/run.py [--no-build]
"""
import argparse
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Corpus", "gov-work-reports")
WORK = "/tmp/tifa-extract-bench"
TIFA = os.path.join(ROOT, ".build", "release", "tifa")


def make_term_list(n=100_000):
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, f"user-{n}-v2.txt")
    if os.path.exists(path):
        return path
    rng = random.Random(20101111)
    text = ""
    for name in sorted(os.listdir(CORPUS)):
        with open(os.path.join(CORPUS, name), encoding="utf-8", errors="replace") as f:
            text += f.read()
    han = re.findall(r"[\u4e00-\u9fff]{3,}", text)
    terms = set()
    while len(terms) < n // 50:
        run = rng.choice(han)
        size = rng.randint(3, min(6, len(run)))
        start = rng.randint(0, len(run) - size)
        terms.add(run[start:start + size])
    alphabet = sorted(set("".join(han)))
    while len(terms) < n:
        terms.add("".join(rng.choice(alphabet) for _ in range(rng.randint(2, 6))))
    with open(path, "w", encoding="utf-8") as f:
        f.write("# version: bench-1\n")
        for t in sorted(terms):
            f.write(t + "\n")
    return path


def run(extra):
    cmd = [TIFA, "extract", CORPUS, "--timing", "--out", os.path.join(WORK, "out.jsonl")] + extra
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if proc.returncode != 0 and "best extract" not in proc.stderr:
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr}")
    if proc.returncode != 0:
        print(f"   (note: tifa exited with {proc.returncode} after printing its timings)")
    times = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"^(\w[\w ]*?)\s+([\d.]+) s( |$)", line)
        if m:
            times[m.group(1)] = float(m.group(2))
        if line.startswith("documents"):
            header = line
    return header, times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "tifa"], cwd=ROOT, check=True)
    user = make_term_list()
    for label, extra in (("shipped codebooks", []), ("shipped + 100,000-term user list", ["--dict", user])):
        header, t = run(extra)
        print(f"== {label}")
        print(f"   {header}")
        print(f"   codebook load {t['codebooks']:.3f} s, ingest {t['ingest']:.3f} s (first pass)")
        print(f"   scan {t['best match']:.4f} s, extract {t['best extract']:.4f} s, segment {t['best segment']:.4f} s "
              "(thread CPU time, best of 3 rounds each; the scan is part of extract)")
        print(f"   extract / segment = {100 * t['best extract'] / t['best segment']:.1f}%")


if __name__ == "__main__":
    main()

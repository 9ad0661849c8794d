#!/usr/bin/env python3
"""Baseline for benchmarks/analyze: word frequencies of a folder of UTF-8 texts with jieba or rjieba + Counter.

Usage: jieba_baseline.py jieba|rjieba FOLDER
Prints one line: engine, documents, megabytes, seconds, MB/s, distinct terms.
"""
import collections
import os
import sys
import time


def main():
    engine, folder = sys.argv[1], sys.argv[2]
    if engine == "jieba":
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
        cut = jieba.lcut
    else:
        import rjieba
        cut = rjieba.cut
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".txt"))
    counts = collections.Counter()
    size = 0
    start = time.perf_counter()
    for p in paths:
        with open(p, "rb") as fh:
            data = fh.read()
        size += len(data)
        counts.update(w for w in cut(data.decode("utf-8")) if not w.isspace())
    seconds = time.perf_counter() - start
    mb = size / 1e6
    print(f"{engine}: {len(paths)} documents, {mb:.1f} MB, {seconds:.1f} s, {mb / seconds:.2f} MB/s, {len(counts)} distinct terms")


if __name__ == "__main__":
    main()

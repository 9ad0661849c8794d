#!/usr/bin/env python3
"""Score `tifa segment` on the SIGHAN 2005 PKU, MSR and AS test sets (../shared/eval/sighan2005).

AS (Academia Sinica) is in traditional characters; tifa segments it through its simplified projection.

Scoring follows that folder's README: a word is right when its start and end match a gold word;
precision = right / words output, recall = right / gold words, F = 2PR / (P + R); OOV recall is the
recall over gold words missing from the training word list. Gold words are separated by two spaces;
tifa's output by one space (any whitespace separates words here).

Usage: scripts/eval_segmentation.py [--no-build] [--peers] [--jobs N] [--gold FILE]...
  --peers   also score jieba (with and without HMM), rjieba and tifa with no lexicons (plain ICU + numbers).
  --gold    also score another gold file in the same format (words separated by spaces, one sentence a line),
            for example a sample of the SIGHAN 2005 CityU (Hong Kong) test gold; its test text is the gold with
            the spaces removed. It has no training word list, so OOV recall is not given.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "sighan2005"))
CORPORA = ["pku", "msr", "as"]


def spans(words):
    out, pos = set(), 0
    for w in words:
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out, pos


def score(output_lines, gold_lines, training_words):
    right = produced = gold_total = oov_total = oov_right = 0
    mismatched = 0
    for out_line, gold_line in zip(output_lines, gold_lines):
        words = out_line.split()
        gold = gold_line.split()
        out_spans, out_len = spans(words)
        gold_spans, gold_len = spans(gold)
        if out_len != gold_len:
            mismatched += 1
        right += len(out_spans & gold_spans)
        produced += len(out_spans)
        gold_total += len(gold_spans)
        pos = 0
        for w in gold:
            if w not in training_words:
                oov_total += 1
                if (pos, pos + len(w)) in out_spans:
                    oov_right += 1
            pos += len(w)
    if len(output_lines) != len(gold_lines):
        mismatched += abs(len(output_lines) - len(gold_lines))
    p = right / produced if produced else 0.0
    r = right / gold_total if gold_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    oov = oov_right / oov_total if oov_total else 0.0
    return p, r, f, oov, mismatched


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().replace("\r\n", "\n").split("\n")[:-1]


def tifa_binary(build):
    if build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "tifa"], cwd=ROOT, check=True)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_path, "tifa")


def run_tifa(binary, text_path, jobs, extra=()):
    with open(text_path, "rb") as f:
        result = subprocess.run([binary, "segment", "--jobs", str(jobs), *extra], stdin=f, capture_output=True,
                                check=True)
    return result.stdout.decode("utf-8").split("\n")[:-1]


def peer_segmenters():
    peers = {}
    try:
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
        peers["jieba (no HMM)"] = lambda line: " ".join(w for w in jieba.cut(line, HMM=False) if w.strip())
        peers["jieba (HMM)"] = lambda line: " ".join(w for w in jieba.cut(line, HMM=True) if w.strip())
    except ImportError:
        print("jieba not installed: skipped", file=sys.stderr)
    try:
        import rjieba
        peers["rjieba"] = lambda line: " ".join(w for w in rjieba.cut(line) if w.strip())
    except ImportError:
        print("rjieba not installed: skipped", file=sys.stderr)
    return peers


def test_sets(extra_golds):
    """(label, test text path, gold lines, training words or None) for SIGHAN's sets and each extra gold file."""
    sets = []
    for corpus in CORPORA:
        sets.append((corpus.upper(), os.path.join(DATA, f"{corpus}_test.utf8"),
                     read_lines(os.path.join(DATA, f"{corpus}_test_gold.utf8")),
                     set(read_lines(os.path.join(DATA, f"{corpus}_training_words.utf8")))))
    for path in extra_golds:
        gold = read_lines(path)
        text = tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".utf8", delete=False)
        text.write("".join("".join(line.split()) + "\n" for line in gold))
        text.close()
        sets.append((os.path.basename(path), text.name, gold, None))
    return sets


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    parser.add_argument("--peers", action="store_true", help="also score jieba, rjieba and plain ICU")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--gold", action="append", default=[], help="an extra gold file (see above)")
    args = parser.parse_args()
    if not os.path.isdir(DATA):
        sys.exit(f"SIGHAN data not found at {DATA}")
    binary = tifa_binary(not args.no_build)
    rows = []
    for corpus, text, gold, training in test_sets(args.gold):
        systems = {"tifa segment": lambda: run_tifa(binary, text, args.jobs)}
        if args.peers:
            empty = tempfile.mkdtemp()
            os.mkdir(os.path.join(empty, "lexicons"))
            systems["tifa, no lexicons (ICU + numbers)"] = lambda: run_tifa(binary, text, args.jobs,
                                                                              ["--dictionaries", empty])
            lines = read_lines(text)
            for name, cut in peer_segmenters().items():
                systems[name] = lambda cut=cut: [cut(line) for line in lines]
        for name, run in systems.items():
            start = time.time()
            output = run()
            elapsed = time.time() - start
            p, r, f, oov, mismatched = score(output, gold, training or set())
            rows.append((corpus, name, p, r, f, f"{oov:.3f}" if training else "n/a", mismatched, elapsed))
    print(f"| corpus | system | P | R | F | OOV recall | lines with text mismatch | seconds |")
    print(f"|---|---|---|---|---|---|---|---|")
    for corpus, name, p, r, f, oov, mismatched, elapsed in rows:
        print(f"| {corpus} | {name} | {p:.3f} | {r:.3f} | {f:.3f} | {oov} | {mismatched} | {elapsed:.1f} |")


if __name__ == "__main__":
    main()

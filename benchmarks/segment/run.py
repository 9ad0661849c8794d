#!/usr/bin/env python3
"""Speed and memory of `tifa segment` against rjieba and jieba (see docs/SEGMENTATION.md).

Builds tifa in release mode, writes >= 50 MB of SIGHAN PKU + MSR test text repeated (in /tmp, never in the
repo), then times, in the same run: `tifa segment --jobs 1` and `--jobs 2` (output to /dev/null),
rjieba (jieba-rs through Python: each line cut and joined with spaces, written to /dev/null) and jieba without HMM (on a 5 MB slice:
it runs at about 1.3 MB/s). Prints MB/s, ratios and peak RSS of each child process.

Usage: benchmarks/segment/run.py [--no-build] [--mb 50] [--repeat 3] [--big] [--traditional]
  --big          also runs tifa --jobs 2 over a 1 GB input and checks that peak RSS stays under 100 MB.
  --traditional  also times tifa on the SIGHAN AS test text (traditional characters) repeated to the same size,
                 and prints its speed as a share of the simplified speed.
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "sighan2005"))
WORK = "/tmp/tifa-segment-bench"

PEER = r"""
import sys
path, kind, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
if kind == "rjieba":
    import rjieba
    cut = rjieba.cut
else:
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    cut = lambda line: jieba.cut(line, HMM=False)
out = open("/dev/null", "w", encoding="utf-8")
with open(path, encoding="utf-8") as f:
    read = 0
    for line in f:
        out.write(" ".join(cut(line.rstrip("\n"))) + "\n")
        read += len(line.encode("utf-8"))
        if limit and read >= limit:
            break
print(read)
"""


def make_input(mb, corpora=("pku", "msr")):
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, f"sighan-{'-'.join(corpora)}-{mb}mb.txt")
    target = mb * 1_000_000
    if os.path.exists(path) and os.path.getsize(path) >= target:
        return path
    unit = b""
    for corpus in corpora:
        with open(os.path.join(DATA, f"{corpus}_test.utf8"), "rb") as f:
            unit += f.read()
    with open(path, "wb") as f:
        written = 0
        while written < target:
            f.write(unit)
            written += len(unit)
    return path


def run_measured(cmd, stdout_null=True):
    """Runs cmd, returning (wall seconds, CPU seconds (user + system), peak RSS in MB, stdout bytes)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if stdout_null else subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out = b""
    if not stdout_null:
        out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed ({status}): {err.decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def best_of(repeat, cmd, stdout_null=True):
    """The run with the shortest wall time among `repeat` runs (the machine may be shared)."""
    return min((run_measured(cmd, stdout_null) for _ in range(repeat)), key=lambda r: r[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--mb", type=int, default=50, help="input size in MB (default 50)")
    parser.add_argument("--jieba-mb", type=int, default=5, help="slice of the input jieba runs on (default 5)")
    parser.add_argument("--big", action="store_true", help="also check peak RSS on a 1 GB input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest counts (default 3)")
    parser.add_argument("--traditional", action="store_true", help="also time the AS (traditional) text")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "tifa"], cwd=ROOT, check=True)
    binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                         check=True, capture_output=True, text=True).stdout.strip(), "tifa")
    path = make_input(args.mb)
    size = os.path.getsize(path)
    rows = []
    for jobs in (1, 2):
        wall, cpu, rss, _ = best_of(args.repeat, [binary, "segment", "--jobs", str(jobs), path])
        rows.append((f"tifa segment --jobs {jobs}", size, wall, cpu, rss))
    if args.traditional:
        traditional = make_input(args.mb, ("as",))
        for jobs in (1, 2):
            wall, cpu, rss, _ = best_of(args.repeat, [binary, "segment", "--jobs", str(jobs), traditional])
            rows.append((f"tifa segment --jobs {jobs}, AS (traditional)", os.path.getsize(traditional), wall, cpu, rss))
    for kind, limit in (("rjieba", 0), ("jieba", args.jieba_mb * 1_000_000)):
        repeat = args.repeat if kind == "rjieba" else 1
        wall, cpu, rss, out = best_of(repeat, [sys.executable, "-c", PEER, path, kind, str(limit)], stdout_null=False)
        rows.append((f"{kind} (Python{', no HMM' if kind == 'jieba' else ''})", int(out.strip()), wall, cpu, rss))
    if args.big:
        big = make_input(1000)
        wall, cpu, rss, _ = run_measured([binary, "segment", "--jobs", "2", big])
        rows.append(("tifa segment --jobs 2, 1 GB input", os.path.getsize(big), wall, cpu, rss))
    rjieba = next(r for r in rows if r[0].startswith("rjieba"))
    rjieba_speed = rjieba[1] / rjieba[2] / 1e6
    print(f"input: {path} ({size / 1e6:.1f} MB); tifa: {binary}; best of {args.repeat} runs")
    print("| run | MB | wall s | MB/s (wall) | × rjieba | CPU s | MB per CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for name, nbytes, wall, cpu, rss in rows:
        speed = nbytes / wall / 1e6
        print(f"| {name} | {nbytes / 1e6:.1f} | {wall:.2f} | {speed:.1f} | {speed / rjieba_speed:.2f} | {cpu:.2f} "
              f"| {nbytes / cpu / 1e6:.1f} | {rss:.0f} |")
    if args.traditional:
        speed = {name: nbytes / wall for name, nbytes, wall, _, _ in rows}
        for jobs in (1, 2):
            ratio = speed[f"tifa segment --jobs {jobs}, AS (traditional)"] / speed[f"tifa segment --jobs {jobs}"]
            print(f"traditional / simplified speed, --jobs {jobs}: {ratio:.2f}")
    if args.big:
        big_rss = rows[-1][4]
        print(f"1 GB input peak RSS {big_rss:.0f} MB: {'OK (< 100 MB)' if big_rss < 100 else 'OVER 100 MB'}")


if __name__ == "__main__":
    main()

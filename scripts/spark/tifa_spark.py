#!/usr/bin/env python3
"""Run `tifa analyze` on Spark: split the inputs into shards, analyse each shard with `tifa analyze --partial` inside
`mapPartitions` (the tifa binary and the Dictionaries folder are shipped to the executors), bring the partial states
back to the driver and combine them with `tifa merge`.

The report is byte-identical to one `tifa analyze` run over the same inputs (timings.json aside), because `tifa
merge` is (docs/ANALYZE.md -> Partial runs and merge); scripts/spark/check_spark.sh checks it in CI.

    python3 scripts/spark/tifa_spark.py --tifa .build/release/tifa --dictionaries Dictionaries \\
        --master 'local[2]' --shards 4 --out report CORPUS_FOLDER -- --group-by year

Options after `--` are those of `tifa analyze`: the ones that shape only the report folder (--parquet, --excel,
--xlsx, --no-dashboard, --force) go to `tifa merge`, the others to every `tifa analyze --partial` (they are recorded
in the parts, and `tifa merge` checks that all parts agree). Stopword lists and codebooks are driver options, so
that they are shipped to the executors. docs/SCALE.md explains running on a cluster.
"""
import argparse
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

# What a folder walk of `tifa analyze` picks up (DocumentFormat.folderExtensions in Sources/TifaIngest).
# Options of `tifa analyze` that only shape the report folder: given to `tifa merge`.
REPORT_FLAGS = {"--parquet", "--excel", "--xlsx", "--no-dashboard", "--force"}
FOLDER_EXTENSIONS = {"txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "doc", "jsonl", "ndjson", "pdf"}


def extension(name):
    """The lower-case extension of a file name, as tifa reads it ('' for none or a leading dot only)."""
    dot = name.rfind(".")
    return name[dot + 1:].lower() if dot > 0 else ""


def expand(inputs):
    """The files of the inputs, named as tifa names them (folder + '/' + relative path): a folder is walked
    recursively, entries in byte order, links followed, hidden names and extensions tifa does not read from
    folders left out; a file named on the command line is kept as given. A file reached twice is kept once."""
    files, seen = [], set()

    def add(path):
        st = os.stat(path)
        if (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            files.append((path, st.st_size))

    def walk(folder, active):
        st = os.stat(folder)
        if (st.st_dev, st.st_ino) in active:
            return
        active = active | {(st.st_dev, st.st_ino)}
        for name in sorted(os.listdir(os.fsencode(folder))):
            name = os.fsdecode(name)
            if name.startswith("."):
                continue
            path = folder + name if folder.endswith("/") else folder + "/" + name
            if os.path.isdir(path):
                walk(path, active)
            elif os.path.isfile(path) and extension(name) in FOLDER_EXTENSIONS:
                add(path)

    for item in inputs:
        if os.path.isdir(item):
            walk(item, frozenset())
        else:
            add(item)
    return files


def shard(files, count):
    """Splits (path, size) pairs into at most `count` non-empty shards of similar byte size (largest first, each
    to the lightest shard); deterministic."""
    count = max(1, min(count, len(files)))
    shards = [[] for _ in range(count)]
    loads = [0] * count
    for path, size in sorted(files, key=lambda f: (-f[1], f[0])):
        i = loads.index(min(loads))
        shards[i].append(path)
        loads[i] += size
    return [sorted(s) for s in shards]


def run_shard(partition, tifa_name, dictionaries_name, cwd, analyze_args, parts_dir):
    """Executor side: analyses each shard of the partition into a partial state, written into `parts_dir` (a
    shared folder) when given, else packed into a tar archive that travels back to the driver."""
    from pyspark import SparkFiles

    tifa = SparkFiles.get(tifa_name)
    os.chmod(tifa, 0o755)
    dictionaries = SparkFiles.get(dictionaries_name)
    args = [SparkFiles.get(a[len("spark-file:"):]) if a.startswith("spark-file:") else a for a in analyze_args]
    for index, paths in partition:
        work = None if parts_dir else tempfile.mkdtemp(prefix="tifa-shard-")
        try:
            part = os.path.join(parts_dir, part_name(index)) if parts_dir else os.path.join(work, "part")
            # --force: a retried task replaces the complete part an earlier attempt may have left (tifa replaces only
            # a folder it wrote).
            command = [tifa, "analyze", *paths, "--partial", "--out", part, "--force", "--quiet",
                       "--dictionaries", dictionaries, *args]
            started = time.time()
            run = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
            if run.returncode != 0:
                raise RuntimeError(f"shard {index}: tifa analyze exited with {run.returncode}:\n{run.stderr}")
            blob = None
            if not parts_dir:
                buffer = io.BytesIO()
                with tarfile.open(fileobj=buffer, mode="w") as archive:
                    archive.add(part, arcname="part")
                blob = buffer.getvalue()
            yield index, blob, run.stderr, time.time() - started
        finally:
            if work:
                shutil.rmtree(work, ignore_errors=True)


def part_name(index):
    """The folder name of shard `index`'s partial state."""
    return f"part-{index:05d}"


def main(argv):
    if "--" in argv:
        cut = argv.index("--")
        argv, analyze_args = argv[:cut], argv[cut + 1:]
    else:
        analyze_args = []
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", help="files and folders, as for tifa analyze")
    p.add_argument("--out", required=True, help="the report folder (written by tifa merge on the driver)")
    p.add_argument("--tifa", required=True, help="the tifa binary (shipped to the executors)")
    p.add_argument("--dictionaries", default=os.environ.get("TIFA_DICTIONARIES"),
                   help="the Dictionaries folder (shipped to the executors; default $TIFA_DICTIONARIES)")
    p.add_argument("--shards", type=int, default=0, help="number of shards (default: 4 per default parallelism)")
    p.add_argument("--master", help="Spark master (default: as spark-submit sets it)")
    p.add_argument("--stopwords", action="append", default=[], help="an extra stopword list (shipped; repeatable)")
    p.add_argument("--no-default-stopwords", action="store_true")
    p.add_argument("--dict", action="append", default=[], help="an extra codebook file (shipped; repeatable)")
    p.add_argument("--keep-parts", help="unpack the returned partial states into this folder and keep them "
                                        "(default: a temporary folder, removed)")
    p.add_argument("--parts-dir", help="a folder that the executors and the driver share (same path everywhere): the "
                                       "executors write their partial states there and the driver merges them from "
                                       "there, instead of returning them through Spark; they are kept")
    a = p.parse_args(argv)
    report_flags = [x for x in analyze_args if x in REPORT_FLAGS]
    analyze_args = [x for x in analyze_args if x not in REPORT_FLAGS]
    if not a.dictionaries:
        p.error("give --dictionaries DIR (or set TIFA_DICTIONARIES)")
    for path in [a.tifa, a.dictionaries, *a.stopwords, *a.dict]:
        if not os.path.exists(path):
            p.error(f"{path} does not exist")

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("tifa analyze").config("spark.ui.showConsoleProgress", "false")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    started = time.time()
    files = expand(a.inputs)
    if not files:
        sys.exit("tifa_spark: no input file found")
    shards = shard(files, a.shards or 4 * sc.defaultParallelism)

    tifa = os.path.abspath(a.tifa)
    dictionaries = os.path.abspath(a.dictionaries).rstrip("/")
    sc.addFile(tifa)
    sc.addFile(dictionaries, recursive=True)
    for path in a.stopwords + a.dict:
        sc.addFile(os.path.abspath(path))
    word_args = [x for s in a.stopwords for x in ("--stopwords", "spark-file:" + os.path.basename(s))]
    word_args += ["--no-default-stopwords"] if a.no_default_stopwords else []
    dict_args = [x for d in a.dict for x in ("--dict", "spark-file:" + os.path.basename(d))]
    cwd = os.getcwd()
    parts_dir = os.path.abspath(a.parts_dir) if a.parts_dir else None
    if parts_dir:
        os.makedirs(parts_dir, exist_ok=True)
    names = (os.path.basename(tifa), os.path.basename(dictionaries), cwd, analyze_args + word_args + dict_args, parts_dir)
    master = sc.master
    parts = (sc.parallelize(list(enumerate(shards)), len(shards))
             .mapPartitions(lambda it: run_shard(it, *names))
             .collect())
    analysed = time.time()

    work = a.keep_parts or (None if parts_dir else tempfile.mkdtemp(prefix="tifa-spark-"))
    if work:
        os.makedirs(work, exist_ok=True)
    try:
        folders = []
        for index, blob, stderr, seconds in sorted(parts):
            if stderr:
                sys.stderr.write(stderr)
            if blob is None:
                folders.append(os.path.join(parts_dir, part_name(index)))
                continue
            folder = os.path.join(work, part_name(index))
            shutil.rmtree(folder, ignore_errors=True)
            with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
                try:
                    archive.extractall(folder, filter="data")
                except TypeError:  # Python before 3.11.4 has no extraction filters; the archive is our own
                    archive.extractall(folder)
            folders.append(os.path.join(folder, "part"))
        merge = [tifa, "merge", *folders, "--out", a.out, "--quiet", "--dictionaries", dictionaries]
        merge += [x for s in a.stopwords for x in ("--stopwords", s)] + [x for d in a.dict for x in ("--dict", d)]
        merge += (["--no-default-stopwords"] if a.no_default_stopwords else []) + report_flags
        run = subprocess.run(merge)
        if run.returncode != 0:
            sys.exit(f"tifa_spark: tifa merge exited with {run.returncode}")
    finally:
        if work and not a.keep_parts:
            shutil.rmtree(work, ignore_errors=True)
    spark.stop()
    done = time.time()
    print(f"tifa_spark: {len(files)} files in {len(shards)} shards on {master}: analyse {analysed - started:.1f} s, "
          f"merge {done - analysed:.1f} s, total {done - started:.1f} s -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

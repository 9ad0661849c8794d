#!/usr/bin/env python3
"""How much each class of the problems codebook moves the problem figures: remove one class at a time.

usage: scripts/ablate_problems.py [--tifa PATH] [--shared DIR]

For every wording class (a problem entry or subtype entry, the economic-context exclusions) and every stance cue
class of Dictionaries/codebooks/problems.yaml, writes a copy of the shipped codebooks with that class removed to
a temporary folder, runs `tifa extract --no-builtin --dict FOLDER` on the dev and seed documents and scores them
with the reference scorer. Prints one row per class: problems (category + stance) F and problems (category)
F on dev and seeds, and the change from the full codebook.
"""
import argparse, copy, json, os, re, shutil, subprocess, sys, tempfile
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOOKS = os.path.join(ROOT, "Dictionaries", "codebooks")


def score(tifa, folder, gold, root):
    keys = json.load(open(gold, encoding="utf-8"))["documents"]
    paths = sorted({os.path.join(root, k.partition("#")[0]) for k in keys})
    out = subprocess.run([tifa, "extract", "--no-builtin", "--dict", folder, *paths], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"tifa failed: {out.stderr[:400]}")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write(out.stdout)
    r = subprocess.run([sys.executable, os.path.join(os.path.dirname(gold), "score_extract.py"), gold, root, f.name],
                       capture_output=True, text=True)
    os.unlink(f.name)
    figures = dict(re.findall(r"^(problems_cat|problems)\s+P=\S+ R=\S+ F=(\S+)", r.stdout, re.M))
    return float(figures.get("problems", 0)), float(figures.get("problems_cat", 0))


def variants(book):
    """(label, modified codebook) for each class."""
    for i, e in enumerate(book["entries"]):
        b = copy.deepcopy(book)
        del b["entries"][i]
        yield f"wordings: {e['name']}", b
        if e.get("except"):
            b = copy.deepcopy(book)
            del b["entries"][i]["except"]
            yield f"exclusions: {e['name']}", b
    for i, c in enumerate(book["stance"]["classes"]):
        b = copy.deepcopy(book)
        del b["stance"]["classes"][i]
        yield f"cues: {c['class']}", b


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tifa", default=os.path.join(ROOT, ".build", "debug", "tifa"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    a = ap.parse_args()
    book = yaml.safe_load(open(os.path.join(BOOKS, "problems.yaml"), encoding="utf-8"))
    sets = [(os.path.join(a.shared, "eval", "dev-gold.json"), a.shared),
            (os.path.join(a.shared, "eval", "seeds-gold.json"), os.path.join(a.shared, "seeds"))]
    work = tempfile.mkdtemp(prefix="tifa-ablate-")
    try:
        for name in os.listdir(BOOKS):
            if name != "problems.yaml":
                shutil.copy(os.path.join(BOOKS, name), work)
        target = os.path.join(work, "problems.yaml")

        def run(b):
            with open(target, "w", encoding="utf-8") as f:
                yaml.safe_dump(b, f, allow_unicode=True, sort_keys=False)
            return [x for g, r in sets for x in score(a.tifa, work, g, r)]

        full = run(book)
        print(f"{'class removed':40s} dev F(cat+stance) dev F(cat)  seeds F(cat+stance) seeds F(cat)")
        print(f"{'(none: full codebook)':40s} " + "  ".join(f"{x:.3f}        " for x in full))
        for label, b in variants(book):
            got = run(b)
            print(f"{label:40s} " + "  ".join(f"{x:.3f} ({x - y:+.3f})" for x, y in zip(got, full)))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()

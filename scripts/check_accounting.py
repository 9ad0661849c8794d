#!/usr/bin/env python3
"""Check that a `tifa analyze` report accounts for every path of its corpus folder (docs/RELIABILITY.md).

    python3 scripts/check_accounting.py CORPUS REPORT

Walks CORPUS without following links (names as bytes, shown with \\xHH escapes like Tifa does) and lists every
entry that is not a plain folder: files, links, FIFOs; a hidden folder or one whose path reaches PATH_MAX counts
as one entry. Each must appear in REPORT/summary.json, under `inputs` (a JSON Lines record as `file#line`) or
`skipped`, itself or through a folder listed there or a followed link. Prints the counts; exits 1 if any is missing.
"""
import bisect
import json
import os
import re
import stat
import sys

PATH_MAX = os.pathconf("/", "PC_PATH_MAX")


def display(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="backslashreplace")
    return re.sub(r"\\x([0-9a-f]{2})", lambda m: "\\x" + m.group(1).upper(), text)


def entries(root: bytes):
    """Every non-folder entry (and every hidden or too-long folder) under root, as display strings."""
    found = []
    stack = [root]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as it:
            for e in it:
                path = e.path
                st = os.lstat(path) if len(path) < PATH_MAX else None
                if st is not None and stat.S_ISDIR(st.st_mode) and not e.name.startswith(b".") and len(path) < PATH_MAX:
                    try:
                        os.scandir(path).close()
                        stack.append(path)
                        continue
                    except OSError:
                        pass
                found.append(display(path))
    return found


def main():
    corpus, report = os.path.abspath(sys.argv[1]).encode(), sys.argv[2]
    summary = json.load(open(os.path.join(report, "summary.json"), encoding="utf-8"))
    listed = {i["document"].split("#")[0] for i in summary["inputs"]} | {s["file"] for s in summary["skipped"]}
    prefixes = sorted(listed)
    missing = []
    found = entries(corpus)
    for path in found:
        k = bisect.bisect_left(prefixes, path + "/")
        if path in listed or (k < len(prefixes) and prefixes[k].startswith(path + "/")):
            continue
        parts = path.split("/")
        if any("/".join(parts[:k]) in listed for k in range(1, len(parts))):
            continue
        missing.append(path)
    total = len(found)
    print(f"entries: {total}, documents: {summary['corpus']['documents']}, skipped: {summary['corpus']['skipped']}")
    print("skipped by reason:", json.dumps(summary["corpus"].get("skipped_by_reason", {}), ensure_ascii=False, sort_keys=True))
    print(f"not accounted for: {len(missing)}")
    for m in missing[:20]:
        print("  ", m)
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()

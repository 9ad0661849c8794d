#!/usr/bin/env python3
"""Build a mixed, hostile corpus of about 20,000 paths for the reliability run (docs/RELIABILITY.md).

    python3 scripts/make_reliability_corpus.py OUT [--files 20000]

Pieces of the real reports in ../shared/corpora and Corpus/ (split into runs of paragraphs) are written as UTF-8,
GB18030 and UTF-16 text, HTML pages (with scripts, navigation and a lying <meta charset>), .docx files and JSON
Lines files (with bad records); around them: unsupported files (.json, .xlsx, .pptx, .wps, .png), exact copies,
hidden files, FIFOs, two symbolic-link loops, a self-link, dangling links, links and a hard link to files already
there, file names that are not UTF-8, a path past PATH_MAX, truncated and corrupt .docx files. Deterministic (seeded).
OUT holds only the corpus (nothing else is written into it). Prints what it made.
"""
import argparse
import json
import os
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def paragraphs():
    sources = sorted((ROOT.parent / "shared" / "corpora").rglob("*.txt")) + sorted((ROOT / "Corpus").rglob("*.txt"))
    out = []
    for f in sources:
        text = f.read_bytes().decode("utf-8", errors="ignore")
        out += [p.strip() for p in text.splitlines() if len(p.strip()) > 8]
    return out


def docx_bytes(paras):
    body = "".join(f"<w:p><w:r><w:t>{p.replace('&', '&amp;').replace('<', '&lt;')}</w:t></w:r></w:p>" for p in paras)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=20000)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=False)
    rng = random.Random(20261129)
    paras = paragraphs()
    counts = {}

    def piece():
        start = rng.randrange(len(paras))
        return paras[start:start + rng.randint(3, 25)] or paras[:3]

    def put(rel, data, kind):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        counts[kind] = counts.get(kind, 0) + 1
        return path

    n = args.files
    plan = {"txt": int(n * 0.55), "html": int(n * 0.10), "docx": int(n * 0.05), "jsonl": int(n * 0.01),
            "unsupported": int(n * 0.12), "copies": int(n * 0.07), "hidden": int(n * 0.005)}
    made_text = []
    for k in range(plan["txt"]):
        text = "\r\n".join(piece()) + "\r\n"
        folder = f"text/{k % 50:02d}"
        enc = rng.random()
        if enc < 0.70:
            p = put(f"{folder}/t{k:05d}.txt", text.encode("utf-8"), "txt utf-8")
        elif enc < 0.92:
            p = put(f"{folder}/t{k:05d}.txt", text.encode("gb18030"), "txt gb18030")
        else:
            p = put(f"{folder}/t{k:05d}.txt", text.encode("utf-16"), "txt utf-16")
        made_text.append(p)
    for k in range(plan["html"]):
        body = "".join(f"<p>{p.replace('<', '&lt;')}</p>" for p in piece())
        if rng.random() < 0.5:
            page = (f'<html><head><meta charset="utf-8"><title>报告{k}</title><script>var s="形式主义";</script></head>'
                    f"<body><nav>首页 | 新闻</nav>{body}<p>a < b 和 c > d</p><footer>版权所有</footer></body></html>")
            put(f"html/{k % 20:02d}/p{k:05d}.html", page.encode("utf-8"), "html utf-8")
        elif rng.random() < 0.5:
            page = f'<html><head><meta charset="gb2312"><title>报告{k}</title></head><body>{body}</body></html>'
            put(f"html/{k % 20:02d}/p{k:05d}.html", page.encode("gb18030"), "html gb18030")
        else:
            page = f'<html><head><meta charset="utf-16"><title>报告{k}</title></head><body>{body}</body></html>'
            put(f"html/{k % 20:02d}/p{k:05d}.html", page.encode("utf-8"), "html utf-8 declared utf-16")
    for k in range(plan["docx"]):
        put(f"docx/{k % 10}/d{k:05d}.docx", docx_bytes(piece()), "docx")
    good = docx_bytes(piece())
    put("docx/broken/truncated.docx", good[: len(good) // 2], "docx truncated")
    corrupt = bytearray(good)
    for i in range(60, 80):
        corrupt[i] ^= 0x5A
    put("docx/broken/corrupt.docx", bytes(corrupt), "docx corrupt")
    for k in range(plan["jsonl"]):
        lines = [json.dumps({"id": f"j{k}-{r}", "text": "\n".join(piece()), "year": 1990 + r}, ensure_ascii=False) for r in range(10)]
        if k % 10 == 0:
            lines.insert(3, "{not json")
        put(f"jsonl/j{k:04d}.jsonl", ("\n".join(lines) + "\n").encode("utf-8"), "jsonl")
    kinds = ["json"] * 8 + ["xlsx", "pptx", "wps", "png"]
    for k in range(plan["unsupported"]):
        ext = kinds[k % len(kinds)]
        data = json.dumps({"n": k}).encode() if ext == "json" else bytes(rng.randrange(256) for _ in range(64))
        put(f"other/{k % 20:02d}/u{k:05d}.{ext}", data, f"unsupported .{ext}")
    for k in range(plan["copies"]):
        src = made_text[rng.randrange(len(made_text))]
        put(f"copies/{k % 20:02d}/c{k:05d}.txt", src.read_bytes(), "copy")
    for k in range(plan["hidden"]):
        put(f"text/{k % 50:02d}/.h{k:04d}.txt", "隐藏".encode(), "hidden")
    put(".git/config", b"[core]\n", "hidden folder")

    hostile = out / "hostile"
    hostile.mkdir()
    for k in range(5):
        os.mkfifo(hostile / f"pipe{k}.txt")
        counts["fifo"] = counts.get("fifo", 0) + 1
    (hostile / "a").mkdir()
    (hostile / "b").mkdir()
    (hostile / "a" / "one.txt").write_text("第一篇正文，讲创先争优。\n")
    (hostile / "b" / "two.txt").write_text("第二篇正文，讲五个好。\n")
    os.symlink("../b", hostile / "a" / "to-b")
    os.symlink("../a", hostile / "b" / "to-a")
    os.symlink(".", hostile / "a" / "self")
    os.symlink("loop2", hostile / "loop1")
    os.symlink("loop1", hostile / "loop2")
    counts["symlink loops"] = 4
    for k in range(10):
        os.symlink(f"missing{k}.txt", hostile / f"dangling{k}.txt")
    counts["dangling"] = 10
    os.symlink("a/one.txt", hostile / "alias.txt")
    os.link(hostile / "b" / "two.txt", hostile / "hardlink.txt")
    counts["links to files"] = 2
    for k in range(14):
        name = ("报告" + str(k)).encode("gb18030") + b".txt"
        with open(bytes(hostile) + b"/" + name, "wb") as f:
            f.write(("名字不是UTF-8的文件，第%d篇。\n" % k).encode("utf-8"))
    counts["non-UTF-8 names"] = 14
    fd = os.open(hostile, os.O_RDONLY)
    for _ in range(22):
        os.mkdir("d" * 200, dir_fd=fd)
        nfd = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
    wfd = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(wfd, "很深的文件。\n".encode())
    os.close(wfd)
    os.close(fd)
    counts["too-long path"] = 1
    total = sum(1 for _ in os.walk(out))
    print(json.dumps(counts, ensure_ascii=False, indent=1))
    print(f"folders: {total}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check the dashboard's formalism panel in headless Chromium on a corpus with planted shared passages.

Usage: scripts/formalism_check.py TIFA

TIFA is the tifa binary. The check writes its own four documents (sentences of its own) into a temporary folder:
passage P1 shared by two documents, in one of them after 𠮷 (a character outside the Basic Multilingual Plane, two
UTF-16 units) and after 80 lines of other text; passage P2, shorter, shared by the other two. One document is named
<img src=x onerror=document.title=1>.txt and holds <script>document.title="PWNED"</script>. It runs
`tifa analyze`, opens dashboard.html and checks that:
- the page is ready with no script error, the indicator table has a row per document and every indicator column
  is defined on the page (a definitions list and the header's tooltip);
- clicking the "reuse share" header sorts the rows by reuse_share of documents.csv (descending, ties in file
  order), a second click ascending; the same for "with deadline", where documents without commitments (an empty
  rate) stay last both ways;
- the pairs table lists the two pairs, P1's first; clicking it opens the side-by-side view whose marked text is
  exactly P1 in both columns, each column scrolled so the mark is in view;
- the graph has one edge per pair;
- nothing from the documents became markup (no <img>, no extra <script>, title unchanged) and the hostile name
  and text show as text.
Then reuse-texts.jsonl is cut to excerpts of 5 characters around each passage (as tifa analyze does beyond its
character budget), `tifa dashboard` rebuilds the page from the folder, and the pair's marks must again be exactly
P1, with the gaps said; and a corpus without shared passages says so. Exit code 0 when every check passes.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import Browser  # noqa: E402

P1 = "全县共排查整治农村危房三百二十六户，完成改造任务的百分之九十八，群众满意度明显提升"
P2 = "围绕乡村振兴战略建设高标准农田一万二千亩并新修机耕道路十八公里"
HOSTILE_NAME = "<img src=x onerror=document.title=1>.txt"
HOSTILE_TEXT = '<script>document.title="PWNED"</script>'
FILLER = "".join("第%d段今天的天气记录编号%d。\n" % (i, i * 7) for i in range(80))
DOCUMENTS = {
    HOSTILE_NAME: "秋收时节稻谷金黄" + HOSTILE_TEXT + "\n" + FILLER + "𠮷" + P1 + "！冬天到来以后河面结冰鱼儿潜入深处。\n",
    "甲.txt": "春季植树活动在东山脚下举行，志愿者们挖坑浇水。" + P1 + "。会后大家合影留念并乘车返回城区。\n",
    "丙.txt": "图书馆新添置了一批少儿读物和科普杂志。" + P2 + "。下一步将于6月底前完成验收。\n",
    "丁.txt": "社区医院开展义诊，老人排队测量血压。" + P2 + "，工程质量经检测全部合格。\n",
}

PANEL_JS = """(function () {
  function texts(sel) { return Array.prototype.map.call(document.querySelectorAll(sel), function (e) { return e.textContent; }); }
  var t = document.getElementById('formalism-table');
  return { status: document.body.getAttribute('data-tifa-status'), errors: document.body.getAttribute('data-tifa-errors'),
    rows: t ? Number(t.getAttribute('data-rows')) : -1,
    headers: Array.prototype.map.call(document.querySelectorAll('#formalism-table th'), function (th) { return [th.textContent, th.getAttribute('title') || '']; }),
    defined: texts('#formalism-definitions dt'),
    pairs: texts('#reuse-pairs tbody button.link'),
    edges: document.querySelectorAll('#reuse-graph line.edge').length,
    edgeAttr: (document.querySelector('#reuse-graph svg') || { getAttribute: function () { return null; } }).getAttribute('data-edges'),
    none: !!document.getElementById('reuse-none'),
    title: document.title, imgs: document.querySelectorAll('img').length, scripts: document.querySelectorAll('script').length };
})()"""

ORDER_JS = "Array.prototype.map.call(document.querySelectorAll('#formalism-table tbody tr td:first-child'), function (td) { return td.textContent; })"

CLICK_HEADER_JS = """(function (label) {
  var b = Array.prototype.filter.call(document.querySelectorAll('#formalism-table th button'), function (b) { return b.textContent.replace(/ [▲▼]$/, '') === label; })[0];
  if (!b) return false; b.click(); return true;
})(%s)"""

OPEN_PAIR_JS = """(function () {
  document.querySelector('#reuse-pairs tbody button.link').click();
  var v = document.getElementById('reuse-view');
  return { hidden: v.hidden, a: v.getAttribute('data-a'), b: v.getAttribute('data-b'),
    heads: Array.prototype.map.call(v.querySelectorAll('.side h5'), function (h) { return h.textContent; }),
    sides: Array.prototype.map.call(v.querySelectorAll('.side-text'), function (box) {
      var marks = box.querySelectorAll('mark'), r = box.getBoundingClientRect(), m = marks[0] ? marks[0].getBoundingClientRect() : null;
      return { marks: Array.prototype.map.call(marks, function (x) { return x.textContent; }), text: box.textContent,
               visible: !!m && m.top >= r.top - 1 && m.bottom <= r.bottom + 1, scrolled: box.scrollTop };
    }) };
})()"""


def run(tifa, *args):
    subprocess.run([tifa] + list(args), check=True, stdout=subprocess.DEVNULL)


def write_corpus(folder, documents):
    os.makedirs(folder)
    for name, text in documents.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)


def cut_to_excerpts(folder, context):
    """Rewrites reuse-texts.jsonl with excerpts of context characters around each passage of reuse.csv."""
    spans = {}
    with open(os.path.join(folder, "reuse.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for side in ("a", "b"):
                spans.setdefault(r[side], []).append((int(r[side + "_start"]), int(r[side + "_end"])))
    path = os.path.join(folder, "reuse-texts.jsonl")
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            text = t["segments"][0]["text"]  # Python indexes strings by code point: the scalar offsets of reuse.csv
            windows = sorted((max(0, s - context), min(len(text), e + context)) for s, e in spans.get(t["document"], []))
            t["segments"] = [{"start": s, "text": text[s:e]} for s, e in windows]
            t["complete"] = False
            lines.append(json.dumps(t, ensure_ascii=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tifa = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="tifa-formalism-check-")
    failures = []

    def expect(ok, what):
        if not ok:
            failures.append(what)

    browser = Browser()
    try:
        corpus, out = os.path.join(work, "corpus"), os.path.join(work, "out")
        write_corpus(corpus, DOCUMENTS)
        run(tifa, "analyze", corpus, "--out", out, "--quiet")
        url = "file://" + os.path.join(out, "dashboard.html")
        with open(os.path.join(out, "documents.csv"), encoding="utf-8") as f:
            rows = list(csv.DictReader(f))

        browser.open(url, 1440)
        p = browser.eval(PANEL_JS)
        expect(p["status"] == "ready" and not p["errors"], "the page is %r with errors %r" % (p["status"], p["errors"]))
        expect(p["rows"] == len(DOCUMENTS), "the indicator table has %d rows, expected %d" % (p["rows"], len(DOCUMENTS)))
        undefined = [h for h, title in p["headers"][1:] if "=" not in title]
        expect(not undefined, "indicator headers without a formula tooltip: %r" % undefined)
        expect(len(p["defined"]) == len(p["headers"]) - 1, "%d columns but %d definitions" % (len(p["headers"]) - 1, len(p["defined"])))

        # Sorting: by reuse_share descending (ties keep documents.csv order), then ascending.
        share = lambda r: float(r["reuse_share"] or 0)
        for direction in ("descending", "ascending"):
            expect(browser.eval(CLICK_HEADER_JS % '"reuse share"'), "no reuse share header button")
            expected = [r["document"] for r in sorted(rows, key=share, reverse=direction == "descending")]
            shown = browser.eval(ORDER_JS)
            expect(shown == expected, "sorted %s by reuse share the rows are %r, expected %r" % (direction, shown, expected))

        # An empty rate (a document without commitments) sorts last in either direction.
        rate = "commitments_deadline_rate"
        filled, empty = [r for r in rows if r[rate] != ""], [r["document"] for r in rows if r[rate] == ""]
        expect(filled and empty, "the corpus should have documents with and without commitments: %r" % [r[rate] for r in rows])
        for direction in ("descending", "ascending"):
            expect(browser.eval(CLICK_HEADER_JS % '"with deadline"'), "no with deadline header button")
            expected = [r["document"] for r in sorted(filled, key=lambda r: float(r[rate]), reverse=direction == "descending")] + empty
            shown = browser.eval(ORDER_JS)
            expect(shown == expected, "sorted %s by deadline rate the rows are %r, expected %r" % (direction, shown, expected))

        expect(len(p["pairs"]) == 2, "the pairs table lists %r, expected 2 pairs" % p["pairs"])
        expect(p["edges"] == 2 and p["edgeAttr"] == "2", "the graph has %r edges (data-edges %r), expected 2" % (p["edges"], p["edgeAttr"]))
        v = browser.eval(OPEN_PAIR_JS)
        expect(not v["hidden"] and HOSTILE_NAME in (v["a"] + v["b"]), "the first pair opens %r ↔ %r, expected the P1 pair" % (v["a"], v["b"]))
        for side in v["sides"]:
            expect(side["marks"] == [P1], "a side marks %r, expected exactly the planted passage" % side["marks"])
            expect(side["visible"], "a side is not scrolled to its first passage (scrollTop %r)" % side["scrolled"])
        expect(any(HOSTILE_TEXT in s["text"] for s in v["sides"]), "the <script> text is not shown as text in the side-by-side view")
        expect(any(HOSTILE_NAME in h for h in v["heads"]), "the hostile file name is not shown as text: %r" % v["heads"])
        expect(any(s["scrolled"] > 0 for s in v["sides"]), "the long document's column is not scrolled")
        after = browser.eval(PANEL_JS)
        expect(after["title"] == "Tifa dashboard" and after["imgs"] == 0 and after["scripts"] == 2,
               "markup from the documents ran: title %r, %d <img>, %d <script>" % (after["title"], after["imgs"], after["scripts"]))

        # The same folder through tifa dashboard, its texts cut to excerpts.
        cut_to_excerpts(out, 5)
        os.remove(os.path.join(out, "dashboard.html"))
        run(tifa, "dashboard", out)
        browser.open(url, 1440)
        p = browser.eval(PANEL_JS)
        expect(p["status"] == "ready" and not p["errors"] and len(p["pairs"]) == 2,
               "tifa dashboard: status %r, errors %r, pairs %r" % (p["status"], p["errors"], p["pairs"]))
        v = browser.eval(OPEN_PAIR_JS)
        for side in v["sides"]:
            expect(side["marks"] == [P1], "from excerpts a side marks %r, expected exactly the planted passage" % side["marks"])
            expect("not embedded" in side["text"], "an excerpt does not say that text is left out")
        browser.open(url, 390)
        p = browser.eval(PANEL_JS)
        expect(p["status"] == "ready" and not p["errors"], "at 390 px: status %r, errors %r" % (p["status"], p["errors"]))

        # A corpus without shared passages says so.
        plain, plain_out = os.path.join(work, "plain"), os.path.join(work, "plain-out")
        write_corpus(plain, {k: DOCUMENTS[k] for k in ("甲.txt", "丙.txt")})
        run(tifa, "analyze", plain, "--out", plain_out, "--quiet")
        browser.open("file://" + os.path.join(plain_out, "dashboard.html"), 1440)
        p = browser.eval(PANEL_JS)
        expect(p["status"] == "ready" and p["none"] and not p["pairs"], "without shared passages the panel does not say so: %r" % p)
    finally:
        browser.close()
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL formalism panel: %s" % f)
    print("formalism panel check: %s" % ("ok" if not failures else "%d failures" % len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

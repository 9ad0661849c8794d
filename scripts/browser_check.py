#!/usr/bin/env python3
"""Open a Tifa dashboard in headless Chromium and check what a person would see.

Usage: scripts/browser_check.py REPORT_DIR [--screenshot PNG] [--search TERM] [--hostile TEXT ...]

Checks, against the CSV and JSON files of the same analysis folder:
- the page's script ran to the end (body data-tifa-status="ready") and recorded no error
  (window.onerror and console.error are captured into data-tifa-errors);
- the overview shows the corpus's document count;
- the keyword chart has one bar per top content term (stopwords and punctuation out), the first bar
  is the most frequent content term with its frequency;
- the slogans, documents and skipped-files tables hold every row of their CSV (or summary) file;
- the criteria heatmap has a row per document and a column per criteria item;
- the problem chart has one bar per category;
- the trends chart follows five terms when the corpus has dates, and the keyness table exists with --group-by;
- nothing from the documents became markup: no <img>, no extra <script>, the title is unchanged, and each
  --hostile TEXT shows as text (with --search TERM the page opens with that concordance search done).
Exit code 0 when every check passes; 1 with one line per failure otherwise.
"""
import csv
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("browser_check: no chromium on PATH (apt-get install chromium)")


def run_chromium(args, page, search=None):
    profile = tempfile.mkdtemp(prefix="tifa-chromium-")
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--user-data-dir=" + profile, "--virtual-time-budget=20000"] + args + [
        "file://" + os.path.abspath(page) + ("#search=" + urllib.parse.quote(search) if search else "")]
    try:
        return subprocess.run(cmd, capture_output=True, timeout=180, check=True).stdout.decode("utf-8")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Elements(html.parser.HTMLParser):
    """Collects every element's tag and attributes, and the page's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        # Only the document's own <title>; SVG <title> elements are the charts' text alternatives.
        self._in_title = tag == "title" and not any(t == "svg" for t, _ in self.elements)

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_title:
            self.title += data

    def find(self, tag=None, **attrs):
        return [a for t, a in self.elements if (tag is None or t == tag)
                and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def read_csv(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check(folder, dom, hostile):
    failures = []

    def expect(ok, what):
        if not ok:
            failures.append(what)

    page = Elements()
    page.feed(dom)
    body = page.find("body")[0]
    expect(body.get("data-tifa-status") == "ready", "the page's script did not finish (data-tifa-status=%r)" % body.get("data-tifa-status"))
    expect(not body.get("data-tifa-errors"), "script errors: %s" % body.get("data-tifa-errors"))
    expect(page.title.strip() == "Tifa dashboard", "the title changed to %r" % page.title)
    expect(not page.find("img"), "an <img> element appeared")
    expect(len(page.find("script")) == 2, "expected 2 script elements, found %d" % len(page.find("script")))

    summary = json.load(open(os.path.join(folder, "summary.json"), encoding="utf-8"))
    docs_card = page.find("div", data_key="documents")
    expect(docs_card and docs_card[0].get("data-value") == str(summary["corpus"]["documents"]),
           "overview documents %r != summary %r" % (docs_card and docs_card[0].get("data-value"), summary["corpus"]["documents"]))

    terms = read_csv(folder, "terms.csv") or []
    content = [t for t in terms if t["stopword"] != "1" and t["punctuation"] != "1"]
    bars = [a for t, a in page.elements if t == "g" and a.get("class") == "bar"]
    kw_svg = [a for t, a in page.elements if t == "svg" and a.get("aria-label", "").startswith("Top ")]
    expect(kw_svg and kw_svg[0].get("data-bars") == str(min(20, len(content))),
           "keyword chart has %s bars, expected %d" % (kw_svg and kw_svg[0].get("data-bars"), min(20, len(content))))
    if content and bars:
        expect(bars[0].get("data-label") == content[0]["term"], "first keyword %r != %r" % (bars[0].get("data-label"), content[0]["term"]))
        expect(bars[0].get("data-value") == content[0]["frequency"], "first keyword count %r != %r" % (bars[0].get("data-value"), content[0]["frequency"]))

    slogans = read_csv(folder, "slogans.csv")
    if slogans is not None:
        t = page.find("table", id="slogans-table")
        expect(t and t[0].get("data-rows") == str(min(len(slogans), 5000)), "slogans table rows %r != %d" % (t and t[0].get("data-rows"), len(slogans)))

    documents = read_csv(folder, "documents.csv") or []
    t = page.find("table", id="documents-table")
    expect(t and t[0].get("data-rows") == str(len(documents)), "documents table rows %r != %d" % (t and t[0].get("data-rows"), len(documents)))

    skipped = summary.get("skipped", [])
    if skipped:
        t = page.find("table", id="skipped-table")
        expect(t and t[0].get("data-rows") == str(len(skipped)), "skipped table rows %r != %d" % (t and t[0].get("data-rows"), len(skipped)))

    criteria = read_csv(folder, "criteria.csv") or []
    if criteria:
        t = page.find("table", id="criteria-heatmap")
        items = {(r["set"], r["item"]) for r in criteria}
        docs = {r["document"] for r in criteria}
        expect(t and t[0].get("data-items") == str(len(items)), "heatmap items %r != %d" % (t and t[0].get("data-items"), len(items)))
        expect(t and t[0].get("data-documents") == str(len(docs)), "heatmap documents %r != %d" % (t and t[0].get("data-documents"), len(docs)))

    problems = read_csv(folder, "problems.csv") or []
    if problems:
        svgs = [a for t, a in page.elements if t == "svg" and a.get("aria-label", "").endswith("whole corpus")]
        cats = {r["category"] for r in problems}
        expect(svgs and svgs[0].get("data-bars") == str(len(cats)), "problem chart bars %r != %d" % (svgs and svgs[0].get("data-bars"), len(cats)))

    trends = read_csv(folder, "trends.csv")
    if trends:
        svgs = [a for t, a in page.elements if t == "svg" and a.get("data-lines") is not None]
        expect(svgs and svgs[0].get("data-lines") == str(min(5, len({r["term"] for r in trends}))), "trend chart lines %r" % (svgs and svgs[0].get("data-lines")))

    if os.path.isdir(os.path.join(folder, "groups")) and os.listdir(os.path.join(folder, "groups")):
        expect(page.find("table", id="keyness-table"), "no keyness table although the analysis has groups")

    text = "".join(page.text)
    for h in hostile:
        expect(h in text, "hostile text %r is not shown as text" % h)
    return failures


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    folder, screenshot, hostile, search = args[0], None, [], None
    i = 1
    while i < len(args):
        if args[i] == "--screenshot":
            screenshot = args[i + 1]; i += 2
        elif args[i] == "--search":
            search = args[i + 1]; i += 2
        elif args[i] == "--hostile":
            hostile.append(args[i + 1]); i += 2
        else:
            sys.exit("browser_check: unknown argument %s" % args[i])
    page = os.path.join(folder, "dashboard.html")
    if not os.path.exists(page):
        sys.exit("browser_check: %s does not exist" % page)
    dom = run_chromium(["--dump-dom"], page, search)
    failures = check(folder, dom, hostile)
    if screenshot:
        run_chromium(["--window-size=1280,4000", "--screenshot=" + os.path.abspath(screenshot)], page, search)
        print("screenshot: %s" % screenshot)
    for f in failures:
        print("FAIL %s: %s" % (page, f))
    print("browser check %s: %s" % (page, "ok" if not failures else "%d failures" % len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

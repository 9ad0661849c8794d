#!/usr/bin/env python3
"""Open a Tifa dashboard in headless Chromium and check what a person would see, at 1440 and 390 pixels wide.

Usage: scripts/browser_check.py REPORT_DIR [--search TERM] [--hostile TEXT ...] [--trend TERM]
           [--category NAME --expect N] [--screenshots PREFIX] [--max-ms MS]

Chromium is driven over the DevTools protocol (python3-websocket-client), so the check can type into the page,
press its buttons and measure element boxes. Checked against the CSV and JSON files of the same analysis folder:
- the page's script ran to the end (body data-tifa-status="ready") and recorded no error
  (window.onerror and console.error are captured into data-tifa-errors), at both widths;
- the overview shows the corpus's document count;
- the keyword chart has one bar per top content term (stopwords and punctuation out), the first bar
  is the most frequent content term with its frequency;
- the slogans table has one row per distinct slogan of slogans.csv, documents and skipped-files tables every row;
- the criteria heatmap has a row per document, and the columns of the sets that occur ("show all" gives every
  item of criteria.csv);
- the problem chart has one bar per category and a segment for every stance of problems.csv (unknown included);
  the trends chart draws the default terms;
- --trend TERM (a codebook term): typing it in the trends box and pressing Show draws a non-empty series;
- --category NAME --expect N: a category concordance search finds N hits (N from `tifa kwic --category`);
- at 390 pixels no element reaches past the right edge of the viewport, except inside a panel's own scroller;
- the concordance CSV export quotes fields and guards cells a spreadsheet would run as formulas;
- a navigation link lands with the panel's heading below the sticky header;
- where a sentence holds the same problem wording twice (found in extractions.jsonl), the drill-down marks a
  different occurrence in each row;
- nothing from the documents became markup: no <img>, no extra <script>, the title is unchanged, and each
  --hostile TEXT shows as text (with --search TERM the page opens with that concordance search done).
--screenshots PREFIX writes PREFIX-1440.png and PREFIX-390.png (the top of the page, 1440×2400 and 390×2400).
--max-ms fails the check when the page takes longer than MS to be ready (data-tifa-render-ms).
Exit code 0 when every check passes; 1 with one line per failure otherwise.
"""
import base64
import csv
import html.parser
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

try:
    import websocket  # python3-websocket-client / websocket-client
except ImportError:
    sys.exit("browser_check: needs the websocket-client module (pip install websocket-client)")


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("browser_check: no chromium on PATH (apt-get install chromium)")


class Browser:
    """One headless Chromium and one tab, driven over the DevTools protocol."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="tifa-chromium-")
        self.process = subprocess.Popen(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--remote-debugging-port=0", "--user-data-dir=" + self.profile, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + 30
        while not (os.path.exists(port_file) and open(port_file).read().strip()):
            if time.time() > deadline or self.process.poll() is not None:
                self.close()
                sys.exit("browser_check: chromium did not start")
            time.sleep(0.1)
        port = open(port_file).read().split()[0]
        targets = json.load(urllib.request.urlopen("http://127.0.0.1:%s/json/list" % port))
        page = [t for t in targets if t.get("type") == "page"][0]
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=120, suppress_origin=True)
        self.next_id = 0

    def send(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})

    def eval(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: %s" % result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def open(self, url, width, height=900):
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        self.send("Page.navigate", url="about:blank")
        self.send("Page.navigate", url=url)
        deadline = time.time() + 60
        while time.time() < deadline:
            status = self.eval("document.body ? document.body.getAttribute('data-tifa-status') : null")
            if status == "ready":
                return
            time.sleep(0.05)
        raise RuntimeError("the page did not become ready within 60 s")

    def screenshot(self, path, width, height):
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


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


# Elements reaching past the right edge of the viewport, leaving out those inside a scroller of their own
# (a table or nav that scrolls inside its panel is meant to).
OVERFLOW_JS = r"""
(function () {
  var W = document.documentElement.clientWidth, out = [];
  function scrolls(e) {
    for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX; if (o === "auto" || o === "scroll" || o === "hidden") return true;
    }
    return false;
  }
  Array.prototype.forEach.call(document.querySelectorAll("body *"), function (e) {
    var r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    if (r.right > W + 1 && !scrolls(e)) out.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.getAttribute("class") ? "." + e.getAttribute("class").split(" ")[0] : "") + " right=" + Math.round(r.right));
  });
  return { width: W, scrollWidth: document.documentElement.scrollWidth, elements: out.slice(0, 10), count: out.length };
})()
"""


def static_checks(folder, dom, hostile, expect):
    page = Elements()
    page.feed(dom)
    body = page.find("body")[0]
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
        distinct = len({r["text"] for r in slogans[:5000]})
        expect(t and t[0].get("data-rows") == str(distinct), "slogans table rows %r != %d distinct slogans" % (t and t[0].get("data-rows"), distinct))

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
        occurring = {r["set"] for r in criteria if r["named"] == "1" or r["stated"] == "1"}
        shown = {k for k in items if k[0] in occurring}
        docs = {r["document"] for r in criteria}
        if occurring:
            expect(t and t[0].get("data-items") == str(len(shown)), "heatmap items %r != %d items of the sets that occur" % (t and t[0].get("data-items"), len(shown)))
            expect(t and t[0].get("data-all-items") == str(len(items)), "heatmap knows %r items, criteria.csv has %d" % (t and t[0].get("data-all-items"), len(items)))
            expect(t and t[0].get("data-documents") == str(len(docs)), "heatmap documents %r != %d" % (t and t[0].get("data-documents"), len(docs)))

    problems = read_csv(folder, "problems.csv") or []
    if problems:
        svgs = [a for t, a in page.elements if t == "svg" and a.get("aria-label", "").endswith("whole corpus")]
        cats = {r["category"] for r in problems}
        expect(svgs and svgs[0].get("data-bars") == str(len(cats)), "problem chart bars %r != %d" % (svgs and svgs[0].get("data-bars"), len(cats)))
        # Every stance of problems.csv, unknown included, is a segment of the bars.
        stances = {r["stance"] for r in problems}
        drawn = {a.get("data-stance") for t, a in page.elements if t == "rect" and a.get("data-stance")}
        expect(stances <= drawn, "stances of problems.csv without a bar segment: %r" % sorted(stances - drawn))

    if read_csv(folder, "trends.csv"):
        svgs = [a for t, a in page.elements if t == "svg" and a.get("data-lines") is not None]
        expect(svgs and int(svgs[0].get("data-lines")) >= 1, "the trend chart draws no line by default")

    if os.path.isdir(os.path.join(folder, "groups")) and os.listdir(os.path.join(folder, "groups")):
        expect(page.find("table", id="keyness-table"), "no keyness table although the analysis has groups")

    text = "".join(page.text)
    for h in hostile:
        expect(h in text, "hostile text %r is not shown as text" % h)


def set_and_click(browser, fields, button):
    """Sets form fields ({id: value}) as a person would and presses a button."""
    browser.eval("(function (f) { for (var id in f) { var e = document.getElementById(id); e.value = f[id]; e.dispatchEvent(new Event('change')); } "
                 "document.getElementById(%s).click(); })(%s)" % (json.dumps(button), json.dumps(fields)))


def interactive_checks(browser, options, expect):
    if options["trend"]:
        set_and_click(browser, {"trend-terms": options["trend"]}, "trend-go")
        series = json.loads(browser.eval("document.getElementById('trend-chart').getAttribute('data-series') || '[]'"))
        lines = browser.eval("Array.prototype.map.call(document.querySelectorAll('#trend-chart path[data-term]'), function (p) { return p.getAttribute('data-term'); })")
        expect(series and series[0]["name"] == options["trend"] and series[0]["total"] > 0,
               "trend query %r gives %r, expected a non-empty series" % (options["trend"], series))
        expect(lines == [options["trend"]], "trend chart draws %r for %r" % (lines, options["trend"]))
    if options["category"]:
        set_and_click(browser, {"kwic-mode": "category", "kwic-query": options["category"]}, "kwic-go")
        hits = browser.eval("document.getElementById('kwic-count').getAttribute('data-hits')")
        expect(hits == str(options["expect"]), "category concordance %r finds %r hits, expected %s" % (options["category"], hits, options["expect"]))
        exported = browser.eval("window.tifaConcordanceCSV()")
        rows = list(csv.reader(io.StringIO(exported)))
        expect(len(rows) - 1 == min(int(options["expect"]), 20000), "the CSV export has %d rows for %s hits" % (len(rows) - 1, options["expect"]))
    # Navigation: a panel's heading lands below the sticky header.
    below = browser.eval("(function () { location.hash = '#problems'; var h = document.getElementById('h-problems').getBoundingClientRect().top,"
                         " b = document.querySelector('header').getBoundingClientRect().bottom; return [Math.round(h), Math.round(b)]; })()")
    expect(below[0] >= below[1], "the Problems heading lands at %d px, under the header ending at %d px" % tuple(below))
    # Drill-down: where a sentence holds the same problem wording twice, each row marks its own occurrence.
    if options["twice"]:
        document_, sentence = options["twice"]
        marks = browser.eval("(function (d, s) { var f = document.getElementById('doc-filter-text'); f.value = d; f.dispatchEvent(new Event('input'));"
                             " Array.prototype.filter.call(document.querySelectorAll('#documents-table button.link'), function (b) { return b.textContent === d; })[0].click();"
                             " return Array.prototype.filter.call(document.querySelectorAll('#detail-problems .sentence'), function (e) { return e.textContent === s; })"
                             ".map(function (e) { var m = e.querySelector('mark'); return m ? e.textContent.length - (m.nextSibling ? m.nextSibling.textContent.length : 0) : -1; }); })(%s, %s)"
                             % (json.dumps(document_), json.dumps(sentence)))
        expect(len(marks) >= 2 and len(set(marks)) == len(marks) and -1 not in marks,
               "drill-down rows of one sentence mark the same occurrence: %r" % marks)
    # Formula guard: a regular expression that makes every match start with "=".
    set_and_click(browser, {"kwic-mode": "regex", "kwic-query": "=[^=]{0,8}"}, "kwic-go")
    rows = list(csv.reader(io.StringIO(browser.eval("window.tifaConcordanceCSV()"))))
    matches = [r[4] for r in rows[1:]]
    expect(all(m.startswith("'=") for m in matches), "CSV export leaves a formula-leading cell unguarded: %r" % [m for m in matches if not m.startswith("'=")][:3])


def repeated_problem(folder):
    """A (document, sentence) whose sentence holds two problem mentions of the same wording, from extractions.jsonl."""
    path = os.path.join(folder, "extractions.jsonl")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            x = json.loads(line)
            seen = set()
            for p in x.get("problems", []):
                key = (p.get("sentence"), p.get("text"))
                if p.get("text") and key in seen and p["sentence"].count(p["text"]) >= 2:
                    return x["document"], p["sentence"]
                seen.add(key)
    return None


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    folder = args[0]
    options = {"search": None, "hostile": [], "trend": None, "category": None, "expect": None, "screenshots": None, "max_ms": None}
    i = 1
    while i < len(args):
        key = args[i][2:].replace("-", "_")
        if key not in options or i + 1 >= len(args):
            sys.exit("browser_check: unknown or incomplete argument %s" % args[i])
        if key == "hostile":
            options["hostile"].append(args[i + 1])
        else:
            options[key] = args[i + 1]
        i += 2
    if bool(options["category"]) != bool(options["expect"]):
        sys.exit("browser_check: --category and --expect go together")
    options["twice"] = repeated_problem(folder)
    page = os.path.join(folder, "dashboard.html")
    if not os.path.exists(page):
        sys.exit("browser_check: %s does not exist" % page)
    url = "file://" + os.path.abspath(page) + ("#search=" + urllib.parse.quote(options["search"]) if options["search"] else "")

    failures = []

    def expect(ok, what):
        if not ok:
            failures.append(what)

    browser = Browser()
    try:
        for width in (1440, 390):
            browser.open(url, width)
            ms = int(browser.eval("document.body.getAttribute('data-tifa-render-ms')") or 0)
            print("%s at %d px: ready in %d ms (%s)" % (page, width, ms, browser.eval("document.body.getAttribute('data-tifa-panel-ms')")))
            if options["max_ms"] and width == 1440:
                expect(ms <= int(options["max_ms"]), "the page took %d ms to be ready (limit %s)" % (ms, options["max_ms"]))
            before = len(failures)
            static_checks(folder, browser.eval("document.documentElement.outerHTML"), options["hostile"], expect)
            if width == 390:
                o = browser.eval(OVERFLOW_JS)
                expect(o["count"] == 0 and o["scrollWidth"] <= o["width"],
                       "at 390 px the page is %d px wide and %d elements overflow: %s" % (o["scrollWidth"], o["count"], "; ".join(o["elements"])))
            if options["screenshots"]:
                shot = "%s-%d.png" % (options["screenshots"], width)
                browser.screenshot(shot, width, 2400)
                print("screenshot: %s" % shot)
            if width == 1440:
                interactive_checks(browser, options, expect)
            for k in range(before, len(failures)):
                failures[k] = "at %d px: %s" % (width, failures[k])
    finally:
        browser.close()
    for f in failures:
        print("FAIL %s: %s" % (page, f))
    print("browser check %s: %s" % (page, "ok" if not failures else "%d failures" % len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

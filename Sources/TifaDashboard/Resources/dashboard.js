// Tifa dashboard script. Renders every panel from the JSON in #tifa-data with createElement and textContent
// only (no HTML parsing of data), so document text can never become markup. Compiled into TifaDashboard (Package.swift,
// embedInCode); `swift test --filter DashboardTests` runs `node --check` on it.
"use strict";
(function () {
  var errors = [];
  function fail(msg) { errors.push(String(msg)); document.body.setAttribute("data-tifa-errors", errors.join(" | ")); }
  window.addEventListener("error", function (e) { fail(e.message || "error"); });
  var origError = console.error;
  console.error = function () { fail(Array.prototype.join.call(arguments, " ")); origError.apply(console, arguments); };

  var SVG = "http://www.w3.org/2000/svg";
  var D = JSON.parse(document.getElementById("tifa-data").textContent);
  var DOCS = "docs/ANALYZE.md";

  // ---- small DOM helpers: text only ----
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) n.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return n;
  }
  function svg(tag, attrs, text) {
    var n = document.createElementNS(SVG, tag);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function short(label, chars) { var s = String(label); return s.length > chars ? s.slice(0, Math.max(1, chars - 1)) + "…" : s; }
  function body(id) { return document.querySelector("#" + id + " .body"); }
  function note(text, attrs) { return el("p", Object.assign({ "class": "note" }, attrs || {}), [text]); }
  function num(x) { var v = Number(x); return isFinite(v) ? v : 0; }
  function fmt(x) { var v = num(x); return Math.abs(v - Math.round(v)) < 1e-9 ? Math.round(v).toLocaleString("en") : v < 10 ? v.toFixed(2) : v.toFixed(1); }
  function col(table, name) { return table ? table.header.indexOf(name) : -1; }
  function objects(table) {
    if (!table) return [];
    return table.rows.map(function (r) { var o = {}; table.header.forEach(function (h, i) { o[h] = r[i] === undefined ? "" : r[i]; }); return o; });
  }
  function unique(list) { return Array.from(new Set(list)); }

  // ---- sizes: charts are drawn for their panel's width and redrawn when it changes ----
  var redraws = [];
  function onResize(fn) { redraws.push(fn); }
  function widthOf(container) { return Math.max(260, Math.floor(container.clientWidth || 760)); }
  function headerOffset() { document.documentElement.style.setProperty("--header-h", document.querySelector("header").offsetHeight + "px"); }
  function markScrollers() {
    Array.prototype.forEach.call(document.querySelectorAll(".scroll"), function (s) { s.classList.toggle("more", s.scrollWidth > s.clientWidth + 1); });
  }
  var lastWidth = 0, resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      headerOffset();
      if (window.innerWidth !== lastWidth) { lastWidth = window.innerWidth; redraws.forEach(function (f) { f(); }); }
      markScrollers();
    }, 120);
  });
  // A wide table or heatmap scrolls inside its panel; the cue shows while there is more to the right.
  function scrollBox(child) {
    var box = el("div", { "class": "scroll" }, [child]);
    var wrap = el("div", { "class": "scroll-wrap" }, [box, el("p", { "class": "scroll-cue note", "aria-hidden": "true" }, ["Scroll sideways for more →"])]);
    box.addEventListener("scroll", function () { box.classList.toggle("end", box.scrollLeft + box.clientWidth >= box.scrollWidth - 2); });
    return wrap;
  }

  // ---- definitions, each with the section of docs/ANALYZE.md that says more ----
  var DEFS = {
    stance: ["Stance", "how a report speaks of a problem: admitted (the report says the problem exists in its own work), warned (it warns against or forbids it), mentioned (named without either; e.g. in a quotation or a list), unknown (no cue decides; counted as such, never guessed). Any other value is shown as it comes, after these.", "stance"],
    coverage: ["Coverage k of n", "k items of a criteria set are stated, out of the n items of the sets that apply to the document; 0/51 means none of 51 applicable items is stated.", "coverage-k-of-n"],
    per10k: ["Rate per 10,000 characters", "occurrences divided by the normalised characters of the documents (of the period, group or corpus) × 10,000, so long and short documents compare.", "rate-per-10000-characters"],
    keyness: ["Keyness", "G² (log-likelihood) says how surely a term is more (+) or less (−) frequent in a group than in the other documents (G² ≥ 3.84: p < 0.05); log ratio says by how much (1 = twice as frequent).", "keyness"]
  };
  function howTo(container, text, defs) {
    var d = el("details", { "class": "help" }, [el("summary", null, ["How to read this"]), el("p", null, [text])]);
    if (defs && defs.length) {
      var dl = el("dl");
      defs.forEach(function (k) {
        var x = DEFS[k];
        dl.appendChild(el("dt", null, [x[0]]));
        dl.appendChild(el("dd", null, [x[1] + " ", el("a", { href: DOCS + "#" + x[2] }, ["More in " + DOCS + " § " + x[0]])]));
      });
      d.appendChild(dl);
    }
    container.appendChild(d);
  }

  // ---- stances: the known ones in a fixed order and colour, any other value after them ----
  var STANCE_ORDER = ["admitted", "warned", "mentioned", "unknown"];
  var STANCE_COLOR = { admitted: "#b42318", warned: "#c27803", mentioned: "#7b8794", unknown: "#3e6fb0" };
  var EXTRA_COLORS = ["#6d28d9", "#0e7490", "#9d174d", "#4d7c0f"];
  function stancesOf(values) {
    var seen = unique(values.filter(function (v) { return v !== undefined && v !== ""; }));
    var known = STANCE_ORDER.filter(function (s) { return seen.indexOf(s) >= 0; });
    var other = seen.filter(function (s) { return STANCE_ORDER.indexOf(s) < 0; }).sort();
    other.forEach(function (s, i) { if (!STANCE_COLOR[s]) STANCE_COLOR[s] = EXTRA_COLORS[i % EXTRA_COLORS.length]; });
    return known.concat(other);
  }
  function stanceLegend(stances) {
    var legend = el("p", { "class": "legend note" });
    stances.forEach(function (st) { var sw = el("span", { "class": "swatch" }); sw.style.background = STANCE_COLOR[st]; legend.appendChild(el("span", { "class": "item" }, [sw, st])); });
    return legend;
  }

  // ---- a table with sortable headers (buttons, so the keyboard works) and pages ----
  function dataTable(container, columns, rows, options) {
    options = options || {};
    var pageSize = options.pageSize || 25, page = 0, sortKey = options.sortKey || null, sortDir = options.sortDir || -1;
    var table = el("table", options.id ? { id: options.id } : null);
    if (options.className) table.className = options.className;
    if (options.caption) table.appendChild(el("caption", { "class": "note" }, [options.caption]));
    var thead = el("thead"), tbody = el("tbody"), pager = el("div", { "class": "pager" });
    table.appendChild(thead); table.appendChild(tbody);
    container.appendChild(el("div", { "class": "dt" }, [scrollBox(table), pager]));
    var current = rows.slice();
    function sorted() {
      if (!sortKey) return current;
      var c = columns.filter(function (x) { return x.key === sortKey; })[0];
      return current.slice().sort(function (a, b) {
        var x = a[sortKey], y = b[sortKey];
        if (c && c.numeric) {
          // An empty cell (a rate with nothing to divide) sorts last in either direction.
          var ex = x === "" || x === undefined, ey = y === "" || y === undefined;
          if (ex || ey) return ex === ey ? 0 : ex ? 1 : -1;
          x = num(x); y = num(y); return (x - y) * sortDir;
        }
        return String(x).localeCompare(String(y), "zh") * sortDir;
      });
    }
    function draw() {
      thead.textContent = ""; tbody.textContent = ""; pager.textContent = "";
      var tr = el("tr");
      columns.forEach(function (c) {
        var th = el("th", { scope: "col", "class": c.numeric ? "num" : null, title: c.title || null,
          "aria-sort": sortKey === c.key ? (sortDir > 0 ? "ascending" : "descending") : "none" });
        var b = el("button", { type: "button" }, [c.label + (sortKey === c.key ? (sortDir > 0 ? " ▲" : " ▼") : "")]);
        b.addEventListener("click", function () { if (sortKey === c.key) sortDir = -sortDir; else { sortKey = c.key; sortDir = c.numeric ? -1 : 1; } page = 0; draw(); });
        th.appendChild(b); tr.appendChild(th);
      });
      thead.appendChild(tr);
      var all = sorted(), pages = Math.max(1, Math.ceil(all.length / pageSize));
      if (page >= pages) page = pages - 1;
      all.slice(page * pageSize, (page + 1) * pageSize).forEach(function (r) {
        var row = el("tr");
        columns.forEach(function (c) {
          var td = el("td", { "class": c.numeric ? "num" : (c.className || null) });
          if (c.render) td.appendChild(c.render(r)); else td.textContent = c.numeric ? fmt(r[c.key]) : String(r[c.key] === undefined ? "" : r[c.key]);
          row.appendChild(td);
        });
        tbody.appendChild(row);
      });
      table.setAttribute("data-rows", String(all.length));
      if (pages > 1) {
        var prev = el("button", { type: "button" }, ["‹ Previous"]), next = el("button", { type: "button" }, ["Next ›"]);
        prev.disabled = page === 0; next.disabled = page >= pages - 1;
        prev.addEventListener("click", function () { page--; draw(); });
        next.addEventListener("click", function () { page++; draw(); });
        pager.appendChild(prev); pager.appendChild(el("span", null, ["page " + (page + 1) + " of " + pages + " · " + all.length + " rows"])); pager.appendChild(next);
      } else pager.appendChild(el("span", null, [all.length + " rows"]));
      markScrollers();
    }
    draw();
    return { setRows: function (r) { current = r.slice(); page = 0; draw(); } };
  }

  // ---- charts (SVG, drawn for the container's width, with a title and a table view) ----
  function niceStep(max, ticks) {
    var raw = max / Math.max(1, ticks), p = Math.pow(10, Math.floor(Math.log10(raw || 1))), m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function axisTicks(max, ticks) { var step = niceStep(max, ticks), out = []; for (var v = 0; v <= max + step * 1e-9; v += step) out.push(v); if (out[out.length - 1] < max) out.push(out[out.length - 1] + step); return out; }
  function tickText(v) { return Math.abs(v - Math.round(v)) < 1e-9 ? Math.round(v).toLocaleString("en") : String(Number(v.toPrecision(3))); }

  // Horizontal bars; each item is {label, segments: [{key, value, color}]}, the total printed at the bar's end.
  function hbars(container, items, options) {
    var W = widthOf(container), barH = 20, gap = 5, top = 6, bottom = 38;
    var left = Math.round(Math.min(170, Math.max(72, W * 0.26))), valueW = 56, plotW = W - left - valueW;
    var totals = items.map(function (it) { return it.segments.reduce(function (a, s) { return a + s.value; }, 0); });
    var ticks = axisTicks(Math.max.apply(null, totals.concat([1e-9])), W < 500 ? 3 : 5), max = ticks[ticks.length - 1] || 1;
    var H = top + items.length * (barH + gap) + bottom;
    var s = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": options.label, "data-bars": items.length });
    s.appendChild(svg("title", {}, options.label));
    var axisY = top + items.length * (barH + gap);
    ticks.forEach(function (v) {
      var x = left + plotW * v / max;
      s.appendChild(svg("line", { x1: x, y1: top, x2: x, y2: axisY, stroke: "#e4e7eb" }));
      s.appendChild(svg("text", { x: x, y: axisY + 14, "font-size": 11, "text-anchor": "middle", fill: "#616e7c" }, tickText(v)));
    });
    s.appendChild(svg("line", { x1: left, y1: axisY, x2: left + plotW, y2: axisY, stroke: "#9aa5b1" }));
    s.appendChild(svg("text", { x: left + plotW / 2, y: axisY + 30, "font-size": 12, "text-anchor": "middle", fill: "#1f2933", "class": "axis-label" }, options.unit));
    var chars = Math.max(3, Math.floor((left - 8) / 13));
    items.forEach(function (it, k) {
      var y = top + k * (barH + gap), x = left;
      var g = svg("g", { "class": "bar", "data-label": it.label, "data-value": String(totals[k]) });
      g.appendChild(svg("text", { x: left - 6, y: y + 15, "text-anchor": "end", "font-size": 13 }, short(it.label, chars)));
      it.segments.forEach(function (seg) {
        if (!seg.value) return;
        var w = plotW * seg.value / max;
        var r = svg("rect", { x: x, y: y, width: Math.max(1, w), height: barH, fill: seg.color, "data-stance": seg.key || "", "data-value": String(seg.value) });
        r.appendChild(svg("title", {}, it.label + (seg.key ? " · " + seg.key : "") + ": " + fmt(seg.value)));
        g.appendChild(r); x += w;
      });
      g.appendChild(svg("text", { x: x + 4, y: y + 15, "font-size": 12, fill: "#3e4c59", "class": "value" }, fmt(totals[k])));
      s.appendChild(g);
    });
    container.appendChild(s);
  }
  function responsive(container, draw) { draw(); onResize(function () { container.textContent = ""; draw(); }); }

  // The table is built when first opened, so a page with many charts stays quick to load.
  function tableView(container, columns, rows, caption, id) {
    var d = el("details", { "class": "table-view" }); d.appendChild(el("summary", null, ["Show as a table"]));
    var built = false;
    d.addEventListener("toggle", function () { if (d.open && !built) { built = true; dataTable(d, columns, rows, { caption: caption, pageSize: 50, id: id }); } });
    container.appendChild(d);
  }

  // ---- shared data ----
  var summary = D.summary || {}, corpus = summary.corpus || {}, options = summary.options || {};
  var docs = objects(D.documents);
  var docByPath = {}; docs.forEach(function (d) { docByPath[d.document] = d; });
  var texts = (D.texts || {}).lines || [];
  var textsComplete = !!D.texts && D.texts.kept === D.texts.total;
  var extractionLines = (D.extractions || {}).lines || [];
  var extractionByDoc = {}; extractionLines.forEach(function (x) { extractionByDoc[x.document] = x; });
  var categories = ((D.codebook || {}).categories || []);
  var categoryByName = {}; categories.forEach(function (c) { categoryByName[c.name] = c; });
  var monthly = options.period === "month";
  function dateOf(d) { return (d && (d.date || d.year)) || ((extractionByDoc[d && d.document] || {}).metadata || {}).date || ""; }
  function periodOf(path) {
    var d = docByPath[path], date = String(dateOf(d) || "");
    if (!/^[0-9]{4}/.test(date)) return null;
    if (!monthly) return date.slice(0, 4);
    return /^[0-9]{4}-[0-9]{2}/.test(date) ? date.slice(0, 7) : null;
  }

  // Literal search, longest wording first where they overlap (as `tifa kwic`): positions [start, end).
  function literalHits(text, wordings) {
    var sorted = wordings.filter(function (w) { return w; }).slice().sort(function (a, b) { return b.length - a.length; });
    var hits = [];
    if (!sorted.length) return hits;
    if (sorted.length === 1) {
      var w = sorted[0], at = text.indexOf(w);
      while (at >= 0) { hits.push([at, at + w.length]); at = text.indexOf(w, at + w.length); }
      return hits;
    }
    var firsts = {}; sorted.forEach(function (w) { (firsts[w[0]] = firsts[w[0]] || []).push(w); });
    for (var i = 0; i < text.length;) {
      var cands = firsts[text[i]], found = 0;
      if (cands) for (var k = 0; k < cands.length; k++) { if (text.startsWith(cands[k], i)) { found = cands[k].length; break; } }
      if (found) { hits.push([i, i + found]); i += found; } else i++;
    }
    return hits;
  }
  function regexHits(text, re) {
    var hits = [], m; re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) { if (m[0].length === 0) { re.lastIndex++; continue; } hits.push([m.index, m.index + m[0].length]); }
    return hits;
  }

  // ---- panels ----
  function overview() {
    var b = body("overview");
    var range = summary.date_range ? (summary.date_range.first + " – " + summary.date_range.last) : "no dates";
    document.getElementById("subtitle").textContent = (corpus.documents || 0) + " documents · " + range;
    var cards = el("div", { "class": "cards" });
    [["documents", corpus.documents], ["characters", corpus.characters], ["tokens", corpus.tokens],
     ["sentences", corpus.sentences], ["distinct terms", corpus.terms], ["skipped files", corpus.skipped]].forEach(function (c) {
      cards.appendChild(el("div", { "class": "card", "data-key": c[0], "data-value": String(c[1] === undefined ? "" : c[1]) },
        [el("div", { "class": "v" }, [c[1] === undefined ? "–" : fmt(c[1])]), el("div", { "class": "k" }, [c[0]])]));
    });
    cards.appendChild(el("div", { "class": "card", "data-key": "date range" }, [el("div", { "class": "v" }, [range]), el("div", { "class": "k" }, ["date range"])]));
    b.appendChild(cards);
    howTo(b, "Characters are those of the normalised text (full-width forms folded, layout cleaned); tokens come from the segmenter. Every rate on this page is per 10,000 of these characters.", ["per10k", "stance", "coverage", "keyness"]);
    var skipped = summary.skipped || [];
    if (skipped.length) {
      b.appendChild(el("h3", null, ["Skipped files"]));
      dataTable(b, [{ key: "file", label: "file" }, { key: "code", label: "reason code" }, { key: "message", label: "why" }], skipped, { pageSize: 20, id: "skipped-table" });
    } else b.appendChild(note("No file was skipped."));
    var f = document.getElementById("footer");
    f.textContent = "Made by " + ((summary.tool || {}).name || "tifa") + " " + ((summary.tool || {}).version || "") +
      " with ICU " + (summary.icu_version || "?") + ". Codebooks: " +
      (summary.codebooks || []).map(function (c) { return c.name + " " + c.version; }).join(", ") + ".";
  }

  var contentTerms = objects(D.terms).filter(function (t) { return t.stopword !== "1" && t.punctuation !== "1"; });

  function keywords() {
    var b = body("keywords");
    if (!D.terms) { b.appendChild(note("terms.csv is not available.")); return; }
    howTo(b, "The 20 most frequent terms that are neither stopwords nor punctuation. Raw frequency counts every occurrence; the rate divides by the corpus's characters.", ["per10k"]);
    var controls = el("div", { "class": "controls" });
    var sel = el("select", { id: "kw-measure" }, [el("option", { value: "frequency" }, ["raw frequency"]), el("option", { value: "per_10k" }, ["per 10,000 characters"])]);
    controls.appendChild(el("label", { "for": "kw-measure" }, ["Measure"])); controls.appendChild(sel);
    b.appendChild(controls);
    var chart = el("div", { id: "kw-chart", "class": "chart" }); b.appendChild(chart);
    var top = contentTerms.slice(0, 20);
    function draw() {
      chart.textContent = "";
      var unit = sel.value === "per_10k" ? "occurrences per 10,000 characters" : "occurrences (count)";
      hbars(chart, top.map(function (t) { return { label: t.term, segments: [{ value: num(t[sel.value]), color: "#b42318" }] }; }),
        { label: "Top " + top.length + " keywords by " + sel.options[sel.selectedIndex].text + " (stopwords and punctuation left out)", unit: unit });
    }
    sel.addEventListener("change", draw); responsive(chart, draw);
    tableView(b, [{ key: "term", label: "term" }, { key: "kind", label: "kind" }, { key: "frequency", label: "frequency", numeric: true }, { key: "per_10k", label: "per 10k", numeric: true }, { key: "documents", label: "documents", numeric: true }, { key: "tfidf", label: "TF-IDF", numeric: true }, { key: "dispersion", label: "dispersion", numeric: true }], contentTerms.slice(0, 500), "Top content terms");
  }

  // Trend series: from trends.csv (codebook and top terms), a category's wordings or any other term counted
  // in the embedded texts. Each series is {name, source, counts[], characters[]}, aligned on T.periods.
  function trendSource() {
    var T = D.trends;
    if (!T || !T.periods.length) return null;
    var index = {}; T.periods.forEach(function (p, i) { index[p] = i; });
    var seriesByTerm = {}; T.series.forEach(function (s) { seriesByTerm[s.term] = s; });
    var textChars = null, textPeriod = null;
    function textTotals() {
      if (textChars) return;
      textChars = T.periods.map(function () { return 0; }); textPeriod = [];
      texts.forEach(function (t, i) { var p = periodOf(t.document); textPeriod[i] = p === null ? -1 : (index[p] === undefined ? -1 : index[p]); if (textPeriod[i] >= 0) textChars[textPeriod[i]] += (t.text || "").length; });
    }
    function fromTexts(name, wordings, source) {
      textTotals();
      var counts = T.periods.map(function () { return 0; });
      texts.forEach(function (t, i) { if (textPeriod[i] >= 0) counts[textPeriod[i]] += literalHits(t.text || "", wordings).length; });
      return { name: name, source: source, counts: counts, characters: textChars };
    }
    return {
      periods: T.periods,
      menu: T.series.filter(function (s) { return s.codebook; }).map(function (s) { return s.term; })
        .concat(T.series.filter(function (s) { return !s.codebook; }).map(function (s) { return s.term; }))
        .concat(categories.map(function (c) { return "cat:" + c.name; })),
      ranked: T.series.filter(function (s) { return !s.codebook; }).sort(function (a, b) { return b.total - a.total || (a.term < b.term ? -1 : 1); }).map(function (s) { return s.term; }),
      resolve: function (name) {
        if (name.indexOf("cat:") === 0) {
          var c = categoryByName[name.slice(4)];
          if (!c) return { name: name, missing: "no codebook category is named " + name.slice(4) + (categories.length ? "" : " (this page carries no codebook: rebuild it with tifa analyze or tifa dashboard)") };
          if (!texts.length) return { name: name, missing: "the texts are not embedded, so a category cannot be counted (run tifa kwic --category " + c.name + ")" };
          return fromTexts(name, c.wordings, "every wording of the category (" + c.wordings.length + "), counted in the embedded texts" + (textsComplete ? "" : " (" + D.texts.kept + " of " + D.texts.total + " documents)"));
        }
        var s = seriesByTerm[name];
        if (s) return { name: name, source: s.codebook ? "codebook term, trends.csv" : "top term, trends.csv", counts: s.frequency, characters: T.characters };
        if (!texts.length) return { name: name, missing: name + " is not among the terms of trends.csv and the texts are not embedded; use tifa kwic " + name };
        return fromTexts(name, [name], "not in trends.csv: every occurrence of the string counted in the embedded texts" + (textsComplete ? "" : " (" + D.texts.kept + " of " + D.texts.total + " documents)"));
      }
    };
  }

  function timeOf(period) { var y = Number(period.slice(0, 4)), m = period.length >= 7 ? Number(period.slice(5, 7)) : 1; return y + (m - 1) / 12; }

  function trends() {
    var b = body("trends");
    var src = trendSource();
    if (!src) { b.appendChild(note("No document has a date or year, so there are no trends.")); return; }
    howTo(b, "Each line is a term's rate in each period: its occurrences in the period's documents per 10,000 of their characters. The time axis is proportional to time, so a gap between reports shows as a gap. Type terms separated by commas; cat:NAME follows every wording of a codebook category (e.g. cat:形式主义). Codebook terms and the most frequent terms come from trends.csv; any other term is counted in the embedded texts.", ["per10k"]);
    var controls = el("div", { "class": "controls" });
    var input = el("input", { id: "trend-terms", list: "trend-list", "class": "wide" });
    input.value = src.ranked.slice(0, 5).join(", ");
    var list = el("datalist", { id: "trend-list" }); src.menu.forEach(function (t) { list.appendChild(el("option", { value: t })); });
    var go = el("button", { type: "button", id: "trend-go" }, ["Show"]);
    controls.appendChild(el("label", { "for": "trend-terms" }, ["Terms (comma-separated; cat:NAME for a category)"])); controls.appendChild(input); controls.appendChild(list); controls.appendChild(go);
    b.appendChild(controls);
    var messages = el("div", { id: "trend-messages", "aria-live": "polite" }); b.appendChild(messages);
    var chart = el("div", { id: "trend-chart", "class": "chart" }); b.appendChild(chart);
    var legend = el("div", { id: "trend-legend", "class": "legend note" }); b.appendChild(legend);
    var tableHolder = el("div"); b.appendChild(tableHolder);
    var palette = ["#b42318", "#1d4ed8", "#2f7d32", "#c27803", "#6d28d9", "#0e7490", "#9d174d", "#4d7c0f"];
    var current = [];
    function compute() {
      messages.textContent = "";
      var names = unique(input.value.split(/[,，、]/).map(function (s) { return s.trim(); }).filter(Boolean)).slice(0, 8);
      current = [];
      names.forEach(function (n) {
        var s = src.resolve(n);
        if (s.missing) { messages.appendChild(note(s.missing, { "class": "note warn" })); return; }
        s.rates = s.counts.map(function (c, i) { return s.characters[i] ? 10000 * c / s.characters[i] : 0; });
        s.total = s.counts.reduce(function (a, c) { return a + c; }, 0);
        if (!s.total) messages.appendChild(note(n + ": no occurrence in any period (" + s.source + ").", { "class": "note warn" }));
        current.push(s);
      });
      if (!names.length) messages.appendChild(note("Type one or more terms to follow.", { "class": "note warn" }));
      draw();
      tableHolder.textContent = "";
      if (current.length) {
        var rowsView = src.periods.map(function (p, i) { var o = { period: p }; current.forEach(function (s, k) { o["r" + k] = s.rates[i]; o["c" + k] = s.counts[i]; }); return o; });
        var cols = [{ key: "period", label: "period" }];
        current.forEach(function (s, k) { cols.push({ key: "r" + k, label: s.name + " per 10k", numeric: true }); cols.push({ key: "c" + k, label: s.name + " count", numeric: true }); });
        tableView(tableHolder, cols, rowsView, "Occurrences and rate per 10,000 characters by period", "trend-table");
      }
    }
    function draw() {
      chart.textContent = ""; legend.textContent = "";
      var shown = current.filter(function (s) { return s.total > 0; });
      chart.setAttribute("data-series", JSON.stringify(current.map(function (s) { return { name: s.name, total: s.total }; })));
      if (!shown.length) { chart.appendChild(note("Nothing to draw: none of the chosen terms occurs.", { "class": "note warn", id: "trend-empty" })); return; }
      var W = widthOf(chart), H = W < 500 ? 220 : 280, L = 56, R = 14, T = 12, B = 44;
      var periods = src.periods, t0 = timeOf(periods[0]), t1 = timeOf(periods[periods.length - 1]);
      if (t1 === t0) { t0 -= 1; t1 += 1; }
      var max = 0; shown.forEach(function (s) { s.rates.forEach(function (v) { max = Math.max(max, v); }); });
      var yt = axisTicks(max || 1, 4), ymax = yt[yt.length - 1];
      var s = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Trends of " + shown.map(function (x) { return x.name; }).join(", ") + " per 10,000 characters by period", "data-lines": shown.length });
      s.appendChild(svg("title", {}, "Trends per 10,000 characters: " + shown.map(function (x) { return x.name; }).join(", ")));
      function x(p) { return L + (W - L - R) * (timeOf(p) - t0) / (t1 - t0); }
      function y(v) { return T + (H - T - B) * (1 - v / ymax); }
      yt.forEach(function (v) {
        s.appendChild(svg("line", { x1: L, y1: y(v), x2: W - R, y2: y(v), stroke: "#e4e7eb" }));
        s.appendChild(svg("text", { x: L - 4, y: y(v) + 4, "font-size": 11, "text-anchor": "end", fill: "#616e7c" }, tickText(v)));
      });
      s.appendChild(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#9aa5b1" }));
      var span = t1 - t0, step = niceStep(span, Math.max(2, Math.floor((W - L - R) / 70)));
      step = Math.max(step, monthly ? 1 / 12 : 1);
      for (var tv = Math.ceil(t0 / step) * step; tv <= t1 + 1e-9; tv += step) {
        var tx = L + (W - L - R) * (tv - t0) / (t1 - t0), yr = Math.floor(tv + 1e-9), mo = Math.round((tv - yr) * 12) + 1;
        s.appendChild(svg("line", { x1: tx, y1: H - B, x2: tx, y2: H - B + 4, stroke: "#9aa5b1" }));
        s.appendChild(svg("text", { x: tx, y: H - B + 16, "font-size": 11, "text-anchor": "middle", fill: "#616e7c" }, monthly && step < 1 ? yr + "-" + (mo < 10 ? "0" : "") + mo : String(yr)));
      }
      s.appendChild(svg("text", { x: L + (W - L - R) / 2, y: H - 6, "font-size": 12, "text-anchor": "middle", "class": "axis-label" }, monthly ? "month" : "year"));
      s.appendChild(svg("text", { x: 12, y: T + (H - T - B) / 2, "font-size": 12, "text-anchor": "middle", transform: "rotate(-90 12 " + (T + (H - T - B) / 2) + ")", "class": "axis-label" }, "per 10,000 characters"));
      shown.forEach(function (ser, k) {
        var color = palette[k % palette.length];
        // A period with no report breaks the line (1964 → 1975 is a gap, not a slope).
        var unit = monthly ? 1 / 12 : 1;
        var d = periods.map(function (p, i) { var gap = i && timeOf(p) - timeOf(periods[i - 1]) > unit * 1.5; return (i && !gap ? "L" : "M") + x(p).toFixed(1) + " " + y(ser.rates[i]).toFixed(1); }).join(" ");
        var path = svg("path", { d: d, fill: "none", stroke: color, "stroke-width": 2, "data-term": ser.name, "data-total": String(ser.total) });
        path.appendChild(svg("title", {}, ser.name));
        s.appendChild(path);
        function isolated(i) { return (!i || timeOf(periods[i]) - timeOf(periods[i - 1]) > unit * 1.5) && (i === periods.length - 1 || timeOf(periods[i + 1]) - timeOf(periods[i]) > unit * 1.5); }
        periods.forEach(function (p, i) {
          if (periods.length > 80 && !isolated(i)) return;
          var c = svg("circle", { cx: x(p).toFixed(1), cy: y(ser.rates[i]).toFixed(1), r: 2.5, fill: color });
          c.appendChild(svg("title", {}, ser.name + " · " + p + ": " + fmt(ser.rates[i]) + " per 10k (" + ser.counts[i] + ")"));
          s.appendChild(c);
        });
        var item = el("span", { "class": "item" }); var sw = el("span", { "class": "swatch" }); sw.style.background = color;
        item.appendChild(sw); item.appendChild(document.createTextNode(ser.name + " (" + ser.total + "; " + ser.source + ")"));
        legend.appendChild(item);
      });
      chart.appendChild(s);
    }
    go.addEventListener("click", compute);
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") compute(); });
    onResize(draw);
    var m = /(?:^#|&)trend=([^&]*)/.exec(location.hash);
    if (m) { try { input.value = decodeURIComponent(m[1]); } catch (e) { input.value = m[1]; } }
    compute();
  }

  // One row per distinct slogan, its kinds combined (a span never has two kinds, so the counts add up).
  function sloganRows() {
    var byText = {}, order = [];
    objects(D.slogans).forEach(function (r) {
      var o = byText[r.text];
      if (!o) { o = byText[r.text] = { text: r.text, kinds: [], frequency: 0, documents: 0, first_date: r.first_date, last_date: r.last_date }; order.push(o); }
      o.kinds.push(r.kind + " " + r.frequency); o.frequency += num(r.frequency); o.documents = Math.max(o.documents, num(r.documents));
      if (r.first_date && (!o.first_date || r.first_date < o.first_date)) o.first_date = r.first_date;
      if (r.last_date && (!o.last_date || r.last_date > o.last_date)) o.last_date = r.last_date;
    });
    if (D.extractions && D.extractions.kept === D.extractions.total) {
      var docsOf = {};
      extractionLines.forEach(function (x) { (x.slogans || []).forEach(function (s) { (docsOf[s.text] = docsOf[s.text] || new Set()).add(x.document); }); });
      order.forEach(function (o) { if (docsOf[o.text]) o.documents = docsOf[o.text].size; });
    }
    order.forEach(function (o) { o.kind = o.kinds.join(", "); });
    return order;
  }

  function slogans() {
    var b = body("slogans");
    if (!D.slogans) { b.appendChild(note("slogans.csv is not available.")); return; }
    howTo(b, "One row per distinct slogan. Kind says how it was found (quoted, numbered formula such as 三个代表, parallel series, codebook entry), with the count of each kind; count is all occurrences, documents how many documents have it at least once.", []);
    if (D.slogans.total > D.slogans.rows.length) b.appendChild(note("Built from the " + D.slogans.rows.length + " most frequent of " + D.slogans.total + " rows of slogans.csv; all are in the file."));
    dataTable(b, [{ key: "text", label: "slogan" }, { key: "kind", label: "kinds" }, { key: "frequency", label: "count", numeric: true }, { key: "documents", label: "documents", numeric: true }, { key: "first_date", label: "first seen" }, { key: "last_date", label: "last seen" }],
      sloganRows(), { pageSize: 25, id: "slogans-table", sortKey: "frequency" });
  }

  function criteria() {
    var b = body("criteria");
    var C = D.criteria;
    if (!C || !C.sets.length) { b.appendChild(note("No criteria set applies to these documents.")); return; }
    howTo(b, "Rows are documents, columns the items of each criteria set. ■ the document states the item, □ it does not, blank: the set does not apply to it; * in the named column: the document names the set. The first row is the share of documents (to which the set applies) stating each item. Sets that no document names or states are folded away; Show all sets brings them back.", ["coverage"]);
    var pageSize = 40, page = 0, showAll = false;
    var share = C.sets.map(function (s) { return s.items.map(function () { return 0; }); });
    var applies = C.sets.map(function () { return 0; }), occurs = C.sets.map(function () { return false; });
    C.rows.forEach(function (r) { C.sets.forEach(function (s, si) { var st = r[1][s.set]; if (!st) return; applies[si]++; if (st[0] === "1") occurs[si] = true; var bits = st.split(":")[1]; for (var i = 0; i < bits.length; i++) if (bits[i] === "1") { share[si][i]++; occurs[si] = true; } }); });
    var controls = el("div", { "class": "controls" });
    var toggle = el("button", { type: "button", id: "criteria-show-all", "aria-pressed": "false" });
    controls.appendChild(toggle); b.appendChild(controls);
    var wrap = el("div"); b.appendChild(wrap);
    function draw() {
      wrap.textContent = "";
      var sets = C.sets.map(function (s, si) { return { s: s, si: si }; }).filter(function (x) { return showAll || occurs[x.si]; });
      var hidden = C.sets.length - C.sets.filter(function (s, si) { return occurs[si]; }).length;
      toggle.textContent = showAll ? "Show only the sets that occur" : "Show all sets (" + hidden + " more that no document names or states)";
      toggle.setAttribute("aria-pressed", String(showAll)); toggle.hidden = hidden === 0;
      if (!sets.length) { wrap.appendChild(note("No document names or states any criteria set.")); return; }
      var t = el("table", { "class": "heat", id: "criteria-heatmap", "data-documents": String(C.rows.length), "data-sets": String(sets.length),
        "data-items": String(sets.reduce(function (a, x) { return a + x.s.items.length; }, 0)), "data-all-items": String(C.sets.reduce(function (a, s) { return a + s.items.length; }, 0)) });
      var h1 = el("tr", null, [el("th", { scope: "col" }, ["set →"])]), h2 = el("tr", null, [el("th", { scope: "col" }, ["document"])]);
      sets.forEach(function (x) {
        h1.appendChild(el("th", { scope: "colgroup", colspan: String(x.s.items.length + 1), "class": "set" }, [x.s.set]));
        h2.appendChild(el("th", { scope: "col", "class": "item" }, ["named"]));
        x.s.items.forEach(function (i) { h2.appendChild(el("th", { scope: "col", "class": "item" }, [i])); });
      });
      t.appendChild(el("thead", null, [h1, h2]));
      var tb = el("tbody");
      var shareRow = el("tr", null, [el("th", { scope: "row" }, ["share of documents"])]);
      sets.forEach(function (x) {
        shareRow.appendChild(el("td", { "class": "cell" }, [""]));
        x.s.items.forEach(function (i, ii) { var v = applies[x.si] ? share[x.si][ii] / applies[x.si] : 0; shareRow.appendChild(el("td", { "class": "num share", title: x.s.set + " · " + i + ": " + (100 * v).toFixed(0) + "%" }, [(100 * v).toFixed(0) + "%"])); });
      });
      tb.appendChild(shareRow);
      C.rows.slice(page * pageSize, (page + 1) * pageSize).forEach(function (r) {
        var tr = el("tr", null, [el("th", { scope: "row", "class": "doc", title: r[0] }, [r[0].split("/").pop()])]);
        sets.forEach(function (x) {
          var st = r[1][x.s.set], named = st && st[0] === "1", bits = st ? st.split(":")[1] : "";
          tr.appendChild(el("td", { "class": "cell" + (st ? (named ? " on" : " off") : ""), title: x.s.set + (st ? (named ? ": named" : ": not named") : ": does not apply") }, [st ? (named ? "*" : "") : ""]));
          x.s.items.forEach(function (i, ii) {
            var on = bits[ii] === "1";
            tr.appendChild(el("td", { "class": "cell " + (st ? (on ? "on" : "off") : ""), title: i + (st ? (on ? ": stated" : ": not stated") : ": does not apply") }, [st ? (on ? "■" : "□") : ""]));
          });
        });
        tb.appendChild(tr);
      });
      t.appendChild(tb); wrap.appendChild(scrollBox(t));
      var pages = Math.max(1, Math.ceil(C.rows.length / pageSize));
      var pager = el("div", { "class": "pager" });
      var prev = el("button", { type: "button" }, ["‹ Previous"]), next = el("button", { type: "button" }, ["Next ›"]);
      prev.disabled = page === 0; next.disabled = page >= pages - 1;
      prev.addEventListener("click", function () { page--; draw(); }); next.addEventListener("click", function () { page++; draw(); });
      pager.appendChild(prev); pager.appendChild(el("span", null, ["documents page " + (page + 1) + " of " + pages])); pager.appendChild(next);
      wrap.appendChild(pager);
      markScrollers();
    }
    toggle.addEventListener("click", function () { showAll = !showAll; draw(); });
    draw();
  }

  // Mentions by label and stance: [{label, documents?, <stance>: n}], with the stances present.
  function problemRows(table, labelKey) {
    var byLabel = {};
    var rows = objects(table);
    rows.forEach(function (r) { var k = r[labelKey]; var o = byLabel[k] = byLabel[k] || { label: k }; o[r.stance] = (o[r.stance] || 0) + num(r.mentions !== undefined && r.mentions !== "" ? r.mentions : r.count); });
    var stances = stancesOf(rows.map(function (r) { return r.stance; }));
    var list = Object.keys(byLabel).map(function (k) { var o = byLabel[k]; o.total = stances.reduce(function (a, s) { return a + (o[s] || 0); }, 0); return o; });
    return { rows: list, stances: stances };
  }
  function segmentsOf(row, stances, scale) { return stances.map(function (st) { return { key: st, value: (row[st] || 0) * scale, color: STANCE_COLOR[st] }; }); }

  function problems() {
    var b = body("problems");
    if (!D.problems || !D.problems.rows.length) { b.appendChild(note("No problem category was found.")); return; }
    howTo(b, "Each bar is a problem category; its parts are the stances of its mentions. The corpus chart counts mentions. The group chart divides each group's mentions by its number of documents, so groups of different sizes compare; the table view under it has the raw counts.", ["stance"]);
    var P = problemRows(D.problems, "category");
    P.rows.sort(function (a, b) { return b.total - a.total || (a.label < b.label ? -1 : 1); });
    var overall = el("div", { id: "problems-overall", "class": "chart" }); b.appendChild(overall);
    responsive(overall, function () { hbars(overall, P.rows.map(function (r) { return { label: r.label, segments: segmentsOf(r, P.stances, 1) }; }), { label: "Problem mentions by category and stance, whole corpus", unit: "mentions (count)" }); });
    b.appendChild(stanceLegend(P.stances));
    tableView(b, [{ key: "label", label: "category" }].concat(P.stances.map(function (s) { return { key: s, label: s, numeric: true }; })).concat([{ key: "total", label: "all", numeric: true }]), P.rows, "Problem mentions by stance");
    var groups = (D.groups || []).filter(function (g) { return g.problems && g.problems.rows.length; });
    if (!groups.length) { b.appendChild(note("Run tifa analyze with --group-by COLUMN to compare groups.")); return; }
    var controls = el("div", { "class": "controls" });
    var gsel = el("select", { id: "problems-group-column" });
    groups.forEach(function (g, i) { gsel.appendChild(el("option", { value: String(i) }, [g.column])); });
    var csel = el("select", { id: "problems-category", "aria-label": "Category" }, [el("option", { value: "" }, ["all categories"])]);
    P.rows.forEach(function (r) { csel.appendChild(el("option", { value: r.label }, [r.label])); });
    controls.appendChild(el("label", { "for": "problems-group-column" }, ["By group"])); controls.appendChild(gsel); controls.appendChild(csel);
    b.appendChild(controls);
    var byGroup = el("div", { id: "problems-by-group", "class": "chart" }); b.appendChild(byGroup);
    var groupLegend = el("div"); b.appendChild(groupLegend);
    var groupTable = el("div"); b.appendChild(groupTable);
    function draw() {
      byGroup.textContent = ""; groupTable.textContent = ""; groupLegend.textContent = "";
      var g = groups[Number(gsel.value)];
      var sizes = {}; objects(g.groups).forEach(function (r) { sizes[r.group] = num(r.documents); });
      var t = { header: g.problems.header, rows: g.problems.rows.filter(function (r) { return !csel.value || r[col(g.problems, "category")] === csel.value; }) };
      var G = problemRows(t, "group");
      var labels = unique(Object.keys(sizes).concat(G.rows.map(function (r) { return r.label; }))).sort();
      var rowsByLabel = {}; G.rows.forEach(function (r) { rowsByLabel[r.label] = r; });
      var rows = labels.map(function (l) { var r = rowsByLabel[l] || { label: l, total: 0 }; r.documents = sizes[l] || 0; return r; });
      var what = "Problem mentions per document by " + g.column + (csel.value ? " (" + csel.value + ")" : "");
      hbars(byGroup, rows.map(function (r) { return { label: r.label + " (" + r.documents + ")", segments: segmentsOf(r, G.stances, r.documents ? 1 / r.documents : 0) }; }), { label: what, unit: "mentions per document (documents in the group in brackets)" });
      groupLegend.appendChild(stanceLegend(G.stances));
      tableView(groupTable, [{ key: "label", label: g.column }, { key: "documents", label: "documents", numeric: true }].concat(G.stances.map(function (s) { return { key: s, label: s + " (count)", numeric: true }; })).concat([{ key: "total", label: "all (count)", numeric: true }]), rows, "Raw mention counts by group", "problems-group-table");
    }
    gsel.addEventListener("change", draw); csel.addEventListener("change", draw); draw(); onResize(draw);
  }

  function keyness() {
    var b = body("keyness");
    var groups = (D.groups || []).filter(function (g) { return g.keyness; });
    if (!groups.length) { b.appendChild(note("Run tifa analyze with --group-by COLUMN (region, unit, year …) to compare groups.")); return; }
    howTo(b, "Terms over-represented (+) or under-represented (−) in the chosen group compared with all other documents, sorted by G². Counts are raw token counts; the rates here are per 10,000 tokens.", ["keyness"]);
    var controls = el("div", { "class": "controls" });
    var gsel = el("select", { id: "keyness-column" }); groups.forEach(function (g, i) { gsel.appendChild(el("option", { value: String(i) }, [g.column])); });
    var vsel = el("select", { id: "keyness-group" });
    controls.appendChild(el("label", { "for": "keyness-column" }, ["Column"])); controls.appendChild(gsel);
    controls.appendChild(el("label", { "for": "keyness-group" }, ["Group"])); controls.appendChild(vsel);
    b.appendChild(controls);
    var holder = el("div"); b.appendChild(holder);
    var cols = [{ key: "term", label: "term" }, { key: "direction", label: "+/−" }, { key: "g2", label: "G²", numeric: true }, { key: "log_ratio", label: "log ratio", numeric: true },
      { key: "target", label: "count in group", numeric: true }, { key: "reference", label: "count in rest", numeric: true }, { key: "target_per_10k", label: "group per 10k tokens", numeric: true }, { key: "reference_per_10k", label: "rest per 10k tokens", numeric: true }];
    var tableApi = dataTable(holder, cols, [], { pageSize: 25, id: "keyness-table", sortKey: "g2" });
    // Only the chosen group's rows become objects (keyness.csv has up to 2 × --keyness-top rows per group).
    function keynessRows(i, value) { var k = groups[i].keyness, gi = col(k, "group"); return objects({ header: k.header, rows: k.rows.filter(function (r) { return r[gi] === value; }) }); }
    function fillGroups() {
      vsel.textContent = "";
      var k = groups[Number(gsel.value)].keyness, gi = col(k, "group");
      var values = unique(k.rows.map(function (r) { return r[gi]; })).sort();
      values.forEach(function (v) { vsel.appendChild(el("option", { value: v }, [v])); });
      draw();
    }
    function draw() {
      tableApi.setRows(keynessRows(Number(gsel.value), vsel.value));
    }
    gsel.addEventListener("change", fillGroups); vsel.addEventListener("change", draw); fillGroups();
  }

  // A sentence with one occurrence of text marked: the nth (0-based) when the sentence holds it several times.
  function sentenceWith(sentence, text, nth) {
    var p = el("span", { "class": "sentence" }), s = String(sentence || ""), i = -1;
    if (text) { i = s.indexOf(text); for (var k = 0; k < (nth || 0) && i >= 0; k++) i = s.indexOf(text, i + text.length); }
    if (i < 0) { p.textContent = s; return p; }
    p.appendChild(document.createTextNode(s.slice(0, i))); p.appendChild(el("mark", null, [text])); p.appendChild(document.createTextNode(s.slice(i + text.length)));
    return p;
  }
  // Numbers each row's occurrence within its sentence (rows in text order), so each copy marks its own.
  function numberOccurrences(rows) {
    var seen = {};
    rows.forEach(function (r) { var k = r.sentence + "\u001f" + r.text; r.nth = seen[k] = (seen[k] === undefined ? 0 : seen[k] + 1); });
    return rows;
  }

  function documentsPanel() {
    var b = body("documents");
    if (!D.documents) { b.appendChild(note("documents.csv is not available.")); return; }
    howTo(b, "One row per document. Criteria coverage k/n adds up the coverage_* columns of documents.csv; admitted, warned, mentioned and unknown count problem mentions by stance. The document button opens its slogans, criteria and problems, each occurrence marked in its sentence.", ["coverage", "stance", "per10k"]);
    var coverageCols = D.documents.header.filter(function (h) { return h.indexOf("coverage_") === 0; });
    docs.forEach(function (d) {
      var k = 0, n = 0; coverageCols.forEach(function (c) { var p = String(d[c] || "").split("/"); if (p.length === 2) { k += num(p[0]); n += num(p[1]); } });
      d._coverage = n ? k / n : 0; d._coverageText = n ? k + "/" + n : "";
    });
    var controls = el("div", { "class": "controls" });
    function field(id, label, type) { var i = el("input", { id: id, type: type, "class": type === "number" ? "narrow" : null }); controls.appendChild(el("label", { "for": id }, [label])); controls.appendChild(i); return i; }
    var fText = field("doc-filter-text", "Path or id contains", "search"), fChars = field("doc-filter-chars", "Characters ≥", "number"),
      fDensity = field("doc-filter-density", "Slogans per 10k ≥", "number"), fCoverage = field("doc-filter-coverage", "Coverage ≥ %", "number"),
      fAdmitted = field("doc-filter-admitted", "Admitted problems ≥", "number"), fFlag = field("doc-filter-flag", "Quality flag contains", "search");
    b.appendChild(controls);
    var detail = el("div", { "class": "detail", id: "document-detail", tabindex: "-1" });
    var cols = [
      { key: "document", label: "document", render: function (r) { var btn = el("button", { type: "button", "class": "link" }, [r.document]); btn.addEventListener("click", function () { showDetail(r); }); return btn; } },
      { key: "characters", label: "characters", numeric: true }, { key: "sentences", label: "sentences", numeric: true },
      { key: "slogans_per_10k", label: "slogans per 10k", numeric: true },
      { key: "_coverage", label: "criteria coverage", numeric: true, render: function (r) { return document.createTextNode(r._coverageText ? r._coverageText + " (" + Math.round(100 * r._coverage) + "%)" : ""); } },
      { key: "problems_admitted", label: "admitted problems", numeric: true }, { key: "problems_warned", label: "warned", numeric: true },
      { key: "problems_mentioned", label: "mentioned", numeric: true }, { key: "problems_unknown", label: "unknown", numeric: true },
      { key: "quality_flags", label: "quality flags" }];
    var api = dataTable(b, cols, docs, { pageSize: 50, id: "documents-table", sortKey: "document", sortDir: 1 });
    function apply() {
      var t = fText.value.trim(), fl = fFlag.value.trim();
      api.setRows(docs.filter(function (d) {
        return (!t || d.document.indexOf(t) >= 0 || String(d.id).indexOf(t) >= 0) && (!fChars.value || num(d.characters) >= num(fChars.value)) &&
          (!fDensity.value || num(d.slogans_per_10k) >= num(fDensity.value)) && (!fCoverage.value || 100 * d._coverage >= num(fCoverage.value)) &&
          (!fAdmitted.value || num(d.problems_admitted) >= num(fAdmitted.value)) && (!fl || String(d.quality_flags).indexOf(fl) >= 0);
      }));
    }
    [fText, fChars, fDensity, fCoverage, fAdmitted, fFlag].forEach(function (i) { i.addEventListener("input", apply); });
    b.appendChild(detail);
    function marked(r) { return sentenceWith(r.sentence, r.text, r.nth); }
    function showDetail(d) {
      detail.textContent = "";
      detail.appendChild(el("h3", null, [d.document]));
      var x = extractionByDoc[d.document];
      if (!x) { detail.appendChild(note("This document's extraction is not embedded (the page keeps the first " + ((D.extractions || {}).kept || 0) + " documents); see extractions.jsonl.")); detail.focus(); return; }
      var meta = Object.keys(x.metadata || {}).sort().map(function (k) { return k + ": " + x.metadata[k]; }).join(" · ");
      if (meta) detail.appendChild(note(meta));
      var byStart = function (a, b) { return num(a.start) - num(b.start); };
      var sl = numberOccurrences((x.slogans || []).slice().sort(byStart).map(function (s) { return { text: s.text, kind: s.kind, sentence: s.sentence }; }));
      detail.appendChild(el("h4", null, ["Slogans (" + sl.length + ")"]));
      dataTable(detail, [{ key: "text", label: "slogan" }, { key: "kind", label: "kind" }, { key: "sentence", label: "sentence", render: marked }], sl, { pageSize: 20, id: "detail-slogans" });
      detail.appendChild(el("h4", null, ["Criteria"]));
      var crit = [];
      (x.criteria || []).forEach(function (c) {
        var set = c.set + (c.named ? " (named)" : "");
        (c.mentions || []).slice().sort(byStart).forEach(function (m) { crit.push({ set: set, item: m.item, sentence: m.sentence, text: m.text || m.item, start: m.start }); });
        if (!(c.mentions || []).length) crit.push({ set: set, item: (c.items || []).join("、"), sentence: "", text: "" });
      });
      numberOccurrences(crit);
      dataTable(detail, [{ key: "set", label: "set" }, { key: "item", label: "item" }, { key: "sentence", label: "sentence", render: marked }], crit, { pageSize: 20, id: "detail-criteria" });
      var pr = numberOccurrences((x.problems || []).slice().sort(byStart).map(function (p) { return { category: p.category, stance: p.stance, cue: p.cue, sentence: p.sentence, text: p.text || "" }; }));
      detail.appendChild(el("h4", null, ["Problems (" + pr.length + ")"]));
      dataTable(detail, [{ key: "category", label: "category" }, { key: "stance", label: "stance" }, { key: "cue", label: "cue" }, { key: "sentence", label: "sentence", render: marked }], pr, { pageSize: 20, id: "detail-problems" });
      detail.focus();
    }
  }

  // ---- formalism: indicators per document, copied pairs, two documents side by side, who shares with whom ----
  // Each indicator column of documents.csv with its formula (shown in a visible list and as the header's tooltip).
  var FORMALISM_COLUMNS = [
    { key: "reuse_share", label: "reuse share", percent: true, formula: "compared characters inside copy or template passages ÷ compared characters (compared = letters and digits of the normalised text)" },
    { key: "reuse_partners", label: "partners", formula: "number of other documents this one shares a copy or template passage with" },
    { key: "commitments", label: "commitments", formula: "sentences promising future action (将, 要, 确保, 力争, 计划于, 下一步 …, and the items of 下一步打算 / 整改措施 sections)" },
    { key: "commitments_concrete_rate", label: "concrete", rate: "commitments_concrete", formula: "commitments_concrete ÷ commitments: commitments naming a number or quantity, a responsible unit or a deliverable (– when there is no commitment)" },
    { key: "commitments_deadline_rate", label: "with deadline", rate: "commitments_deadline", formula: "commitments_deadline ÷ commitments: commitments with a deadline (6月底前, 年内, 限期 …; – when there is no commitment)" },
    { key: "numbers_per_1k", label: "numbers /1k", formula: "numbers with a unit (12个, 3.5万元, 20%) × 1,000 ÷ normalised characters" },
    { key: "dates_per_1k", label: "dates /1k", formula: "dates (2024年, 2024年3月, 3月5日, 6月底) × 1,000 ÷ normalised characters" },
    { key: "places_per_1k", label: "places /1k", formula: "named places and units (…县, …村, …医院, …项目, S213线) × 1,000 ÷ normalised characters" },
    { key: "stock_phrases_per_1k", label: "stock phrases /1k", formula: "stock phrases (高度重视, 切实加强, 扎实推进, 进一步 … of Dictionaries/formalism/stock-phrases.txt) × 1,000 ÷ normalised characters" },
    { key: "slogans_per_1k", label: "slogans /1k", formula: "slogans and formulas found by the extraction × 1,000 ÷ normalised characters" },
    { key: "problems_admitted", label: "admitted problems", formula: "problem mentions with stance admitted" },
    { key: "problems_admitted_specific", label: "specific", formula: "admitted problems whose sentence (or the next) names a quantity, a place, a unit or an example (例如, 比如)" },
    { key: "problems_admitted_remedied", label: "remedied", formula: "admitted problems whose category comes back in a 下一步 / 整改措施 / 努力方向 section" }
  ];
  var REUSE_GRAPH_PAIRS = 60;

  // Scalar offsets (as in reuse.csv) to UTF-16 indexes of a JavaScript string; offsets ascending.
  function utf16Indexes(text, offsets) {
    var out = [], scalar = 0, i = 0, k = 0;
    while (k < offsets.length) {
      if (scalar >= offsets[k] || i >= text.length) { out.push(i); k++; continue; }
      var c = text.charCodeAt(i);
      i += c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length ? 2 : 1; scalar++;
    }
    return out;
  }
  function scalarLength(text) { var n = 0; for (var i = 0; i < text.length; i++) { var c = text.charCodeAt(i); if (!(c >= 0xDC00 && c <= 0xDFFF && i > 0)) n++; } return n; }
  function fileName(path) { return String(path).split("/").pop(); }

  function formalism() {
    var b = body("formalism");
    howTo(b, "Signals of formalism per document, each column defined below by its formula (also the header's tooltip); there is no combined score. Copied pairs are documents sharing passages of at least 30 characters (reuse.csv): copy, or template when more than 20% of the corpus holds the passage. Open a pair to read both documents side by side with the shared passages marked. The offsets are those of the original texts.", []);
    var present = FORMALISM_COLUMNS.filter(function (c) { return D.documents && D.documents.header.indexOf(c.key) >= 0; });
    b.appendChild(el("h3", null, ["Indicators per document"]));
    if (!present.length) b.appendChild(note("documents.csv has no formalism columns (this folder was made by an older tifa): run tifa analyze again.", { id: "formalism-none" }));
    else {
      var defs = el("dl", { "class": "defs", id: "formalism-definitions" });
      present.forEach(function (c) { defs.appendChild(el("dt", null, [c.label + " (" + c.key + ")"])); defs.appendChild(el("dd", null, [c.formula])); });
      var cols = [{ key: "document", label: "document", title: "the document's path" }].concat(present.map(function (c) {
        return { key: c.key, label: c.label, numeric: true, title: c.key + " = " + c.formula, render: function (r) {
          var v = r[c.key];
          if (v === "" || v === undefined) return document.createTextNode("–");
          if (c.percent) return document.createTextNode((100 * num(v)).toFixed(1) + "%");
          if (c.rate) return document.createTextNode(Math.round(100 * num(v)) + "% (" + num(r[c.rate]) + "/" + num(r.commitments) + ")");
          return document.createTextNode(fmt(v));
        } };
      }));
      dataTable(b, cols, docs, { pageSize: 50, id: "formalism-table", sortKey: "document", sortDir: 1 });
      b.appendChild(el("details", { "class": "help", open: "" }, [el("summary", null, ["Column definitions"]), defs]));
    }

    var R = D.reuse;
    b.appendChild(el("h3", null, ["Copied pairs"]));
    if (!R) { b.appendChild(note("This analysis folder has no reuse.csv (made by an older tifa): run tifa analyze again to find shared passages.", { id: "reuse-none" })); return; }
    if (!R.pairs.length) { b.appendChild(note("No two documents share a passage of 30 or more characters: reuse.csv lists no copy or template passage, so there are no pairs, no side-by-side view and no graph.", { id: "reuse-none" })); return; }
    var pairTexts = {}; ((R.texts || {}).lines || []).forEach(function (t) { pairTexts[t.document] = t; });
    b.appendChild(note("Ranked by shared characters (the sum of the passages' chars), then by passages, then by path. " +
      (R.total_pairs > R.pairs.length ? "The page holds the top " + R.pairs.length + " of " + R.total_pairs + " pairs; all " + R.total_passages + " passages are in reuse.csv. " : R.pairs.length + " pairs, " + R.total_passages + " passages. ") +
      "Similarity is weighted by characters."));
    var L = R.text_limits || {}, held = ((R.texts || {}).lines || []), whole = held.filter(function (t) { return t.complete; }).length;
    b.appendChild(note(R.texts ? "Texts for the side-by-side view: the documents of the top " + L.pairs + " pairs, " + whole + " whole and " + (held.length - whole) +
      " as excerpts of " + L.context + " characters around each passage (tifa analyze keeps whole texts up to " + fmt(L.characters) + " characters in all; reuse-texts.jsonl)" +
      (R.texts.kept < R.texts.total ? "; the page holds " + R.texts.kept + " of its " + R.texts.total + " documents" : "") + "."
      : "reuse-texts.jsonl is absent (tifa analyze --no-texts, or an older tifa), so the side-by-side view lists the passages without the texts.", { id: "reuse-texts-note" }));
    var pairRows = R.pairs.map(function (p, i) { return { rank: i + 1, pair: fileName(p.a) + " ↔ " + fileName(p.b), kind: p.kind, chars: p.chars, passages: p.passages, similarity: p.similarity, earlier: p.earlier ? fileName(p.earlier) : "", _p: p }; });
    var view = el("div", { "class": "detail", id: "reuse-view", tabindex: "-1", hidden: "" });
    dataTable(b, [
      { key: "rank", label: "#", numeric: true },
      { key: "pair", label: "pair", title: "document a ↔ document b; opens the side-by-side view", render: function (r) {
        var btn = el("button", { type: "button", "class": "link", "data-rank": String(r.rank), title: r._p.a + " ↔ " + r._p.b }, [r.pair]);
        btn.addEventListener("click", function () { openPair(r._p); }); return btn; } },
      { key: "kind", label: "kind", title: "copy when any passage is a copy, else template" },
      { key: "chars", label: "shared chars", numeric: true, title: "sum of the passages' lengths in original characters" },
      { key: "passages", label: "passages", numeric: true },
      { key: "similarity", label: "similarity", numeric: true, title: "matched characters ÷ compared characters, weighted by passage length (1 = verbatim up to punctuation)", render: function (r) { return document.createTextNode(num(r.similarity).toFixed(3)); } },
      { key: "earlier", label: "earlier", title: "the document dated first, when both have different dates" }
    ], pairRows, { pageSize: 25, id: "reuse-pairs", sortKey: "rank", sortDir: 1 });
    b.appendChild(view);

    function sideText(document_, ranges) {
      var box = el("div", { "class": "side-text", "data-document": document_ });
      var t = pairTexts[document_];
      if (!t) { box.appendChild(note("This document's text is not on the page (only the documents of the top " + (R.text_limits || {}).pairs + " pairs are embedded, and only when the texts are written; tifa analyze --no-texts leaves them out).", { "class": "note warn" })); return box; }
      // The pair's passages on this side, merged where they overlap; each mark keeps its first passage's number.
      var order = ranges.map(function (r, k) { return { s: r[0], e: r[1], k: k }; }).sort(function (x, y) { return x.s - y.s || x.e - y.e; });
      var merged = [];
      order.forEach(function (r) { var last = merged[merged.length - 1]; if (last && r.s <= last.e) { last.e = Math.max(last.e, r.e); last.ks.push(r.k); } else merged.push({ s: r.s, e: r.e, ks: [r.k] }); });
      var at = 0;
      t.segments.forEach(function (seg) {
        var len = scalarLength(seg.text), s0 = seg.start, s1 = seg.start + len;
        if (s0 > at) box.appendChild(el("span", { "class": "gap" }, ["[… characters " + at + "–" + s0 + " not embedded …]"]));
        var inside = merged.filter(function (m) { return m.e > s0 && m.s < s1; });
        var cuts = []; inside.forEach(function (m) { cuts.push(Math.max(m.s, s0) - s0, Math.min(m.e, s1) - s0); });
        var idx = utf16Indexes(seg.text, cuts), pos = 0;
        inside.forEach(function (m, j) {
          var u0 = idx[2 * j], u1 = idx[2 * j + 1];
          if (u0 > pos) box.appendChild(document.createTextNode(seg.text.slice(pos, u0)));
          box.appendChild(el("mark", { "class": "passage", "data-passage": m.ks.join(" "), "data-start": String(m.s), "data-end": String(m.e) }, [seg.text.slice(u0, u1)]));
          pos = u1;
        });
        if (pos < seg.text.length) box.appendChild(document.createTextNode(seg.text.slice(pos)));
        at = s1;
      });
      if (at < t.characters) box.appendChild(el("span", { "class": "gap" }, ["[… characters " + at + "–" + t.characters + " not embedded …]"]));
      return box;
    }
    function scrollTo(box, k) {
      var m = k === undefined ? box.querySelector("mark") : Array.prototype.filter.call(box.querySelectorAll("mark"), function (x) { return (" " + x.getAttribute("data-passage") + " ").indexOf(" " + k + " ") >= 0; })[0];
      if (m) box.scrollTop = Math.max(0, m.offsetTop - 24);
    }
    function openPair(p) {
      view.hidden = false; view.textContent = "";
      view.setAttribute("data-a", p.a); view.setAttribute("data-b", p.b);
      view.appendChild(el("h4", null, [fileName(p.a) + " ↔ " + fileName(p.b)]));
      view.appendChild(note(p.passages + " shared passage" + (p.passages === 1 ? "" : "s") + ", " + p.chars + " characters, similarity " + num(p.similarity).toFixed(3) + ", kind " + p.kind + (p.earlier ? ", earlier: " + p.earlier : "") + ". Marked in both texts; each passage link scrolls both to it."));
      var spans = p.spans.slice().sort(function (x, y) { return x.a_start - y.a_start || x.b_start - y.b_start; });
      var list = el("ol", { "class": "passages" });
      var left = sideText(p.a, spans.map(function (s) { return [s.a_start, s.a_end]; }));
      var right = sideText(p.b, spans.map(function (s) { return [s.b_start, s.b_end]; }));
      spans.forEach(function (s, k) {
        var btn = el("button", { type: "button", "class": "link" }, ["a " + s.a_start + "–" + s.a_end + " ↔ b " + s.b_start + "–" + s.b_end + " · " + s.chars + " chars · " + s.kind + " · similarity " + s.similarity]);
        btn.addEventListener("click", function () { scrollTo(left, k); scrollTo(right, k); });
        list.appendChild(el("li", null, [btn]));
      });
      var listBox = el("details", { "class": "passage-list" }, [el("summary", null, ["Passages (" + spans.length + ")"]), list]);
      if (spans.length <= 8) listBox.open = true;
      view.appendChild(listBox);
      view.appendChild(el("div", { "class": "sides" }, [
        el("div", { "class": "side" }, [el("h5", { title: p.a }, ["a: " + p.a]), left]),
        el("div", { "class": "side" }, [el("h5", { title: p.b }, ["b: " + p.b]), right])]));
      scrollTo(left); scrollTo(right);
      view.scrollIntoView({ block: "start" }); view.focus({ preventScroll: true });
    }
    window.tifaOpenPair = function (rank) { openPair(R.pairs[rank - 1]); };

    // Who shares text with whom: documents on a circle in documents.csv order, an edge per pair.
    b.appendChild(el("h3", null, ["Who shares text with whom"]));
    var gpairs = R.pairs.slice(0, REUSE_GRAPH_PAIRS);
    b.appendChild(note("Documents of the top " + gpairs.length + " pairs on a circle, in the order of documents.csv (clockwise from the top); an edge per pair, its width by shared characters, solid for copy and dashed for template. Click an edge to open the pair."));
    var rowOf = {}; docs.forEach(function (d, i) { rowOf[d.document] = i; });
    var nodes = unique([].concat.apply([], gpairs.map(function (p) { return [p.a, p.b]; }))).sort(function (x, y) {
      var i = rowOf[x] === undefined ? Infinity : rowOf[x], j = rowOf[y] === undefined ? Infinity : rowOf[y];
      return i !== j ? (i < j ? -1 : 1) : (x < y ? -1 : x > y ? 1 : 0);
    });
    var graph = el("div", { id: "reuse-graph", "class": "chart" }); b.appendChild(graph);
    responsive(graph, function () {
      var W = Math.min(widthOf(graph), 760), H = Math.min(W, 560), labelW = W < 500 ? 60 : 110, r = Math.max(40, Math.min(W / 2 - labelW, H / 2 - 24));
      var cx = W / 2, cy = H / 2, maxChars = Math.max.apply(null, gpairs.map(function (p) { return p.chars; }));
      var s = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Documents sharing text: " + nodes.length + " documents, " + gpairs.length + " pairs", "data-edges": String(gpairs.length), "data-nodes": String(nodes.length) });
      s.appendChild(svg("title", {}, "Who shares text with whom: " + nodes.length + " documents, " + gpairs.length + " pairs"));
      var pos = {};
      nodes.forEach(function (n, i) { var a = -Math.PI / 2 + 2 * Math.PI * i / nodes.length; pos[n] = { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), a: a }; });
      gpairs.forEach(function (p) {
        var A = pos[p.a], B = pos[p.b];
        var line = svg("line", { x1: A.x.toFixed(1), y1: A.y.toFixed(1), x2: B.x.toFixed(1), y2: B.y.toFixed(1), "class": "edge", stroke: p.kind === "copy" ? "#b42318" : "#7b8794",
          "stroke-width": (1 + 7 * Math.sqrt(p.chars / maxChars)).toFixed(1), "stroke-dasharray": p.kind === "copy" ? "none" : "6 4", "stroke-linecap": "round", "data-chars": String(p.chars) });
        line.appendChild(svg("title", {}, p.a + " ↔ " + p.b + ": " + p.chars + " shared characters, " + p.kind));
        line.addEventListener("click", function () { openPair(p); });
        s.appendChild(line);
      });
      nodes.forEach(function (n) {
        var P = pos[n], right = Math.cos(P.a) >= -1e-9;
        var g = svg("g", { "class": "node" });
        var c = svg("circle", { cx: P.x.toFixed(1), cy: P.y.toFixed(1), r: 5, fill: "#1f2933" }); c.appendChild(svg("title", {}, n)); g.appendChild(c);
        g.appendChild(svg("text", { x: (P.x + (right ? 8 : -8)).toFixed(1), y: (P.y + 4).toFixed(1), "font-size": 11, "text-anchor": right ? "start" : "end" }, short(fileName(n), Math.floor(labelW / 11))));
        s.appendChild(g);
      });
      graph.appendChild(s);
    });
    tableView(b, [{ key: "pair", label: "pair" }, { key: "kind", label: "kind" }, { key: "chars", label: "shared chars", numeric: true }], pairRows.slice(0, REUSE_GRAPH_PAIRS), "The graph's edges", "reuse-graph-table");
  }

  // ---- concordance ----
  // Problem mentions located in the normalised text (by their sentence, then the nth occurrence of their
  // wording in it), so a concordance hit at the same place carries the mention's stance and category.
  var mentionIndex = null;
  function mentionsAt(document_, text) {
    if (!mentionIndex) mentionIndex = {};
    if (mentionIndex[document_]) return mentionIndex[document_];
    var at = {}, x = extractionByDoc[document_];
    if (x) {
      var from = 0, seen = {};
      (x.problems || []).slice().sort(function (a, b) { return num(a.start) - num(b.start); }).forEach(function (p) {
        var sentence = String(p.sentence || "").trim(); if (!sentence || !p.text) return;
        var s = text.indexOf(sentence, Math.max(0, from - sentence.length)); if (s < 0) s = text.indexOf(sentence);
        if (s < 0) return;
        from = s;
        var key = s + "\u001f" + p.text, nth = seen[key] = seen[key] === undefined ? 0 : seen[key] + 1;
        var i = text.indexOf(p.text, s);
        for (var k = 0; k < nth && i >= 0; k++) i = text.indexOf(p.text, i + p.text.length);
        if (i >= 0 && i < s + sentence.length) at[i] = p;
      });
    }
    return (mentionIndex[document_] = at);
  }

  function groupOf(column, path) {
    var d = docByPath[path] || {}, meta = (extractionByDoc[path] || {}).metadata || {};
    var v = d[column] !== undefined && d[column] !== "" ? d[column] : meta[column];
    if ((v === undefined || v === "") && column === "year") { var date = String(dateOf(d) || meta.date || ""); v = /^[0-9]{4}/.test(date) ? date.slice(0, 4) : ""; }
    return v === undefined || v === "" ? "(none)" : String(v);
  }

  // RFC 4180 quoting, and a leading ' on cells a spreadsheet would run as a formula (= + - @, tab, CR).
  function csvCell(v) {
    var s = String(v === undefined || v === null ? "" : v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  function csvText(columns, rows) {
    return [columns.map(csvCell).join(",")].concat(rows.map(function (r) { return columns.map(function (c) { return csvCell(r[c]); }).join(","); })).join("\r\n") + "\r\n";
  }

  function concordance() {
    var b = body("concordance");
    if (!texts.length) { b.appendChild(note("The texts are not embedded (texts.jsonl is absent); use `tifa kwic TERM PATH…`.")); return; }
    howTo(b, "Every occurrence with 20 characters on each side, searched in the normalised texts. Term finds the exact string; Category finds every wording of a codebook entry, problem category or criteria set (as tifa kwic --category), so 重承诺轻践诺 also finds 重承诺,轻践诺; Regular expression takes a JavaScript pattern. Stance is that of the problem mention at the same place (— when the hit is not a problem mention). Export CSV saves the filtered lines.", ["stance"]);
    if (D.texts.kept < D.texts.total) b.appendChild(note("Searching the first " + D.texts.kept + " of " + D.texts.total + " documents (the page embeds a limited amount of text); `tifa kwic` searches all."));
    var controls = el("div", { "class": "controls" });
    var mode = el("select", { id: "kwic-mode" }, [el("option", { value: "term" }, ["term"]), el("option", { value: "category" }, ["category"]), el("option", { value: "regex" }, ["regular expression"])]);
    var q = el("input", { id: "kwic-query", type: "search", "class": "wide", list: "kwic-categories", "aria-label": "Search" });
    var catList = el("datalist", { id: "kwic-categories" }); categories.forEach(function (c) { catList.appendChild(el("option", { value: c.name })); });
    var go = el("button", { type: "button", id: "kwic-go" }, ["Search"]);
    controls.appendChild(el("label", { "for": "kwic-mode" }, ["Search by"])); controls.appendChild(mode); controls.appendChild(q); controls.appendChild(catList); controls.appendChild(go);
    b.appendChild(controls);
    var filters = el("div", { "class": "controls" });
    var stanceSel = el("select", { id: "kwic-stance" });
    var groupCols = (D.groups || []).map(function (g) { return g.column; });
    var gcol = el("select", { id: "kwic-group-column" }), gval = el("select", { id: "kwic-group", "aria-label": "Group value" });
    groupCols.forEach(function (c) { gcol.appendChild(el("option", { value: c }, [c])); });
    var exportButton = el("button", { type: "button", id: "kwic-export" }, ["Export CSV"]);
    filters.appendChild(el("label", { "for": "kwic-stance" }, ["Stance"])); filters.appendChild(stanceSel);
    if (groupCols.length) { filters.appendChild(el("label", { "for": "kwic-group-column" }, ["Group"])); filters.appendChild(gcol); filters.appendChild(gval); }
    filters.appendChild(exportButton);
    b.appendChild(filters);
    var out = el("div", { id: "kwic-results", "aria-live": "polite" }); b.appendChild(out);
    var hits = [], shown = [], width = 20, limit = 20000, tableApi = null, status = el("p", { "class": "note", id: "kwic-count" });
    out.appendChild(status);
    var holder = el("div"); out.appendChild(holder);
    // On a phone the context shown is shorter, so the keyword stays in view; the export keeps all 20 characters.
    function context() { return window.innerWidth < 600 ? 8 : width; }
    var cols = [
      { key: "left", label: "left", className: "left", render: function (r) { return document.createTextNode(r.left.slice(-context())); } },
      { key: "match", label: "match", className: "match", render: function (r) { return el("mark", null, [r.match]); } },
      { key: "right", label: "right", className: "right", render: function (r) { return document.createTextNode(r.right.slice(0, context())); } },
      { key: "document", label: "document", render: function (r) { return el("span", { title: r.document }, [r.document.split("/").pop()]); } },
      { key: "group", label: "group" }, { key: "stance", label: "stance" }, { key: "category", label: "category" }]
      .filter(function (c) { return c.key !== "group" || groupCols.length; });
    function fillSelect(sel, values, all) {
      var keep = sel.value; sel.textContent = ""; sel.appendChild(el("option", { value: "" }, [all]));
      values.forEach(function (v) { sel.appendChild(el("option", { value: v }, [v])); });
      sel.value = values.indexOf(keep) >= 0 ? keep : "";
    }
    function search() {
      var term = q.value.trim(); hits = [];
      status.removeAttribute("data-hits");
      if (!term) { status.textContent = "Type a term, a category or a pattern."; filter(); return; }
      var find;
      if (mode.value === "category") {
        var c = categoryByName[term];
        if (!c) { status.textContent = categories.length ? "No codebook category, problem category or criteria set is named " + term + "." : "This page carries no codebook wordings; run tifa kwic --category " + term + "."; filter(); return; }
        find = function (t) { return literalHits(t, c.wordings); };
      } else if (mode.value === "regex") {
        var re; try { re = new RegExp(term, "gu"); } catch (e) { status.textContent = "The pattern does not compile: " + e.message; filter(); return; }
        find = function (t) { return regexHits(t, re); };
      } else find = function (t) { return literalHits(t, [term]); };
      var total = 0;
      texts.forEach(function (doc) {
        var t = doc.text || "", found = find(t);
        total += found.length;
        if (!found.length) return;
        var mentions = mentionsAt(doc.document, t);
        found.forEach(function (h) {
          if (hits.length >= limit) return;
          var m = mentions[h[0]];
          hits.push({ document: doc.document, position: h[0], left: t.slice(Math.max(0, h[0] - width), h[0]).replace(/\s/g, " "), match: t.slice(h[0], h[1]),
            right: t.slice(h[1], h[1] + width).replace(/\s/g, " "), stance: m ? m.stance : "—", category: m ? m.category : "", group: "" });
        });
      });
      status.setAttribute("data-hits", String(total));
      status.setAttribute("data-documents", String(unique(hits.map(function (h) { return h.document; })).length));
      fillSelect(stanceSel, stancesOf(hits.map(function (h) { return h.stance; }).filter(function (s) { return s !== "—"; })).concat(hits.some(function (h) { return h.stance === "—"; }) ? ["—"] : []), "all stances");
      groupValues();
      status.textContent = total + " hits in " + status.getAttribute("data-documents") + " documents" + (total > hits.length ? " (the first " + hits.length + " are listed)" : "") + ".";
      filter();
    }
    function groupValues() {
      if (!groupCols.length) return;
      hits.forEach(function (h) { h.group = groupOf(gcol.value, h.document); });
      fillSelect(gval, unique(hits.map(function (h) { return h.group; })).sort(), "all groups");
    }
    function filter() {
      shown = hits.filter(function (h) { return (!stanceSel.value || h.stance === stanceSel.value) && (!gval.value || h.group === gval.value); });
      out.setAttribute("data-shown", String(shown.length));
      if (!tableApi) { tableApi = dataTable(holder, cols, shown, { pageSize: 25, id: "kwic-table", className: "kwic" }); }
      else tableApi.setRows(shown);
      exportButton.disabled = !shown.length;
    }
    exportButton.addEventListener("click", function () {
      var csv = csvText(["document", "group", "position", "left", "match", "right", "stance", "category"], shown);
      var a = el("a", { href: URL.createObjectURL(new Blob(["\ufeff" + csv], { type: "text/csv;charset=utf-8" })), download: "concordance.csv" });
      document.body.appendChild(a); a.click(); a.remove();
      out.setAttribute("data-exported", String(shown.length));
    });
    window.tifaConcordanceCSV = function () { return csvText(["document", "group", "position", "left", "match", "right", "stance", "category"], shown); };
    go.addEventListener("click", search);
    q.addEventListener("keydown", function (e) { if (e.key === "Enter") search(); });
    stanceSel.addEventListener("change", filter); gval.addEventListener("change", filter);
    gcol.addEventListener("change", function () { groupValues(); filter(); });
    fillSelect(stanceSel, [], "all stances"); fillSelect(gval, [], "all groups");
    // A link such as dashboard.html#search=形式主义&mode=category opens with that search done.
    var m = /(?:^#|&)search=([^&]*)/.exec(location.hash), mm = /(?:^#|&)mode=([^&]*)/.exec(location.hash);
    if (mm && ["term", "category", "regex"].indexOf(mm[1]) >= 0) mode.value = mm[1];
    if (m) { try { q.value = decodeURIComponent(m[1]); } catch (e) { q.value = m[1]; } }
    search();
  }

  headerOffset();
  lastWidth = window.innerWidth;
  // Each panel's drawing time goes into data-tifa-panel-ms (the browser check prints it).
  var timings = ["data " + Math.round(performance.now())];
  [overview, keywords, trends, slogans, criteria, problems, keyness, documentsPanel, formalism, concordance].forEach(function (panel) {
    var start = performance.now();
    try { panel(); } catch (e) { fail(panel.name + ": " + (e && e.message ? e.message : e)); }
    timings.push(panel.name + " " + Math.round(performance.now() - start));
  });
  document.body.setAttribute("data-tifa-panel-ms", timings.join(", "));
  markScrollers();
  document.body.setAttribute("data-tifa-render-ms", String(Math.round(performance.now())));
  document.body.setAttribute("data-tifa-status", "ready");
})();

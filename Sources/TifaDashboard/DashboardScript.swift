/// The dashboard's script. It renders every panel from the embedded JSON with DOM calls and `textContent`
/// only (never `innerHTML`), so document text can never become markup.
enum DashboardScript {
    static let source = #"""
    "use strict";
    (function () {
      var errors = [];
      function fail(msg) { errors.push(String(msg)); document.body.setAttribute("data-tifa-errors", errors.join(" | ")); }
      window.addEventListener("error", function (e) { fail(e.message || "error"); });
      var origError = console.error;
      console.error = function () { fail(Array.prototype.join.call(arguments, " ")); origError.apply(console, arguments); };

      var SVG = "http://www.w3.org/2000/svg";
      var D = JSON.parse(document.getElementById("tifa-data").textContent);

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
      function short(label) { var s = String(label); return s.length > 12 ? s.slice(0, 11) + "…" : s; }
      function body(id) { return document.querySelector("#" + id + " .body"); }
      function note(text) { return el("p", { "class": "note" }, [text]); }
      function num(x) { var v = Number(x); return isFinite(v) ? v : 0; }
      function fmt(x) { var v = num(x); return Math.abs(v - Math.round(v)) < 1e-9 ? Math.round(v).toLocaleString("en") : v.toFixed(2); }
      function col(table, name) { return table ? table.header.indexOf(name) : -1; }
      function objects(table) {
        if (!table) return [];
        return table.rows.map(function (r) { var o = {}; table.header.forEach(function (h, i) { o[h] = r[i] === undefined ? "" : r[i]; }); return o; });
      }

      // ---- a table with sortable headers (buttons, so the keyboard works) and pages ----
      function dataTable(container, columns, rows, options) {
        options = options || {};
        var pageSize = options.pageSize || 25, page = 0, sortKey = options.sortKey || null, sortDir = options.sortDir || -1;
        var wrap = el("div", { "class": "dt" });
        var table = el("table", options.id ? { id: options.id } : null);
        if (options.caption) table.appendChild(el("caption", { "class": "note" }, [options.caption]));
        var thead = el("thead"), tbody = el("tbody"), pager = el("div", { "class": "pager" });
        table.appendChild(thead); table.appendChild(tbody);
        wrap.appendChild(table); wrap.appendChild(pager); container.appendChild(wrap);
        var current = rows.slice();
        function sorted() {
          if (!sortKey) return current;
          var c = columns.filter(function (x) { return x.key === sortKey; })[0];
          return current.slice().sort(function (a, b) {
            var x = a[sortKey], y = b[sortKey];
            if (c && c.numeric) { x = num(x); y = num(y); return (x - y) * sortDir; }
            return String(x).localeCompare(String(y), "zh") * sortDir;
          });
        }
        function draw() {
          thead.textContent = ""; tbody.textContent = ""; pager.textContent = "";
          var tr = el("tr");
          columns.forEach(function (c) {
            var th = el("th", { scope: "col", "class": c.numeric ? "num" : null,
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
              var td = el("td", { "class": c.numeric ? "num" : null });
              if (c.render) td.appendChild(c.render(r)); else td.textContent = c.numeric ? fmt(r[c.key]) : String(r[c.key] === undefined ? "" : r[c.key]);
              row.appendChild(td);
            });
            tbody.appendChild(row);
          });
          table.setAttribute("data-rows", String(all.length));
          var prev = el("button", { type: "button" }, ["‹ Previous"]), next = el("button", { type: "button" }, ["Next ›"]);
          prev.disabled = page === 0; next.disabled = page >= pages - 1;
          prev.addEventListener("click", function () { page--; draw(); });
          next.addEventListener("click", function () { page++; draw(); });
          pager.appendChild(prev); pager.appendChild(el("span", null, ["page " + (page + 1) + " of " + pages + " · " + all.length + " rows"])); pager.appendChild(next);
        }
        draw();
        return { setRows: function (r) { current = r.slice(); page = 0; draw(); } };
      }

      // ---- bar chart as SVG with a text alternative ----
      function barChart(container, items, options) {
        var width = 760, barH = 20, left = options.left || 160, height = items.length * (barH + 4) + 10;
        var max = Math.max.apply(null, items.map(function (i) { return i.value; }).concat([1e-9]));
        var s = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": options.label, "data-bars": items.length });
        s.appendChild(svg("title", {}, options.label));
        items.forEach(function (it, k) {
          var y = 5 + k * (barH + 4), w = Math.max(1, (width - left - 80) * it.value / max);
          var g = svg("g", { "class": "bar", "data-label": it.label, "data-value": String(it.value) });
          g.appendChild(svg("text", { x: left - 6, y: y + 15, "text-anchor": "end", "font-size": 13 }, short(it.label)));
          var r = svg("rect", { x: left, y: y, width: w, height: barH, fill: "#b42318" });
          r.appendChild(svg("title", {}, it.label + ": " + fmt(it.value)));
          g.appendChild(r);
          g.appendChild(svg("text", { x: left + w + 4, y: y + 15, "font-size": 12, fill: "#616e7c" }, fmt(it.value)));
          s.appendChild(g);
        });
        container.appendChild(s);
      }

      function stackedBars(container, rows, label) {
        var stances = ["admitted", "warned", "mentioned"], colors = { admitted: "#b42318", warned: "#c27803", mentioned: "#7b8794" };
        var width = 760, barH = 20, left = 170, height = rows.length * (barH + 4) + 10;
        var max = Math.max.apply(null, rows.map(function (r) { return stances.reduce(function (a, s) { return a + (r[s] || 0); }, 0); }).concat([1]));
        var s = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": label, "data-bars": rows.length });
        s.appendChild(svg("title", {}, label));
        rows.forEach(function (r, k) {
          var y = 5 + k * (barH + 4), x = left;
          var g = svg("g", { "class": "bar", "data-label": r.label });
          g.appendChild(svg("text", { x: left - 6, y: y + 15, "text-anchor": "end", "font-size": 13 }, short(r.label)));
          stances.forEach(function (st) {
            var v = r[st] || 0; if (!v) return;
            var w = (width - left - 60) * v / max;
            var rect = svg("rect", { x: x, y: y, width: Math.max(1, w), height: barH, fill: colors[st], "data-stance": st, "data-value": String(v) });
            rect.appendChild(svg("title", {}, r.label + " · " + st + ": " + v));
            g.appendChild(rect); x += w;
          });
          s.appendChild(g);
        });
        container.appendChild(s);
        var legend = el("p", { "class": "legend note" });
        stances.forEach(function (st) { var sw = el("span"); sw.style.background = colors[st]; legend.appendChild(sw); legend.appendChild(document.createTextNode(st)); });
        container.appendChild(legend);
      }

      function tableView(container, columns, rows, caption) {
        var d = el("details"); d.appendChild(el("summary", null, ["Show as a table"]));
        dataTable(d, columns, rows, { caption: caption, pageSize: 50 });
        container.appendChild(d);
      }

      // ---- panels ----
      var summary = D.summary || {}, corpus = summary.corpus || {};
      var docs = objects(D.documents);

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
        var controls = el("div", { "class": "controls" });
        var sel = el("select", { id: "kw-measure", "aria-label": "Measure" }, [el("option", { value: "frequency" }, ["raw frequency"]), el("option", { value: "per_10k" }, ["per 10,000 characters"])]);
        controls.appendChild(el("label", { "for": "kw-measure" }, ["Measure"])); controls.appendChild(sel);
        b.appendChild(controls);
        var chart = el("div", { id: "kw-chart" }); b.appendChild(chart);
        var top = contentTerms.slice(0, 20);
        function draw() {
          chart.textContent = "";
          barChart(chart, top.map(function (t) { return { label: t.term, value: num(t[sel.value]) }; }), { label: "Top " + top.length + " keywords by " + sel.options[sel.selectedIndex].text + " (stopwords and punctuation left out)" });
        }
        sel.addEventListener("change", draw); draw();
        tableView(b, [{ key: "term", label: "term" }, { key: "kind", label: "kind" }, { key: "frequency", label: "frequency", numeric: true }, { key: "per_10k", label: "per 10k", numeric: true }, { key: "documents", label: "documents", numeric: true }, { key: "tfidf", label: "TF-IDF", numeric: true }, { key: "dispersion", label: "dispersion", numeric: true }], contentTerms.slice(0, 500), "Top content terms");
      }

      function trends() {
        var b = body("trends");
        var rows = objects(D.trends);
        if (!rows.length) { b.appendChild(note("No document has a date or year, so there are no trends.")); return; }
        var periods = Array.from(new Set(rows.map(function (r) { return r.period; }))).sort();
        var byTerm = {};
        rows.forEach(function (r) { (byTerm[r.term] = byTerm[r.term] || {})[r.period] = num(r.per_10k); });
        var ranked = Object.keys(byTerm).map(function (t) { return [t, periods.reduce(function (a, p) { return a + (byTerm[t][p] || 0); }, 0)]; })
          .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).map(function (x) { return x[0]; });
        var chosen = ranked.slice(0, 5);
        var controls = el("div", { "class": "controls" });
        var input = el("input", { id: "trend-terms", list: "trend-list", size: 40, "aria-label": "Terms to follow, separated by commas" });
        input.value = chosen.join(", ");
        var list = el("datalist", { id: "trend-list" }); ranked.forEach(function (t) { list.appendChild(el("option", { value: t })); });
        var go = el("button", { type: "button" }, ["Show"]);
        controls.appendChild(el("label", { "for": "trend-terms" }, ["Terms (per 10,000 characters)"])); controls.appendChild(input); controls.appendChild(list); controls.appendChild(go);
        b.appendChild(controls);
        var chart = el("div", { id: "trend-chart" }); b.appendChild(chart);
        var palette = ["#b42318", "#1d4ed8", "#2f7d32", "#c27803", "#6d28d9", "#0e7490", "#9d174d", "#4d7c0f"];
        function draw() {
          chart.textContent = "";
          var terms = input.value.split(/[,，、]/).map(function (s) { return s.trim(); }).filter(function (t) { return byTerm[t]; }).slice(0, 8);
          var W = 760, H = 260, L = 50, R = 120, T = 10, B = 40;
          var max = 1e-9; terms.forEach(function (t) { periods.forEach(function (p) { max = Math.max(max, byTerm[t][p] || 0); }); });
          var s = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Trends of " + terms.join(", ") + " per 10,000 characters by period", "data-lines": terms.length });
          s.appendChild(svg("title", {}, "Trends per 10,000 characters: " + terms.join(", ")));
          function x(i) { return L + (periods.length < 2 ? 0 : i * (W - L - R) / (periods.length - 1)); }
          function y(v) { return T + (H - T - B) * (1 - v / max); }
          s.appendChild(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#9aa5b1" }));
          var step = Math.max(1, Math.ceil(periods.length / 12));
          periods.forEach(function (p, i) { if (i % step === 0) s.appendChild(svg("text", { x: x(i), y: H - B + 16, "font-size": 11, "text-anchor": "middle" }, p)); });
          s.appendChild(svg("text", { x: 4, y: T + 10, "font-size": 11 }, fmt(max)));
          terms.forEach(function (t, k) {
            var d = periods.map(function (p, i) { return (i ? "L" : "M") + x(i).toFixed(1) + " " + y(byTerm[t][p] || 0).toFixed(1); }).join(" ");
            var path = svg("path", { d: d, fill: "none", stroke: palette[k], "stroke-width": 2, "data-term": t });
            path.appendChild(svg("title", {}, t));
            s.appendChild(path);
            s.appendChild(svg("text", { x: W - R + 6, y: 20 + k * 16, "font-size": 12, fill: palette[k] }, t));
          });
          chart.appendChild(s);
          var rowsView = periods.map(function (p) { var o = { period: p }; terms.forEach(function (t) { o[t] = byTerm[t][p] || 0; }); return o; });
          tableView(chart, [{ key: "period", label: "period" }].concat(terms.map(function (t) { return { key: t, label: t, numeric: true }; })), rowsView, "Per 10,000 characters by period");
        }
        go.addEventListener("click", draw);
        input.addEventListener("keydown", function (e) { if (e.key === "Enter") draw(); });
        draw();
      }

      function slogans() {
        var b = body("slogans");
        if (!D.slogans) { b.appendChild(note("slogans.csv is not available.")); return; }
        if (D.slogans.total > D.slogans.rows.length) b.appendChild(note("The " + D.slogans.rows.length + " most frequent of " + D.slogans.total + " slogans are shown; all are in slogans.csv."));
        dataTable(b, [{ key: "text", label: "slogan" }, { key: "kind", label: "kind" }, { key: "frequency", label: "count", numeric: true }, { key: "documents", label: "documents", numeric: true }, { key: "first_date", label: "first seen" }, { key: "last_date", label: "last seen" }],
          objects(D.slogans), { pageSize: 25, id: "slogans-table", sortKey: "frequency" });
      }

      function criteria() {
        var b = body("criteria");
        var C = D.criteria;
        if (!C || !C.sets.length) { b.appendChild(note("No criteria set applies to these documents.")); return; }
        var pageSize = 40, page = 0;
        var wrap = el("div"); b.appendChild(wrap);
        var share = C.sets.map(function (s) { return s.items.map(function () { return 0; }); });
        var applies = C.sets.map(function () { return 0; });
        C.rows.forEach(function (r) { C.sets.forEach(function (s, si) { var st = r[1][s.set]; if (!st) return; applies[si]++; var bits = st.split(":")[1]; for (var i = 0; i < bits.length; i++) if (bits[i] === "1") share[si][i]++; }); });
        function draw() {
          wrap.textContent = "";
          var t = el("table", { "class": "heat", id: "criteria-heatmap", "data-documents": String(C.rows.length), "data-items": String(C.sets.reduce(function (a, s) { return a + s.items.length; }, 0)) });
          t.appendChild(el("caption", { "class": "note" }, ["Rows: documents; columns: items grouped by set. ■ stated, □ not stated, blank: the set does not apply. * after a set: the document names it."]));
          var h1 = el("tr", null, [el("th", { scope: "col" }, ["set →"])]), h2 = el("tr", null, [el("th", { scope: "col" }, ["document"])]);
          C.sets.forEach(function (s) {
            h1.appendChild(el("th", { scope: "colgroup", colspan: String(s.items.length + 1), "class": "set" }, [s.set]));
            h2.appendChild(el("th", { scope: "col", "class": "item" }, ["named"]));
            s.items.forEach(function (i) { h2.appendChild(el("th", { scope: "col", "class": "item" }, [i])); });
          });
          var thead = el("thead", null, [h1, h2]); t.appendChild(thead);
          var tb = el("tbody");
          var shareRow = el("tr", null, [el("th", { scope: "row" }, ["share of documents"])]);
          C.sets.forEach(function (s, si) {
            shareRow.appendChild(el("td", { "class": "cell" }, [""]));
            s.items.forEach(function (i, ii) { var v = applies[si] ? share[si][ii] / applies[si] : 0; shareRow.appendChild(el("td", { "class": "num", title: s.set + " · " + i + ": " + (100 * v).toFixed(0) + "%" }, [(100 * v).toFixed(0) + "%"])); });
          });
          tb.appendChild(shareRow);
          C.rows.slice(page * pageSize, (page + 1) * pageSize).forEach(function (r) {
            var tr = el("tr", null, [el("th", { scope: "row", "class": "doc", title: r[0] }, [r[0].split("/").pop()])]);
            C.sets.forEach(function (s) {
              var st = r[1][s.set];
              var named = st && st[0] === "1";
              tr.appendChild(el("td", { "class": "cell" + (st ? (named ? " on" : " off") : ""), "aria-label": s.set + (st ? (named ? " named" : " not named") : " does not apply") }, [st ? (named ? "*" : "") : ""]));
              s.items.forEach(function (i, ii) {
                var on = st && st.split(":")[1][ii] === "1";
                tr.appendChild(el("td", { "class": "cell " + (st ? (on ? "on" : "off") : ""), title: r[0] + " · " + i, "aria-label": i + (st ? (on ? ": stated" : ": not stated") : ": does not apply") }, [st ? (on ? "■" : "□") : ""]));
              });
            });
            tb.appendChild(tr);
          });
          t.appendChild(tb); wrap.appendChild(t);
          var pages = Math.max(1, Math.ceil(C.rows.length / pageSize));
          var pager = el("div", { "class": "pager" });
          var prev = el("button", { type: "button" }, ["‹ Previous"]), next = el("button", { type: "button" }, ["Next ›"]);
          prev.disabled = page === 0; next.disabled = page >= pages - 1;
          prev.addEventListener("click", function () { page--; draw(); }); next.addEventListener("click", function () { page++; draw(); });
          pager.appendChild(prev); pager.appendChild(el("span", null, ["documents page " + (page + 1) + " of " + pages])); pager.appendChild(next);
          wrap.appendChild(pager);
        }
        draw();
      }

      function problemRows(table, labelKey) {
        var byLabel = {};
        objects(table).forEach(function (r) { var k = r[labelKey]; var o = byLabel[k] = byLabel[k] || { label: k }; o[r.stance] = (o[r.stance] || 0) + num(r.mentions !== undefined && r.mentions !== "" ? r.mentions : r.count); });
        return Object.keys(byLabel).map(function (k) { return byLabel[k]; }).sort(function (a, b) {
          function t(x) { return (x.admitted || 0) + (x.warned || 0) + (x.mentioned || 0); } return t(b) - t(a) || (a.label < b.label ? -1 : 1); });
      }

      function problems() {
        var b = body("problems");
        if (!D.problems || !D.problems.rows.length) { b.appendChild(note("No problem category was found.")); return; }
        var rows = problemRows(D.problems, "category");
        var overall = el("div", { id: "problems-overall" }); b.appendChild(overall);
        stackedBars(overall, rows, "Problem mentions by category and stance, whole corpus");
        tableView(overall, [{ key: "label", label: "category" }, { key: "admitted", label: "admitted", numeric: true }, { key: "warned", label: "warned", numeric: true }, { key: "mentioned", label: "mentioned", numeric: true }], rows, "Problem mentions by stance");
        var groups = (D.groups || []).filter(function (g) { return g.problems && g.problems.rows.length; });
        if (!groups.length) { b.appendChild(note("Run tifa analyze with --group-by COLUMN to compare groups.")); return; }
        var controls = el("div", { "class": "controls" });
        var gsel = el("select", { id: "problems-group-column", "aria-label": "Group by" });
        groups.forEach(function (g, i) { gsel.appendChild(el("option", { value: String(i) }, [g.column])); });
        var csel = el("select", { id: "problems-category", "aria-label": "Category" }, [el("option", { value: "" }, ["all categories"])]);
        rows.forEach(function (r) { csel.appendChild(el("option", { value: r.label }, [r.label])); });
        controls.appendChild(el("label", { "for": "problems-group-column" }, ["By group"])); controls.appendChild(gsel); controls.appendChild(csel);
        b.appendChild(controls);
        var byGroup = el("div", { id: "problems-by-group" }); b.appendChild(byGroup);
        function draw() {
          byGroup.textContent = "";
          var g = groups[Number(gsel.value)];
          var t = { header: g.problems.header, rows: g.problems.rows.filter(function (r) { return !csel.value || r[col(g.problems, "category")] === csel.value; }) };
          var gr = problemRows(t, "group").sort(function (a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; });
          stackedBars(byGroup, gr, "Problem mentions by " + g.column + (csel.value ? " (" + csel.value + ")" : ""));
        }
        gsel.addEventListener("change", draw); csel.addEventListener("change", draw); draw();
      }

      function keyness() {
        var b = body("keyness");
        var groups = (D.groups || []).filter(function (g) { return g.keyness; });
        if (!groups.length) { b.appendChild(note("Run tifa analyze with --group-by COLUMN (region, unit, year …) to compare groups.")); return; }
        var controls = el("div", { "class": "controls" });
        var gsel = el("select", { id: "keyness-column", "aria-label": "Group column" }); groups.forEach(function (g, i) { gsel.appendChild(el("option", { value: String(i) }, [g.column])); });
        var vsel = el("select", { id: "keyness-group", "aria-label": "Group" });
        controls.appendChild(el("label", { "for": "keyness-column" }, ["Column"])); controls.appendChild(gsel);
        controls.appendChild(el("label", { "for": "keyness-group" }, ["Group"])); controls.appendChild(vsel);
        b.appendChild(controls);
        var holder = el("div"); b.appendChild(holder);
        var cols = [{ key: "term", label: "term" }, { key: "direction", label: "+/−" }, { key: "g2", label: "G²", numeric: true }, { key: "log_ratio", label: "log ratio", numeric: true },
          { key: "target", label: "count in group", numeric: true }, { key: "reference", label: "count in rest", numeric: true }, { key: "target_per_10k", label: "group per 10k", numeric: true }, { key: "reference_per_10k", label: "rest per 10k", numeric: true }];
        var tableApi = dataTable(holder, cols, [], { pageSize: 25, id: "keyness-table", sortKey: "g2" });
        function fillGroups() {
          vsel.textContent = "";
          var g = groups[Number(gsel.value)], values = Array.from(new Set(objects(g.keyness).map(function (r) { return r.group; }))).sort();
          values.forEach(function (v) { vsel.appendChild(el("option", { value: v }, [v])); });
          draw();
        }
        function draw() {
          var g = groups[Number(gsel.value)];
          tableApi.setRows(objects(g.keyness).filter(function (r) { return r.group === vsel.value; }));
        }
        gsel.addEventListener("change", fillGroups); vsel.addEventListener("change", draw); fillGroups();
      }

      var extractionByDoc = {};
      ((D.extractions || {}).lines || []).forEach(function (x) { extractionByDoc[x.document] = x; });

      function documentsPanel() {
        var b = body("documents");
        if (!D.documents) { b.appendChild(note("documents.csv is not available.")); return; }
        var coverageCols = D.documents.header.filter(function (h) { return h.indexOf("coverage_") === 0; });
        docs.forEach(function (d) {
          var k = 0, n = 0; coverageCols.forEach(function (c) { var p = String(d[c] || "").split("/"); if (p.length === 2) { k += num(p[0]); n += num(p[1]); } });
          d._coverage = n ? k / n : 0; d._coverageText = n ? k + "/" + n : "";
        });
        var controls = el("div", { "class": "controls" });
        function field(id, label, type) { var i = el("input", { id: id, type: type, size: type === "number" ? 6 : 16 }); controls.appendChild(el("label", { "for": id }, [label])); controls.appendChild(i); return i; }
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
        function showDetail(d) {
          detail.textContent = "";
          detail.appendChild(el("h3", null, [d.document]));
          var x = extractionByDoc[d.document];
          if (!x) { detail.appendChild(note("This document's extraction is not embedded (the page keeps the first " + ((D.extractions || {}).kept || 0) + " documents); see extractions.jsonl.")); detail.focus(); return; }
          var meta = Object.keys(x.metadata || {}).sort().map(function (k) { return k + ": " + x.metadata[k]; }).join(" · ");
          if (meta) detail.appendChild(note(meta));
          function sentenceWith(sentence, text) {
            var p = el("span"); var s = String(sentence || ""), i = text ? s.indexOf(text) : -1;
            if (i < 0) { p.textContent = s; return p; }
            p.appendChild(document.createTextNode(s.slice(0, i))); p.appendChild(el("mark", null, [text])); p.appendChild(document.createTextNode(s.slice(i + text.length)));
            return p;
          }
          detail.appendChild(el("h4", null, ["Slogans (" + (x.slogans || []).length + ")"]));
          dataTable(detail, [{ key: "text", label: "slogan" }, { key: "kind", label: "kind" }, { key: "sentence", label: "sentence", render: function (r) { return sentenceWith(r.sentence, r.text); } }], x.slogans || [], { pageSize: 20 });
          detail.appendChild(el("h4", null, ["Criteria"]));
          var crit = []; (x.criteria || []).forEach(function (c) { (c.mentions || []).forEach(function (m) { crit.push({ set: c.set + (c.named ? " (named)" : ""), item: m.item, sentence: m.sentence, text: m.text || m.item }); }); if (!(c.mentions || []).length) crit.push({ set: c.set + (c.named ? " (named)" : ""), item: (c.items || []).join("、"), sentence: "" }); });
          dataTable(detail, [{ key: "set", label: "set" }, { key: "item", label: "item" }, { key: "sentence", label: "sentence", render: function (r) { return sentenceWith(r.sentence, r.text); } }], crit, { pageSize: 20 });
          detail.appendChild(el("h4", null, ["Problems (" + (x.problems || []).length + ")"]));
          dataTable(detail, [{ key: "category", label: "category" }, { key: "stance", label: "stance" }, { key: "cue", label: "cue" }, { key: "sentence", label: "sentence" }], x.problems || [], { pageSize: 20 });
          detail.focus();
        }
      }

      function concordance() {
        var b = body("concordance");
        var texts = (D.texts || {}).lines || [];
        if (!texts.length) { b.appendChild(note("The texts are not embedded (texts.jsonl is absent); use `tifa kwic TERM PATH…`.")); return; }
        if (D.texts.kept < D.texts.total) b.appendChild(note("Searching the first " + D.texts.kept + " of " + D.texts.total + " documents (the page embeds a limited amount of text); `tifa kwic` searches all."));
        var controls = el("div", { "class": "controls" });
        var q = el("input", { id: "kwic-query", type: "search", size: 24, "aria-label": "Search term" });
        var go = el("button", { type: "button", id: "kwic-go" }, ["Search"]);
        controls.appendChild(el("label", { "for": "kwic-query" }, ["Term"])); controls.appendChild(q); controls.appendChild(go);
        b.appendChild(controls);
        var out = el("div", { id: "kwic-results", "aria-live": "polite" }); b.appendChild(out);
        function search() {
          out.textContent = "";
          var term = q.value.trim(); if (!term) return;
          var hits = [], limit = 1000, width = 20;
          for (var i = 0; i < texts.length && hits.length < limit; i++) {
            var t = texts[i].text || "", from = 0, at;
            while ((at = t.indexOf(term, from)) >= 0 && hits.length < limit) {
              hits.push({ document: texts[i].document, left: t.slice(Math.max(0, at - width), at).replace(/\s/g, " "), match: term, right: t.slice(at + term.length, at + term.length + width).replace(/\s/g, " "), position: at });
              from = at + term.length;
            }
          }
          out.appendChild(note(hits.length + (hits.length >= limit ? "+" : "") + " hits"));
          var cols = [{ key: "document", label: "document" }, { key: "left", label: "left", render: function (r) { return el("span", { "class": "left" }, [r.left]); } },
            { key: "match", label: "match", render: function (r) { return el("mark", null, [r.match]); } }, { key: "right", label: "right" }];
          dataTable(out, cols, hits, { pageSize: 25, id: "kwic-table" });
          out.querySelector("table").classList.add("kwic");
        }
        go.addEventListener("click", search);
        q.addEventListener("keydown", function (e) { if (e.key === "Enter") search(); });
        // A link such as dashboard.html#search=形式主义 opens with that search done.
        var m = /(?:^#|&)search=([^&]*)/.exec(location.hash);
        if (m) { try { q.value = decodeURIComponent(m[1]); } catch (e) { q.value = m[1]; } search(); }
      }

      [overview, keywords, trends, slogans, criteria, problems, keyness, documentsPanel, concordance].forEach(function (panel) {
        try { panel(); } catch (e) { fail(panel.name + ": " + (e && e.message ? e.message : e)); }
      });
      document.body.setAttribute("data-tifa-render-ms", String(Math.round(performance.now())));
      document.body.setAttribute("data-tifa-status", "ready");
    })();
    """#
}

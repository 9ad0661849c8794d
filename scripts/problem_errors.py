#!/usr/bin/env python3
"""List problem errors per document, by the reference scorer's matching rules, for reading by class.

usage: scripts/problem_errors.py GOLD ROOT TIFA.jsonl [--cat]

For each document: FN (gold entries no prediction matches) and FP (predictions that match no gold or optional
entry), with category/stance, evidence or wording, the deciding cue and its class, and the sentence.
With --cat, matching ignores stance (the problems_cat measure). A stance confusion line (gold → predicted) for
predictions that match on category only is printed at the end.
"""
import json, os, sys, unicodedata
from collections import Counter

N = lambda s: unicodedata.normalize("NFKC", (s or "").replace("\r\n", "\n"))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
by_cat = "--cat" in sys.argv
gold = json.load(open(args[0], encoding="utf-8"))
pred = {}
for line in open(args[2], encoding="utf-8"):
    if line.strip():
        o = json.loads(line)
        pred[os.path.realpath(o["document"])] = o
confusion = Counter()
for key, g in gold["documents"].items():
    o = pred.get(os.path.realpath(os.path.join(args[1], key.partition("#")[0])), {})
    t = N(open(os.path.join(args[1], key.partition("#")[0]), encoding="utf-8").read())
    ranges = None
    sc = g.get("scope", {}).get("problems") if isinstance(g.get("scope"), dict) else None
    if isinstance(sc, list):
        ranges = [(r["start"], r["end"]) for r in sc]
    preds = []
    for p in o.get("problems", []) or []:
        sent = N(p.get("sentence", ""))
        if ranges is not None:
            i = t.find(sent) if sent else -1
            if i >= 0 and not any(s <= i < e for s, e in ranges):
                continue
        preds.append(p)
    gp, op = g.get("problems", []), g.get("optionalProblems", [])
    hit = lambda gg, p, st: (p["category"] == gg["category"] and (not st or p["stance"] == gg["stance"])
                             and gg["evidence"] in N(p.get("sentence", "")))
    lines = []
    for gg in gp:
        if not any(hit(gg, p, not by_cat) for p in preds):
            near = [p for p in preds if hit(gg, p, False)]
            got = ",".join(sorted({p["stance"] + "(" + p.get("cue", "") + ")" for p in near})) or "-"
            if near:
                confusion[(gg["stance"], near[0]["stance"])] += 1
            off = gg.get("offset", t.find(gg["evidence"]))
            ctx = t[max(0, off - 25):off + len(gg["evidence"]) + 15].replace("\n", "⏎")
            lines.append(f"  FN {gg['category']}/{gg.get('subtype')}/{gg['stance']} «{gg['evidence']}» got {got} | {ctx}")
    for p in preds:
        if not any(hit(gg, p, not by_cat) for gg in gp + op):
            s = N(p.get("sentence", "")).replace("\n", "⏎")
            lines.append(f"  FP {p['category']}/{p.get('subtype')}/{p['stance']} «{p['text']}» cue {p.get('cue')}"
                         f"[{p.get('cueClass', p.get('cueKind'))}] | {s[:90]}")
    if lines:
        print(key)
        print("\n".join(lines))
print("stance confusion (gold -> predicted) among category matches:",
      ", ".join(f"{a}->{b}: {n}" for (a, b), n in confusion.most_common()))

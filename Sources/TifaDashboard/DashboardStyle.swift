/// The dashboard's stylesheet (a CJK font stack so Chinese never shows as boxes).
enum DashboardStyle {
    static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee3; --accent: #b42318; --admitted: #b42318;
      --warned: #c27803; --mentioned: #7b8794; --bg: #f7f8fa; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: var(--bg); font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC",
      "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif; }
    header { background: #fff; border-bottom: 1px solid var(--line); padding: 12px 24px; position: sticky; top: 0; z-index: 2; }
    header h1 { margin: 0; font-size: 20px; } header p { margin: 2px 0 6px; color: var(--muted); }
    nav a { margin-right: 12px; color: var(--accent); text-decoration: none; } nav a:focus, nav a:hover { text-decoration: underline; }
    main { padding: 16px 24px; display: grid; gap: 16px; }
    section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; overflow-x: auto; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 140px; }
    .card .v { font-size: 20px; font-weight: 600; } .card .k { color: var(--muted); font-size: 12px; }
    table { border-collapse: collapse; width: 100%; margin: 6px 0; }
    th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
    th button:focus { outline: 2px solid var(--accent); }
    .controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 6px 0; }
    .controls label { color: var(--muted); }
    input, select, button { font: inherit; }
    .pager { display: flex; gap: 8px; align-items: center; margin: 4px 0; color: var(--muted); }
    .note { color: var(--muted); font-size: 12px; }
    .heat td.cell { width: 22px; min-width: 22px; padding: 0; text-align: center; border: 1px solid #fff; }
    .heat td.on { background: #2f7d32; color: #fff; } .heat td.off { background: #eceff1; color: #9aa5b1; }
    .heat th.item { writing-mode: vertical-rl; white-space: nowrap; font-weight: normal; font-size: 12px; }
    .heat th.doc { white-space: nowrap; font-weight: normal; }
    .heat th.set { text-align: center; border-left: 2px solid var(--ink); }
    svg text { font-family: inherit; }
    .legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
    mark { background: #ffe08a; }
    .kwic td.left { text-align: right; white-space: pre; } .kwic td.right { white-space: pre; }
    .detail { border-top: 2px solid var(--accent); margin-top: 8px; padding-top: 8px; }
    details summary { cursor: pointer; color: var(--accent); }
    footer { padding: 8px 24px 24px; color: var(--muted); font-size: 12px; }
    """
}

extension ConsolePage {
    /// System fonts only; light and dark follow the browser.
    static let style = #"""
        :root{--bg:#f6f7f9;--fg:#1d2330;--dim:#687085;--card:#fff;--line:#dde1e8;--ok:#1f9d55;--warn:#c98a00;
          --alert:#d0342c;--accent:#3a66d6;--bar:#5b84e8}
        @media (prefers-color-scheme: dark){:root{--bg:#14171d;--fg:#e4e7ee;--dim:#99a1b3;--card:#1c2029;--line:#2d3340;--bar:#6f95f2}}
        *{box-sizing:border-box}
        body{margin:0;padding:12px 20px 40px;background:var(--bg);color:var(--fg);
          font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        header{display:flex;gap:14px;align-items:center;flex-wrap:wrap;margin-bottom:10px}
        h1{font-size:20px;margin:0}h2{font-size:15px;margin:0 0 8px}
        .dim{color:var(--dim);font-weight:normal}
        section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:0 0 12px;overflow-x:auto}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:12px}
        .grid>section{margin:0 0 12px}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;background:none;border:0;padding:0}
        .tile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px}
        .tile b{display:block;font-size:20px;font-variant-numeric:tabular-nums}
        .tile span{color:var(--dim);font-size:12px}
        table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
        th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);white-space:nowrap}
        th{color:var(--dim);font-weight:600;font-size:12px}
        #rules-table td:nth-child(5),#exporters-table td:nth-child(2),#exporters-table td:nth-child(6){white-space:normal;word-break:break-word}
        #calls-table tbody tr{cursor:pointer}#calls-table tbody tr:hover,#calls-table tr.sel{background:rgba(90,130,230,.12)}
        .pill{border-radius:10px;padding:2px 10px;font-size:12px;color:#fff;background:var(--dim)}
        .pill[data-state=live]{background:var(--ok)}.pill[data-state=error]{background:var(--alert)}
        .state-ok{color:var(--ok)}.state-warn{color:var(--warn)}.state-alert,.state-bad{color:var(--alert);font-weight:600}
        .state-no_data{color:var(--dim)}
        .banner{background:var(--alert);color:#fff;border-radius:6px;padding:8px 12px;margin-bottom:10px}
        .list{margin:0;padding-left:18px}.list li{margin:0 0 8px}
        .chart svg{display:block;width:100%}
        .chart text{fill:var(--fg);font-size:11px}
        .empty{color:var(--dim);margin:6px 0 0}
        .detail{margin-top:10px;border-top:1px solid var(--line);padding-top:8px}
        .detail pre{white-space:pre-wrap;background:var(--bg);padding:8px;border-radius:6px;margin:4px 0 10px;max-height:220px;overflow:auto}
        button{font:inherit;font-size:12px;padding:2px 8px;border-radius:5px;border:1px solid var(--line);background:var(--card);color:var(--fg);cursor:pointer}
        button:disabled{opacity:.45;cursor:default}
        code{font-size:12px}
        """#
}

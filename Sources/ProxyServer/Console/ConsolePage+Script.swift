extension ConsolePage {
    /// Polling, the admin token, DOM helpers and the two SVG charts (bars and sparklines).
    /// Data only ever reaches the page through `textContent`, never as markup.
    static let scriptCore = #"""
        "use strict";
        const POLL_MS = 2000, HISTORY = 60;
        const series = {requests: [], cost: []};
        let last = null, selectedCall = null;
        const $ = (id) => document.getElementById(id);
        // The admin token, when the proxy has one: from #token=… in the URL (never sent to the
        // server) or typed in, kept for this tab only.
        (function takeToken() {
          const m = location.hash.match(/token=([^&]+)/);
          if (m) { sessionStorage.setItem("outrigger-token", decodeURIComponent(m[1])); window.history.replaceState(null, "", location.pathname); }
        })();
        function authHeaders() {
          const t = sessionStorage.getItem("outrigger-token");
          return t ? {"Authorization": "Bearer " + t} : {};
        }
        $("token-form").addEventListener("submit", (e) => {
          e.preventDefault();
          sessionStorage.setItem("outrigger-token", $("token").value);
          $("token-form").hidden = true;
          poll();
        });
        // `ifMissing` stands in for a document the proxy does not serve (rules turned off).
        async function getJSON(path, ifMissing) {
          const r = await fetch(path, {headers: authHeaders(), cache: "no-store"});
          if (r.status === 404 && ifMissing !== undefined) return ifMissing;
          if (r.status === 401) { $("token-form").hidden = false; throw new Error(path + ": the admin token is required"); }
          if (!r.ok) throw new Error(path + ": HTTP " + r.status);
          return r.json();
        }
        function el(tag, text, cls) {
          const e = document.createElement(tag);
          if (text !== undefined && text !== null) e.textContent = String(text);
          if (cls) e.className = cls;
          return e;
        }
        function row(cells) {
          const tr = document.createElement("tr");
          for (const c of cells) tr.appendChild(c instanceof Node ? wrapCell(c) : el("td", c));
          return tr;
        }
        function wrapCell(node) { const td = document.createElement("td"); td.appendChild(node); return td; }
        function fill(id, nodes) {
          const target = $(id).tagName === "TABLE" ? $(id).tBodies[0] : $(id);
          target.replaceChildren(...nodes);
          const empty = document.querySelector(`.empty[data-for="${id}"]`);
          if (empty) empty.hidden = nodes.length > 0;
        }
        const num = (v, d = 0) => (v === undefined || v === null || isNaN(v)) ? "–" : Number(v).toFixed(d);
        const usd = (v) => (v === undefined || v === null) ? "–" : "$" + (Number(v) < 0.01 && Number(v) > 0 ? Number(v).toFixed(6) : Number(v).toFixed(4));
        const when = (t) => t ? new Date(t * 1000).toLocaleTimeString() : "–";
        const pct = (p, keys) => p ? keys.map((k) => num(p[k], 0)).join(" / ") : "–";
        function stateSpan(s) { return el("span", s, "state-" + s); }
        function link(text, href) {
          if (!/^https?:\/\//.test(href)) return el("code", text);
          const a = el("a", text); a.href = href; a.target = "_blank"; a.rel = "noreferrer"; return a;
        }
        const SVG = "http://www.w3.org/2000/svg";
        function svgEl(tag, attrs, text) {
          const e = document.createElementNS(SVG, tag);
          for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
          if (text !== undefined) e.textContent = text;
          return e;
        }
        // Horizontal bars, one per label, scaled to the largest value.
        function barChart(id, items, format) {
          const box = $(id);
          if (!items.length) { box.replaceChildren(el("p", "No cost yet.", "empty")); return; }
          const h = 22, w = 600, labelW = 230, max = Math.max(...items.map((i) => i.value), 1e-12);
          const svg = svgEl("svg", {viewBox: `0 0 ${w} ${items.length * h + 4}`, role: "img", "aria-label": "cost by model"});
          items.forEach((it, i) => {
            const y = i * h + 2, bw = Math.max(2, (w - labelW - 90) * it.value / max);
            svg.appendChild(svgEl("text", {x: 0, y: y + 15}, it.label));
            svg.appendChild(svgEl("rect", {x: labelW, y: y + 3, width: bw, height: h - 8, rx: 3, fill: "var(--bar)", class: "bar"}));
            svg.appendChild(svgEl("text", {x: labelW + bw + 6, y: y + 15}, format(it.value)));
          });
          box.replaceChildren(svg);
        }
        // A sparkline of the last HISTORY polls.
        function sparkline(id, values, label) {
          const w = 600, h = 46, max = Math.max(...values, 1e-12);
          const svg = svgEl("svg", {viewBox: `0 0 ${w} ${h + 14}`, role: "img", "aria-label": label});
          if (values.length > 1) {
            const pts = values.map((v, i) => `${(i * w / (HISTORY - 1)).toFixed(1)},${(h - v / max * (h - 4) + 2).toFixed(1)}`);
            svg.appendChild(svgEl("polyline", {points: pts.join(" "), fill: "none", stroke: "var(--accent)", "stroke-width": 2}));
          }
          svg.appendChild(svgEl("text", {x: 0, y: h + 12}, `${label}: last ${num(values[values.length - 1], 0)}, max ${num(max, 0)}`));
          $(id).replaceChildren(svg);
        }

        """#
}

extension ConsolePage {
    /// Rendering of `/v1/status`, `/v1/rules`, `/v1/signals` and `/v1/insights/cost`, the
    /// acknowledge button and the call excerpt; then the polling loop.
    static let scriptRender = #"""
        function renderTiles(st, cost) {
          const t = st.totals, conv = st.sessions?.conversions?.["24h"];
          const perConv = conv && conv.conversions > 0 ? Number(conv.converted_spend_usd) / conv.conversions : null;
          const tiles = [
            ["requests", t.requests], ["errors", t.errors],
            ["latency p50 / p90 ms", pct(t.latency_ms, ["p50", "p90"])],
            ["first token p50 / p90 ms", pct(t.ttfb_ms, ["p50", "p90"])],
            ["tokens in / out", `${t.tokens.input} / ${t.tokens.output}`],
            ["spend since start", usd(t.cost_usd)],
            ["24 h cost forecast", cost?.cost_forecast_24h_usd == null ? "needs more traffic" : usd(cost.cost_forecast_24h_usd)],
            ["cost per conversion (24 h)", perConv === null ? "no conversions" : usd(perConv)],
          ];
          fill("tiles", tiles.map(([k, v]) => { const d = el("div", null, "tile"); d.append(el("b", v), el("span", k)); return d; }));
        }
        function renderModels(st) {
          fill("models-table", st.by_model.map((m) => row([m.dialect, m.model, m.requests, m.errors, pct(m.latency_ms, ["p50", "p90", "p99"]),
            pct(m.ttfb_ms, ["p50", "p90"]), `${m.tokens.input} / ${m.tokens.output}`, usd(m.cost_usd)])));
          const byModel = {};
          for (const m of st.by_model) byModel[m.model] = (byModel[m.model] || 0) + Number(m.cost_usd);
          barChart("cost-chart", Object.entries(byModel).map(([label, value]) => ({label, value})).sort((a, b) => b.value - a.value), usd);
        }
        function renderHistory(st) {
          if (last) {
            series.requests.push(Math.max(0, st.totals.requests - last.totals.requests));
            series.cost.push(Math.max(0, (Number(st.totals.cost_usd) - Number(last.totals.cost_usd)) * 1e6));
            for (const k of ["requests", "cost"]) if (series[k].length > HISTORY) series[k].shift();
          }
          sparkline("traffic-spark", series.requests, "requests per poll");
          sparkline("cost-spark", series.cost, "micro-dollars per poll");
        }
        function renderRules(doc) {
          const rows = [];
          for (const r of doc.rules) {
            const groups = r.groups.length ? r.groups : [{group: "–", state: r.enabled ? r.state : "disabled", measurements: []}];
            for (const g of groups) {
              const ack = el("button", g.acknowledged ? "acknowledged" : "acknowledge");
              ack.disabled = g.acknowledged || g.state === "ok" || g.group === "–";
              ack.addEventListener("click", () => acknowledge(r.rule, g.group, ack));
              rows.push(row([r.rule, r.severity, g.group, stateSpan(g.state), g.measurements.map((m) => m.text).join("; ") || "–",
                when(g.last_transition), ack]));
            }
          }
          // Firing groups first, so the rules that need a person are on top.
          const rank = (tr) => ({alert: 0, warn: 1, no_data: 2}[tr.cells[3].textContent] ?? 3);
          fill("rules-table", rows.map((tr, i) => [rank(tr), i, tr]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]));
        }
        async function acknowledge(rule, group, button) {
          button.disabled = true;
          const r = await fetch(`/v1/rules/${encodeURIComponent(rule)}/ack?group=${encodeURIComponent(group)}`,
            {method: "POST", headers: authHeaders()});
          if (r.status === 401) $("token-form").hidden = false;
          button.textContent = r.ok ? "acknowledged" : "failed: HTTP " + r.status;
        }
        function renderSignals(doc) {
          fill("signals", doc.signals.slice(-8).reverse().map((s) => {
            const li = el("li");
            li.append(el("b", `${when(s.time)} ${s.rule} `), stateSpan(s.state), el("span", ` ${s.group}: ${s.summary} `));
            const traces = s.samples.map((x) => x.trace_id).filter(Boolean);
            if (traces.length) li.append(el("div", "sample traces: " + traces.join(", "), "dim"));
            const rb = el("div", "runbook: ", "dim"); rb.append(link(s.runbook, s.runbook)); li.append(rb);
            return li;
          }));
        }
        function grounding(c) {
          const g = c.grounding;
          if (!g) return "–";
          if (g.invalid_ids > 0) return "invented product";
          if (g.name_mismatches + g.price_mismatches > 0) return "mismatch";
          return g.mentions > 0 ? "grounded" : (g.no_products ? "no product" : "no mentions");
        }
        function renderCalls(st) {
          fill("calls-table", st.recent_calls.slice().reverse().map((c) => {
            const tokens = c.usage ? `${c.usage.input} / ${c.usage.output}` : (c.counted_tokens ?? "–");
            const tr = row([when(c.started_at), c.model, c.dialect, c.operation, c.status, tokens, usd(c.cost_usd),
              c.injection_score == null ? "–" : num(c.injection_score, 2), grounding(c),
              c.quality_score == null ? "–" : num(c.quality_score, 2)]);
            tr.dataset.call = c.id;
            if (c.cost_usd) tr.cells[6].className = "call-cost";
            if (c.id === selectedCall) tr.className = "sel";
            tr.addEventListener("click", () => showCall(c.id));
            return tr;
          }));
        }
        async function showCall(id) {
          selectedCall = id;
          const box = $("call-detail");
          box.hidden = false;
          try {
            const x = await getJSON("/v1/calls/" + encodeURIComponent(id));
            const parts = [el("b", `call ${x.id} (messages as LLM Observability gets them: privacy ${x.privacy})`)];
            for (const m of x.input.concat(x.output)) parts.push(el("div", m.role, "dim"), el("pre", m.content));
            if (!x.input.length && !x.output.length) parts.push(el("p", "No message content is exported for this call.", "empty"));
            box.replaceChildren(...parts);
          } catch (e) { box.replaceChildren(el("p", String(e.message), "state-bad")); }
        }
        function renderAdvice(cost) {
          fill("advice", (cost.advice || []).map((a) => {
            const li = el("li"); li.append(el("b", `${usd(a.monthly_saving_usd)} / month `), el("span", a.text)); return li;
          }));
        }
        function renderExporters(st) {
          fill("exporters-table", Object.entries(st.exporters || {}).map(([name, x]) => row([name, x.endpoint, x.sent, x.failed, x.dropped,
            x.last_error ? el("span", "last error: " + x.last_error, "state-bad") : el("span", "reachable", "state-ok")])));
          const c = st.config;
          $("config-state").textContent = (c ? "config: " + JSON.stringify(c) : "config: built-in defaults (no file to reload)")
            + ` · recorded without the heavy checks: ${st.pipeline.recorded_without_analysis}`
            + ` (analysis queue ${Math.round(st.pipeline.queue_bytes / 1024)} of ${Math.round(st.pipeline.queue_max_bytes / 1024)} KiB)`;
        }
        async function poll() {
          const [st, rules, signals, cost] = await Promise.allSettled([getJSON("/v1/status"),
            getJSON("/v1/rules", {rules: []}), getJSON("/v1/signals", {signals: []}), getJSON("/v1/insights/cost")]);
          const failed = [st, rules, signals, cost].filter((r) => r.status === "rejected").map((r) => r.reason.message);
          $("fetch-error").hidden = failed.length === 0;
          $("fetch-error").textContent = failed.length ? "Data requests failing: " + failed.join("; ") : "";
          $("live").dataset.state = failed.length ? "error" : "live";
          $("live").textContent = failed.length ? "data unavailable" : "live";
          if (st.status === "fulfilled") {
            const s = st.value;
            renderTiles(s, cost.value); renderModels(s); renderHistory(s); renderCalls(s); renderExporters(s);
            last = s;
            $("updated").textContent = `updated ${new Date().toLocaleTimeString()} · up ${num(s.uptime_seconds, 0)} s`;
          }
          if (rules.status === "fulfilled") renderRules(rules.value);
          if (signals.status === "fulfilled") renderSignals(signals.value);
          if (cost.status === "fulfilled") renderAdvice(cost.value);
          document.body.dataset.polls = String(Number(document.body.dataset.polls || 0) + 1);
        }
        poll();
        setInterval(poll, POLL_MS);

        """#
}

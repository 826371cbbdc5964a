/// The console page served at `GET /` on the admin listener: HTML, styles and script in one
/// document, embedded in the binary, that fetches only from its own origin.
enum ConsolePage {
    /// Sent with the page: scripts and styles inline only, requests to this origin only.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The whole page.
    static var html: String {
        head + "<style>" + style + "</style></head>" + body + "<script>" + scriptCore + scriptRender + "</script></body></html>\n"
    }

    private static let head = #"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Outrigger console</title>
        <link rel="icon" href="data:,">

        """#

    private static let body = #"""
        <body>
        <header>
          <h1>Outrigger <span class="dim">console</span></h1>
          <span id="live" class="pill" data-state="loading">connecting…</span>
          <span id="updated" class="dim"></span>
          <form id="token-form" hidden><input id="token" type="password" placeholder="admin token" autocomplete="off">
            <button type="submit">use token</button></form>
        </header>
        <div id="fetch-error" class="banner" hidden></div>
        <section class="tiles" id="tiles"></section>
        <div class="grid">
          <section><h2>Cost by model <span class="dim">(USD since start)</span></h2><div id="cost-chart" class="chart"></div></section>
          <section><h2>Traffic <span class="dim">(requests per poll, cost per poll)</span></h2>
            <div id="traffic-spark" class="chart"></div><div id="cost-spark" class="chart"></div></section>
        </div>
        <section><h2>By dialect and model</h2><table id="models-table"><thead><tr>
          <th>dialect</th><th>model</th><th>requests</th><th>errors</th><th>latency p50 / p90 / p99 ms</th>
          <th>first token p50 / p90 ms</th><th>tokens in / out</th><th>cost USD</th></tr></thead><tbody></tbody></table>
          <p class="empty" data-for="models-table">No calls yet: send traffic to the proxy port.</p></section>
        <section><h2>Detection rules</h2><table id="rules-table"><thead><tr>
          <th>rule</th><th>severity</th><th>group</th><th>state</th><th>value against threshold</th><th>last transition</th><th></th>
          </tr></thead><tbody></tbody></table>
          <p class="empty" data-for="rules-table">No rules are loaded.</p></section>
        <section><h2>Last signals</h2><ul id="signals" class="list"></ul>
          <p class="empty" data-for="signals">No rule has fired.</p></section>
        <section><h2>Recent calls <span class="dim">(click one for its prompt and answer excerpt)</span></h2>
          <table id="calls-table"><thead><tr>
          <th>time</th><th>model</th><th>dialect</th><th>operation</th><th>status</th><th>tokens</th><th>cost USD</th>
          <th>injection</th><th>grounding</th><th>quality</th></tr></thead><tbody></tbody></table>
          <p class="empty" data-for="calls-table">No calls yet.</p>
          <div id="call-detail" class="detail" hidden></div></section>
        <div class="grid">
          <section><h2>Cost-saving advice</h2><ul id="advice" class="list"></ul>
            <p class="empty" data-for="advice">No advice yet: it needs some traffic.</p></section>
          <section><h2>Exporters and config</h2><table id="exporters-table"><thead><tr>
            <th>exporter</th><th>endpoint</th><th>sent</th><th>failed</th><th>dropped</th><th>state</th></tr></thead><tbody></tbody></table>
            <p id="config-state" class="dim"></p></section>
        </div>

        """#
}

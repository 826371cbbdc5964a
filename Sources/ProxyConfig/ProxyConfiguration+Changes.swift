extension ProxyConfiguration {
    /// The top-level sections that differ from `old`, in file order: what a reload applied (for
    /// the context of later rule signals) and what only a restart applies.
    package func changedSections(from old: ProxyConfiguration) -> [String] {
        var changed: [String] = []
        if listen != old.listen { changed.append("listen") }
        if admin != old.admin { changed.append("admin") }
        if serviceName != old.serviceName { changed.append("service_name") }
        if upstream != old.upstream { changed.append("upstream") }
        if limits != old.limits { changed.append("limits") }
        if logging != old.logging { changed.append("logging") }
        if datadog != old.datadog { changed.append("datadog") }
        if sessions != old.sessions { changed.append("sessions") }
        if pricing != old.pricing { changed.append("pricing") }
        if insights != old.insights { changed.append("insights") }
        if guards != old.guards { changed.append("guards") }
        if catalog != old.catalog { changed.append("catalog") }
        if quality != old.quality { changed.append("quality") }
        if rules != old.rules { changed.append("rules") }
        if interception != old.interception { changed.append("tls") }
        if lifecycle != old.lifecycle { changed.append("lifecycle") }
        return changed
    }
}

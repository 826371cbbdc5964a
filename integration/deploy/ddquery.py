"""A small parser for the Datadog queries in deploy/datadog (and the runbooks).

It understands what those files use, and rejects anything it does not understand, so a query
it cannot read fails the suite instead of escaping the checks:

* metric atoms ``<agg>:<metric>{<filter>} [by {<keys>}]`` with suffix functions
  (``.as_count()``, ``.as_rate()``, ``.rollup(sum, 60)``, ``.fill(zero)``);
* monitor queries ``<agg>(last_5m|next_1d):<expression> <op> <number>``, where the expression
  combines atoms with arithmetic and functions (``anomalies(...)``, ``forecast(...)``);
* widget formulas (``100 * errors / calls``, ``forecast(cost, 'linear', 1)``), whose names must
  be queries of the same request;
* event queries (``events("source:outrigger detection_rule:*").rollup("count").by("a,b").last("5m")``
  in monitors, a bare search string in event widgets);
* distribution widgets' histogram requests (``histogram:llm.request.duration{$env}``).

Filters: ``*``, ``key:value``, ``!key:value``, ``key IN (a, b)``, ``$template_var``, joined by
``,``, ``AND``, ``OR``, ``NOT`` and parentheses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SPACE_AGGREGATORS = re.compile(r"^(avg|sum|min|max|count|p(50|75|90|95|99|99\.9))$")
TIME_AGGREGATOR = re.compile(r"^(avg|sum|min|max|count|pct_\d+(\.\d+)?|change|pct_change)$")
SUFFIXES = {"as_count", "as_rate", "rollup", "fill"}
FUNCTIONS = {
    "anomalies", "forecast", "outliers", "top", "abs", "log10", "cumsum", "integral",
    "per_second", "per_minute", "per_hour", "diff", "derivative", "timeshift", "week_before",
    "day_before", "hour_before", "moving_rollup", "ewma_5", "ewma_10", "median_5", "clamp_min", "clamp_max",
}
KEY = r"[A-Za-z][\w.\-/]*"
ATOM = re.compile(
    r"(?P<agg>[a-z][a-z0-9.]*):(?P<metric>[A-Za-z][\w.]*)\{(?P<filter>[^{}]*)\}"
    r"(?:\s*by\s*\{(?P<by>[^{}]*)\})?"
    r"(?P<suffix>(?:\.[a-z_]+\([^()]*\))*)"
)
MONITOR = re.compile(
    r"^\s*(?P<time_agg>[a-z_0-9.]+)\((?P<window>(last|next)_\d+[smhdw])\)\s*:\s*(?P<expr>.+?)"
    r"\s*(?P<op>>=|<=|>|<|==)\s*(?P<value>-?\d+(\.\d+)?)\s*$",
    re.S,
)
EVENT_MONITOR = re.compile(
    r'^\s*events\("(?P<search>[^"]*)"\)\.rollup\("(?P<rollup>count|cardinality)"(?:\s*,\s*"[^"]*")?\)'
    r'(?:\.by\("(?P<by>[^"]*)"\))?\.last\("(?P<window>\d+[mhd])"\)\s*(?P<op>>=|<=|>|<|==)\s*(?P<value>-?\d+(\.\d+)?)\s*$'
)


class QueryError(ValueError):
    pass


@dataclass
class MetricAtom:
    aggregator: str
    metric: str
    filter_keys: set[str] = field(default_factory=set)
    filter_values: list[tuple[str, str]] = field(default_factory=list)
    template_vars: set[str] = field(default_factory=set)
    group_by: set[str] = field(default_factory=set)
    text: str = ""

    @property
    def tag_keys(self) -> set[str]:
        return self.filter_keys | self.group_by


def _parse_filter(text: str, atom: MetricAtom) -> None:
    text = text.strip()
    if not text:
        raise QueryError(f"empty filter in {atom.text!r}")
    # `key IN (a, b)` / `key NOT IN (a, b)` first, then split the rest.
    def take_in(match: re.Match[str]) -> str:
        atom.filter_keys.add(match.group(1))
        for value in match.group(3).split(","):
            atom.filter_values.append((match.group(1), value.strip()))
        return " "
    text = re.sub(rf"({KEY})\s+(NOT\s+)?IN\s*\(([^()]*)\)", take_in, text)
    for token in re.split(r"\s*(?:,|\bAND\b|\bOR\b|\bNOT\b|\(|\))\s*|\s+", text):
        if not token:
            continue
        if token == "*":
            continue
        if token.startswith("$"):
            name = token[1:].split(".", 1)[0]
            if not re.fullmatch(r"\w+", name):
                raise QueryError(f"bad template variable {token!r} in {atom.text!r}")
            atom.template_vars.add(name)
            continue
        m = re.fullmatch(rf"[!-]?({KEY}):(\S+)", token)
        if not m:
            raise QueryError(f"cannot read filter term {token!r} in {atom.text!r}")
        atom.filter_keys.add(m.group(1))
        atom.filter_values.append((m.group(1), m.group(2)))


def _parse_atom(m: re.Match[str]) -> MetricAtom:
    atom = MetricAtom(aggregator=m.group("agg"), metric=m.group("metric"), text=m.group(0))
    if not SPACE_AGGREGATORS.match(atom.aggregator):
        raise QueryError(f"unknown aggregator {atom.aggregator!r} in {atom.text!r}")
    _parse_filter(m.group("filter"), atom)
    if m.group("by") is not None:
        keys = [k.strip() for k in m.group("by").split(",")]
        for k in keys:
            if not re.fullmatch(KEY, k):
                raise QueryError(f"bad group-by key {k!r} in {atom.text!r}")
        atom.group_by.update(keys)
    for fn in re.findall(r"\.([a-z_]+)\(", m.group("suffix") or ""):
        if fn not in SUFFIXES:
            raise QueryError(f"unknown suffix .{fn}() in {atom.text!r}")
    return atom


def _check_leftover(expr: str, original: str, names: set[str] = frozenset()) -> None:
    """After the atoms are cut out, only functions, numbers, strings, operators, keyword
    arguments and (for formulas) query names may remain."""
    rest = re.sub(r"'[^']*'|\"[^\"]*\"", " S ", expr)
    for word in re.findall(r"[A-Za-z_][\w.]*", rest):
        if word in FUNCTIONS or word in names or word == "S" or word == "ATOM":
            continue
        if re.fullmatch(r"(direction|alert_window|interval|count_default_zero|seasonality|timezone|"
                        r"rollup|history|model|algorithm|bounds|deviations)", word):
            continue
        raise QueryError(f"unexpected {word!r} in {original!r}")
    if re.search(r"[{}:$]", rest):
        raise QueryError(f"unparsed text {rest.strip()!r} in {original!r}")
    depth = 0
    for ch in rest:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            raise QueryError(f"unbalanced parentheses in {original!r}")
    if depth:
        raise QueryError(f"unbalanced parentheses in {original!r}")


def parse_metric_expression(expr: str) -> list[MetricAtom]:
    """Every metric atom in an expression (atoms combined with arithmetic and functions)."""
    atoms = [_parse_atom(m) for m in ATOM.finditer(expr)]
    if not atoms:
        raise QueryError(f"no metric query in {expr!r}")
    _check_leftover(ATOM.sub(" ATOM ", expr), expr)
    return atoms


def parse_histogram_query(query: str) -> MetricAtom:
    """The metric query of a distribution widget's histogram request: one atom whose
    aggregator is ``histogram`` (all the points of a distribution metric), nothing else."""
    if not query.startswith("histogram:"):
        raise QueryError(f"a histogram request takes histogram:<metric>{{...}}, not {query!r}")
    atoms = parse_metric_expression("avg:" + query[len("histogram:"):])
    if len(atoms) != 1 or atoms[0].text != "avg:" + query[len("histogram:"):].strip():
        raise QueryError(f"a histogram request takes exactly one metric, not {query!r}")
    atom = atoms[0]
    atom.aggregator, atom.text = "histogram", query
    return atom


def parse_monitor_query(query: str) -> list[MetricAtom]:
    m = MONITOR.match(query)
    if not m:
        raise QueryError(f"not a metric monitor query: {query!r}")
    if not TIME_AGGREGATOR.match(m.group("time_agg")):
        raise QueryError(f"unknown time aggregator in {query!r}")
    expr = m.group("expr")
    if m.group("window").startswith("next_") and "forecast(" not in expr:
        raise QueryError(f"next_ window without forecast() in {query!r}")
    if "forecast(" in expr and not m.group("window").startswith("next_"):
        raise QueryError(f"forecast() needs a next_ window: {query!r}")
    return parse_metric_expression(expr)


def parse_formula(formula: str, query_names: set[str]) -> set[str]:
    """The query names a widget formula uses; unknown names are errors."""
    _check_leftover(formula, formula, set(query_names))
    rest = re.sub(r"'[^']*'|\"[^\"]*\"", " ", formula)
    used = {w for w in re.findall(r"[A-Za-z_]\w*", rest) if w in query_names}
    if not used:
        raise QueryError(f"formula {formula!r} uses no query")
    return used


@dataclass
class EventQuery:
    sources: set[str]
    tag_keys: set[str]
    group_by: set[str]
    text: str


def parse_event_search(search: str, group_by: str | None = None) -> EventQuery:
    sources: set[str] = set()
    keys: set[str] = set()
    for term in search.split():
        if term in ("AND", "OR", "NOT"):
            continue
        m = re.fullmatch(rf"[-!]?(?:tags:)?({KEY}):(\S+)", term)
        if not m:
            raise QueryError(f"cannot read event search term {term!r} in {search!r}")
        key, value = m.groups()
        if key in ("source", "sources"):
            sources.add(value)
        else:
            keys.add(key)
    by = {k.strip() for k in (group_by or "").split(",") if k.strip()}
    return EventQuery(sources=sources, tag_keys=keys | by, group_by=by, text=search)


def parse_event_monitor_query(query: str) -> EventQuery:
    m = EVENT_MONITOR.match(query)
    if not m:
        raise QueryError(f"not an event monitor query: {query!r}")
    return parse_event_search(m.group("search"), m.group("by"))

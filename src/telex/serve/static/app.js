// The telex dashboard: plain DOM over the server's /api routes. Every value from the corpus enters the page as
// text (textContent, attributes), never as markup; the only markup inserted is the dyad chart's SVG, which the
// server renders. Views are chosen by the URL's hash, so each can be bookmarked:
//   #/?q=…  #/?outlet=…&since=…&offset=…  #/article/<id>?mark=Q1  #/dyad?a=&b=&by=&since=&until=  #/network  #/quotes?speaker=&text=
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg"; // the XML namespace of SVG elements: a name, never fetched
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const PAGE = 25;

const view = document.getElementById("view");
let ticket = 0; // the latest navigation; a slower earlier one must not overwrite it

// -- helpers ------------------------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

// Article ids may contain "/": each segment is encoded, the slashes stay.
function idPath(id) {
  return id.split("/").map(encodeURIComponent).join("/");
}

async function api(path, params) {
  const response = await fetch(path + query(params || {}), { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

function meta(...parts) {
  return el("div", { class: "meta" }, parts.filter((part) => part !== null && part !== undefined && part !== "").join(" · "));
}

function articleLink(id, label, mark) {
  return el("a", { href: `#/article/${idPath(id)}${query({ mark })}` }, label || id);
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}

// -- routing ------------------------------------------------------------------------------------------------------

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const cut = hash.indexOf("?");
  const path = cut < 0 ? hash : hash.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? "" : hash.slice(cut + 1));
  // The header's box holds the search shown, and nothing on another view: an old query there read as the filter.
  document.getElementById("search-input").value = path === "" ? params.get("q") || "" : "";
  if (path.startsWith("article/")) {
    return show("articles", () => articleView(articleId(path.slice("article/".length)), params.get("mark")));
  }
  if (path === "dyad") return show("dyad", () => dyadView(params));
  if (path === "network") return show("network", () => networkView());
  if (path === "quotes") return show("quotes", () => quotesView(params));
  return show("articles", () => articlesView(params));
}

// The id of an article address; one typed or cut badly ("100%") is said so in the view, not thrown past it.
function articleId(encoded) {
  try {
    return encoded.split("/").map(decodeURIComponent).join("/");
  } catch {
    throw new Error(`“${encoded}” is not an article's address: its % signs must each start two hex digits`);
  }
}

async function show(name, render) {
  const mine = ++ticket;
  const hash = location.hash;
  for (const link of document.querySelectorAll("[data-nav]")) {
    link.classList.toggle("current", link.dataset.nav === name);
  }
  view.dataset.view = name;
  view.dataset.state = "loading";
  let content;
  let state = "ready";
  try {
    content = await render();
  } catch (error) {
    content = el("p", { class: "error" }, error.message);
    state = "error";
  }
  if (mine !== ticket) return;
  view.replaceChildren(content);
  view.dataset.hash = hash;  // which address the content shows: a reader (or a test) can tell a stale view
  view.dataset.state = state;
}

// -- articles -----------------------------------------------------------------------------------------------------

async function articlesView(params) {
  const q = params.get("q");
  if (q) {
    const { results, note } = await api("/api/search", { q, limit: 50 });
    return el("section", { class: "articles" },
      el("h1", {}, `${plural(results.length, "article")} match “${q}”`),
      note ? el("p", { class: "hint" }, note) : null,
      articleList(results, (row) => meta(row.published, row.outlet, `score ${row.score.toFixed(2)}`)),
      el("p", {}, el("a", { href: "#/" }, "All articles")));
  }
  const offset = Number(params.get("offset") || 0);
  const filters = { outlet: params.get("outlet"), since: params.get("since"), until: params.get("until") };
  const page = await api("/api/articles", { ...filters, limit: PAGE, offset });
  const form = el("form", { class: "filters", onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/${query(formValues(event.target))}`;
  } },
  el("label", {}, "Outlet ", el("input", { name: "outlet", value: filters.outlet || "", size: 16 })),
  el("label", {}, "Since ", el("input", { name: "since", type: "date", value: filters.since || "" })),
  el("label", {}, "Until ", el("input", { name: "until", type: "date", value: filters.until || "" })),
  el("button", { type: "submit" }, "Filter"));
  // A store with no article at all is told apart from filters that match none: the analyst's next step differs.
  const unfiltered = !filters.outlet && !filters.since && !filters.until && offset === 0;
  if (unfiltered && !page.articles.length) {
    return el("section", { class: "articles" }, el("h1", {}, "Articles"),
      el("p", { class: "hint empty-store" }, "This corpus holds no articles yet: `telex ingest FILE --db DB` adds them."));
  }
  const pager = el("nav", { class: "pager", "aria-label": "Pages" },
    offset > 0 ? el("a", { href: `#/${query({ ...filters, offset: Math.max(0, offset - PAGE) || null })}` }, "← Newer") : null,
    el("span", {}, page.articles.length ? `${offset + 1}–${offset + page.articles.length}` : "no articles"),
    page.next_offset !== null ? el("a", { href: `#/${query({ ...filters, offset: page.next_offset })}` }, "Older →") : null);
  return el("section", { class: "articles" }, el("h1", {}, "Articles"), form,
    page.note ? el("p", { class: "hint" }, page.note) : null,
    articleList(page.articles, (row) => meta(row.published, row.outlet, plural(row.quotes, "quote"),
      plural(row.events, "event"), row.cluster !== row.id ? `copy of ${row.cluster}` : null)),
    pager);
}

function articleList(rows, describe) {
  if (!rows.length) return el("p", { class: "empty" }, "No articles.");
  return el("ol", { class: "article-list" }, rows.map((row) =>
    el("li", { class: "article-item", "data-id": row.id },
      articleLink(row.id, row.title || row.id), describe(row), row.title ? el("div", { class: "id" }, row.id) : null)));
}

// -- one article --------------------------------------------------------------------------------------------------

function actorNames(actors) {
  return actors.map((a) => (a.code ? `${a.name || a.text} [${a.code}]` : a.name || a.text)).join(", ") || "—";
}

function quoteLines(quote) {
  const speaker = quote.speaker;
  const who = speaker ? (speaker.name && speaker.name !== speaker.text ? `${speaker.name} (“${speaker.text}”)` : speaker.text)
    : "unknown";
  return [
    ["Quote", `${quote.id}, ${quote.kind}`],
    ["Speaker", who],
    ["Cue", quote.cue || "—"],
    ["Via", (quote.via || []).join(", ") || "—"],
  ];
}

function eventLines(event) {
  return [
    ["Event", `${event.id}, CAMEO ${event.cameo}${event.plover ? ` (${event.plover})` : ""}`],
    ["Source", actorNames(event.source)],
    ["Target", actorNames(event.target)],
    ["Modality", event.modality],
    ["QuadClass", `${event.quad_class} (${QUAD[event.quad_class] || "?"})`],
    ["Goldstein", event.goldstein ?? "—"],
    ["Date", event.date ? `${event.date}${event.date_text ? ` (“${event.date_text}”)` : ""}` : "—"],
  ];
}

function asTitle(lines) {
  return lines.map(([key, value]) => `${key}: ${value}`).join("\n");
}

// What to highlight: each quote, each event's trigger and each speaker's words, at their offsets in `text`.
function marksOf(analysis) {
  const marks = [];
  for (const quote of analysis.quotes) {
    const lines = quoteLines(quote);
    marks.push({ id: quote.id, kind: "quote", cls: `quote ${quote.kind}`, start: quote.start, end: quote.end, lines,
      summary: `${lines[1][1]}, ${quote.kind}` });
  }
  const speakers = new Map();
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker;
    if (!speaker || speaker.start === null || speaker.start === undefined) continue;
    const key = `${speaker.start}:${speaker.end}`;
    const known = speakers.get(key);
    if (known) known.lines[0][1] += `, ${quote.id}`;
    else speakers.set(key, { id: `S${speakers.size + 1}`, kind: "speaker", cls: "speaker", start: speaker.start,
      end: speaker.end, lines: [["Speaker of", quote.id], ["Name", speaker.name || speaker.text]] });
  }
  marks.push(...speakers.values());
  for (const event of analysis.events) {
    if (!event.trigger) continue;
    marks.push({ id: event.id, kind: "event", cls: `event quad-${event.quad_class}`, start: event.trigger.start,
      end: event.trigger.end, lines: eventLines(event),
      summary: `CAMEO ${event.cameo}: ${actorNames(event.source)} → ${actorNames(event.target)}` });
  }
  return marks;
}

// The text with a <mark> for each mark. Offsets count code points, as Python does, so the text is cut as an array
// of code points. Marks nest (a trigger inside a quote); a mark that crosses the end of one it began inside is cut
// there and continued, each piece saying in data-start/data-end which part of the text it holds.
function highlighted(text, marks) {
  const chars = Array.from(text);
  const usable = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= chars.length)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const cuts = [...new Set([0, chars.length, ...usable.flatMap((m) => [m.start, m.end])])].sort((x, y) => x - y);
  const root = el("div", { id: "article-text", class: "article-text" });
  const open = [];
  const close = (entry, at) => {
    entry.node.dataset.end = at;
    if (entry.start !== entry.mark.start || at !== entry.mark.end) entry.node.classList.add("part");
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = usable.filter((m) => m.start <= from && to <= m.end);
    let kept = 0;
    while (kept < open.length && kept < covering.length && open[kept].mark === covering[kept]) kept++;
    while (open.length > kept) close(open.pop(), from);
    for (const mark of covering.slice(kept)) {
      const node = el("mark", { class: `mark ${mark.cls}`, "data-mark": mark.id, "data-kind": mark.kind,
        "data-start": from, title: asTitle(mark.lines), tabindex: 0 });
      (open.length ? open[open.length - 1].node : root).append(node);
      open.push({ mark, node, start: from });
    }
    (open.length ? open[open.length - 1].node : root).append(chars.slice(from, to).join(""));
  }
  while (open.length) close(open.pop(), chars.length);
  return root;
}

// A page saved with its markup as text can carry dozens of warnings ("stray markup masked at …"): a box each pushed
// the article below the fold, so more than a couple are one box, opened on demand.
const WARNINGS_SHOWN = 2;

function warningsOf(warnings) {
  if (warnings.length <= WARNINGS_SHOWN) return warnings.map((warning) => el("p", { class: "warning" }, warning));
  return el("details", { class: "warning warnings" },
    el("summary", {}, `${warnings.length} warnings about this text`),
    el("ul", {}, warnings.map((warning) => el("li", {}, warning))));
}

async function articleView(id, selected) {
  const analysis = await api(`/api/articles/${idPath(id)}`);
  const marks = marksOf(analysis);
  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  const detail = el("div", { id: "detail", class: "detail" }, el("p", { class: "hint" },
    "Hover over a highlight for its details; click it to keep them here."));
  const text = highlighted(analysis.text, marks);
  const select = (markId) => {
    const mark = byId.get(markId);
    if (!mark) return;
    for (const node of text.querySelectorAll(".selected")) node.classList.remove("selected");
    const nodes = text.querySelectorAll(`[data-mark="${CSS.escape(markId)}"]`);
    for (const node of nodes) node.classList.add("selected");
    detail.replaceChildren(el("dl", {}, mark.lines.map(([key, value]) => [el("dt", {}, key), el("dd", {}, value)])));
    if (nodes.length) nodes[0].scrollIntoView({ block: "nearest" });
  };
  const pick = (event) => {
    const node = event.target.closest("[data-mark]");
    if (node && (event.type === "click" || event.key === "Enter")) select(node.dataset.mark);
  };
  text.addEventListener("click", pick);
  text.addEventListener("keydown", pick);
  const listOf = (items) => el("ul", { class: "mark-list" }, items.map((item) =>
    el("li", {}, el("button", { type: "button", class: `chip ${item.kind}`, onclick: () => select(item.id) }, item.id),
      " ", item.summary)));
  const quotes = marks.filter((m) => m.kind === "quote");
  const events = marks.filter((m) => m.kind === "event");
  const section = el("article", { class: "article", "data-id": analysis.id },
    el("h1", {}, analysis.title || analysis.id),
    // An id that is the article's address (a WARC page, a feed item) is the link below, not also a line of text.
    meta(analysis.published, (analysis.source_chain || []).join(" → "), analysis.author,
      analysis.id !== analysis.url ? analysis.id : null),
    analysis.url ? el("p", { class: "url" }, el("a", { href: analysis.url, rel: "noopener noreferrer" }, analysis.url)) : null,
    warningsOf(analysis.warnings || []),
    el("p", { class: "legend" }, el("mark", { class: "mark quote direct" }, "quote"), " ",
      el("mark", { class: "mark speaker" }, "speaker"), " ", el("mark", { class: "mark event quad-1" }, "cooperation"), " ",
      el("mark", { class: "mark event quad-4" }, "conflict event")),
    el("div", { class: "article-body" }, text,
      el("aside", {}, detail,
        el("h2", {}, plural(quotes.length, "quote")),
        listOf(quotes),
        el("h2", {}, plural(events.length, "event")),
        listOf(events))));
  if (selected) requestAnimationFrame(() => select(selected));
  return section;
}

// -- dyads --------------------------------------------------------------------------------------------------------

async function dyadView(params) {
  const a = params.get("a") || "RUS";
  const b = params.get("b") || "PRK";
  const by = params.get("by") || "month";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  const exact = params.get("exact") === "1";
  const form = el("form", { class: "filters", onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/dyad${query(formValues(event.target))}`;
  } },
  el("label", {}, "A ", el("input", { name: "a", value: a, size: 14, required: true })),
  el("label", {}, "B ", el("input", { name: "b", value: b, size: 14, required: true })),
  el("label", {}, "By ", el("select", { name: "by" }, ["day", "week", "month", "year"].map((period) =>
    el("option", { value: period, selected: period === by }, period)))),
  el("label", {}, "Since ", el("input", { name: "since", value: since, size: 10, placeholder: "YYYY-MM-DD" })),
  el("label", {}, "Until ", el("input", { name: "until", value: until, size: 10, placeholder: "YYYY-MM-DD" })),
  el("label", { title: "The codes alone, first on each side, as the network joins them" },
    el("input", { type: "checkbox", name: "exact", value: "1", checked: exact }), " exact codes"),
  el("button", { type: "submit" }, "Show"));
  const asked = { a, b, by, since, until, exact: exact ? "1" : "" };
  const [dyad, chart] = await Promise.all([api("/api/dyads", asked), chartSvg(asked)]);
  const columns = ["period", "events", "goldstein_sum", "goldstein_mean", "verbal_cooperation", "material_cooperation",
    "verbal_conflict", "material_conflict"];
  const table = el("table", { class: "dyad-table" },
    el("thead", {}, el("tr", {}, columns.map((column) => el("th", {}, column.replace("_", " "))), el("th", {}, "evidence"))),
    el("tbody", {}, dyad.periods.map((row) => el("tr", { "data-period": row.period },
      columns.map((column) => el("td", {}, row[column] ?? "")),
      el("td", {}, el("ul", {}, (row.evidence || []).map((sentence) => el("li", {}, sentence))))))));
  const span = since || until ? `, ${since || "…"} to ${until || "…"}` : "";
  return el("section", { class: "dyad" }, el("h1", {}, `${a} and ${b}${exact ? " (exact codes)" : ""}, by ${by}${span}`),
    el("p", { class: "hint" }, "Codes (RUS is Russia in every sector, RUSGOV its government) or names (Russia, Pyongyang, Donald Trump, or Trump alone)."),
    form,
    dyad.periods.length ? [el("div", { id: "dyad-chart", class: "chart" }, chart), table]
      : el("p", { class: "empty" }, dyad.note || `No dated events between ${a} and ${b}.`),
    leftOut(dyad));
}

// The events between the two that no period holds (undated, or a year alone by month): without this line the
// timeline counted fewer events than the Events view, and nothing said why.
function leftOut(dyad) {
  const parts = [dyad.undated ? `${dyad.undated} undated` : "",
    dyad.less_precise ? `${dyad.less_precise} dated less precisely than a ${dyad.by}` : ""].filter(Boolean);
  if (!parts.length) return null;
  return el("p", { class: "hint left-out" },
    `${plural(dyad.undated + dyad.less_precise, "event")} between ${dyad.a} and ${dyad.b} in no ${dyad.by}: ${parts.join(" and ")}.`);
}

async function chartSvg(params) {
  const response = await fetch(`/api/dyads/chart.svg${query(params)}`);
  const body = await response.text();
  if (!response.ok) throw new Error(JSON.parse(body).error);
  const parsed = new DOMParser().parseFromString(body, "image/svg+xml").documentElement;
  if (parsed.namespaceURI !== SVG_NS || parsed.localName !== "svg") throw new Error("the chart could not be read");
  return document.importNode(parsed, true);
}

// -- network ------------------------------------------------------------------------------------------------------

async function networkView() {
  const data = await api("/api/network", { limit: 30 });
  if (!data.pairs.length) return el("p", { class: "empty" }, "No events with both a source and a target yet.");
  return el("section", { class: "network" }, el("h1", {}, `The ${plural(data.pairs.length, "most active pair")}`),
    el("p", { class: "hint" }, "Line width: events between the two (either direction); blue: cooperation on "
      + "balance (Goldstein sum ≥ 0), red: conflict. Click a line for the pair's timeline."),
    networkSvg(data));
}

// Each label stands outside the circle along its node's radius, read left to right on either side: written
// across, as before, the labels of the busiest actors (placed side by side at the top) ran over their neighbours.
const LABEL_CHARACTERS = 24;

function networkSvg(data) {
  const [width, height] = [960, 840];
  const [cx, cy] = [width / 2, height / 2];
  const radius = cy - 195; // room outside the circle for a label of LABEL_CHARACTERS (12 px type)
  const actors = [...data.actors].sort((x, y) => y.events - x.events || x.code.localeCompare(y.code));
  const most = Math.max(1, ...data.pairs.map((pair) => pair.events));
  const busiest = Math.max(1, ...actors.map((actor) => actor.events));
  const place = new Map(actors.map((actor, i) => {
    const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
    return [actor.code, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle }];
  }));
  const edges = data.pairs.map((pair) => {
    const [p, q] = [place.get(pair.a), place.get(pair.b)];
    const tone = pair.goldstein_sum >= 0 ? "cooperation" : "conflict";
    return svg("line", { class: `network-edge ${tone}`, x1: p.x, y1: p.y, x2: q.x, y2: q.y, "data-a": pair.a,
      "data-b": pair.b, "data-events": pair.events, "stroke-width": (1.5 + 8 * Math.sqrt(pair.events / most)).toFixed(1),
      onclick: () => { location.hash = `#/dyad${query({ a: pair.a, b: pair.b, by: "month", exact: "1" })}`; } },
    svg("title", {}, `${pair.a} – ${pair.b}: ${plural(pair.events, "event")}, Goldstein sum ${pair.goldstein_sum}`));
  });
  const nodes = actors.map((actor) => {
    const { x, y, angle } = place.get(actor.code);
    const size = 5 + 9 * Math.sqrt(actor.events / busiest);
    const right = Math.cos(angle) >= -1e-9;
    const label = actor.label && actor.label !== actor.code ? `${actor.code} ${actor.label}` : actor.code;
    const shown = label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1)}…` : label;
    const [lx, ly] = [x + (size + 6) * Math.cos(angle), y + (size + 6) * Math.sin(angle)];
    const turn = (angle * 180) / Math.PI + (right ? 0 : 180);
    return svg("g", { class: "network-node", "data-code": actor.code },
      svg("circle", { cx: x, cy: y, r: size.toFixed(1) }),
      svg("text", { x: lx.toFixed(1), y: ly.toFixed(1), dy: "0.35em", "text-anchor": right ? "start" : "end",
        transform: `rotate(${turn.toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})` }, shown),
      svg("title", {}, `${label}: ${plural(actor.events, "event")} in these pairs`));
  });
  return svg("svg", { class: "network-graph", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Actor network of the most active pairs" }, edges, nodes);
}

// -- quotes -------------------------------------------------------------------------------------------------------

async function quotesView(params) {
  const filters = { speaker: params.get("speaker"), text: params.get("text"), since: params.get("since"),
    until: params.get("until"), outlet: params.get("outlet"), class: params.get("class"), via: params.get("via") };
  const [{ actors }, { quotes, note, speakers: named }] = await Promise.all([
    api("/api/actors", { limit: 500, by: "quotes" }), api("/api/quotes", { ...filters, limit: 200 })]);
  // A name several actors answer to ("Clinton"): each of them, to follow one alone.
  const several = named ? el("p", { class: "hint several" }, `“${filters.speaker}” names ${named.length} speakers: `,
    ...named.flatMap((actor, i) => [i ? " · " : "", el("a", { href: `#/quotes${query({ ...filters,
      speaker: actor.actor_id })}` }, actor.speaker), ` ${actor.quotes}`])) : null;
  const speakers = actors.filter((actor) => actor.quotes > 0).sort((x, y) => y.quotes - x.quotes || x.name.localeCompare(y.name));
  const form = el("form", { class: "filters", onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/quotes${query(formValues(event.target))}`;
  } },
  el("label", {}, "Speaker ", el("input", { name: "speaker", value: filters.speaker || "", size: 18 })),
  el("label", {}, "Words ", el("input", { name: "text", value: filters.text || "", size: 18 })),
  el("label", {}, "Since ", el("input", { name: "since", type: "date", value: filters.since || "" })),
  el("label", {}, "Until ", el("input", { name: "until", type: "date", value: filters.until || "" })),
  el("label", {}, "Outlet ", el("input", { name: "outlet", value: filters.outlet || "", size: 14 })),
  el("label", {}, "Via ", el("input", { name: "via", value: filters.via || "", size: 10 })),
  el("label", {}, "Class ", el("input", { name: "class", value: filters.class || "", size: 8 })),
  el("button", { type: "submit" }, "Find"));
  const list = quotes.length ? el("ol", { class: "quote-list" }, quotes.map((quote) =>
    el("li", { class: `quote-item ${quote.kind}`, "data-speaker": quote.speaker || "" },
      el("blockquote", {}, quote.text),
      el("div", { class: "who" }, `— ${quote.speaker || "unknown speaker"}`, quote.cue ? ` (${quote.cue})` : ""),
      meta(quote.published, quote.outlet, quote.kind, quote.class && quote.class !== "speech" ? quote.class : null,
        (quote.via || []).length ? `via ${quote.via.join(", ")}` : null, quote.headline ? "in the headline" : null),
      articleLink(quote.article_id, `in ${quote.article_id}`, quote.id))))
    : el("p", { class: "empty" }, note || "No quotes.");
  return el("section", { class: "quotes" }, el("h1", {}, "Quotes by speaker"), form,
    el("div", { class: "columns" },
      el("ul", { class: "speaker-list", "aria-label": "Most quoted" }, speakers.map((actor) =>
        // By its actor id: the count beside the name is that actor's quotes, and a name given as a filter also finds
        // every other actor one of whose names holds it ("Donald Trump" finds Donald Trump Jr.).
        el("li", {}, el("a", { href: `#/quotes${query({ speaker: actor.actor_id })}`, title: actor.actor_id,
          class: actor.actor_id === filters.speaker ? "current" : null }, actor.name), ` ${actor.quotes}`))),
      el("div", {}, several, el("p", { class: "hint" }, `${plural(quotes.length, "quote")}${quotes.length === 200 ? " (the first 200)" : ""}`),
        list)));
}

// -- start --------------------------------------------------------------------------------------------------------

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  location.hash = `#/${query({ q })}`;
});
window.addEventListener("hashchange", route);
route();

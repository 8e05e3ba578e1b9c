// dyad dashboard: plain JavaScript, no dependencies, no build step.
"use strict";

// CAMEO event roots (CAMEO manual, chapter 2).
const ROOTS = {
  "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
  "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
  "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
  "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
  "19": "Fight", "20": "Use unconventional mass violence",
};
const QUADS = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
const PAGE = 50;
const FILTERS = ["country", "actor", "root", "code", "from", "to", "q"];
const DAY = 86400000;

const $ = (id) => document.getElementById(id);
const form = $("filters");
let offset = 0;
let total = 0;
let selectedRow = null;

// el builds an element; attributes whose name starts with "on" are listeners.
// Children are nodes or strings (always inserted as text, never as HTML).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids.flat()) if (k != null && k !== "") e.append(k instanceof Node ? k : String(k));
  return e;
}

function svg(tag, attrs, ...kids) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k);
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new Error(body && body.error ? body.error : `${r.status} ${r.statusText}`);
  return body;
}

function showError(msg) {
  $("error").textContent = msg || "";
  $("error").hidden = !msg;
}

function filterParams() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  return p;
}

function rootName(root) { return ROOTS[root] || "?"; }

function truncate(s, n) { return s && s.length > n ? s.slice(0, n - 1) + "…" : s || ""; }

// ---- search: chart and table ----

async function search() {
  const p = filterParams();
  const url = new URL(location.href);
  url.search = p.toString();
  if (offset) url.searchParams.set("offset", offset);
  history.replaceState(null, "", url);
  const ep = new URLSearchParams(p);
  ep.set("limit", PAGE);
  ep.set("offset", offset);
  try {
    const [events, counts] = await Promise.all([getJSON("api/events?" + ep), getJSON("api/counts?" + p)]);
    showError("");
    renderEvents(events);
    renderChart(counts);
  } catch (err) {
    showError(err.message);
  }
}

function actorCell(a) {
  if (!a) return el("td", null, "—");
  return el("td", { class: a.known ? null : "unknown-actor", title: a.name || null },
    a.text || a.name || "?", " ", el("span", { class: "code" }, a.code || "?"));
}

function renderEvents(resp) {
  total = resp.total;
  const body = $("events").tBodies[0];
  body.replaceChildren();
  for (const e of resp.events) {
    const row = el("tr", { tabindex: 0 },
      el("td", { class: "date", title: e.date_precision || null }, e.date || "—"),
      actorCell(e.source),
      el("td", { title: e.evidence ? `${e.evidence.pattern}: “${e.evidence.trigger}”` : null },
        el("span", { class: `quad q${e.quad}`, title: QUADS[e.quad] || null }),
        e.negated ? "not " : "", rootName(e.root), " ", el("span", { class: "code" }, e.cameo),
        e.plover ? el("span", { class: "code" }, " " + e.plover) : ""),
      actorCell(e.target),
      el("td", null, e.place ? e.place.name : ""),
      el("td", { class: "snippet" }, truncate(e.evidence && e.evidence.sentence_text, 160)));
    const open = () => {
      if (selectedRow) selectedRow.classList.remove("selected");
      selectedRow = row;
      row.classList.add("selected");
      openArticle(e);
    };
    row.addEventListener("click", open);
    row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    body.append(row);
  }
  $("total").textContent = `(${total.toLocaleString()})`;
  const first = resp.events.length ? offset + 1 : 0;
  $("page").textContent = `${first.toLocaleString()}–${(offset + resp.events.length).toLocaleString()} of ${total.toLocaleString()}`;
  $("prev").disabled = offset === 0;
  $("next").disabled = offset + PAGE >= total;
}

function addDays(d, n) { return new Date(Date.parse(d + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10); }

function renderChart(resp) {
  const chart = $("chart");
  chart.replaceChildren();
  const dated = resp.counts.filter((c) => /^\d{4}-\d\d-\d\d$/.test(c.date));
  const undated = resp.counts.reduce((n, c) => n + (dated.includes(c) ? 0 : c.count), 0);
  const notes = [];
  if (undated) notes.push(`${undated.toLocaleString()} undated`);
  if (resp.partial) notes.push("partial: too many events to count");
  $("chart-note").textContent = notes.length ? `(${notes.join("; ")})` : "";
  if (!dated.length) {
    chart.append(el("p", { class: "hint" }, "No dated events."));
    return;
  }
  // Buckets: days, or months when the range is long.
  const minDate = dated[0].date, maxDate = dated[dated.length - 1].date;
  const days = Math.round((Date.parse(maxDate) - Date.parse(minDate)) / DAY) + 1;
  const byMonth = days > 180;
  const keyOf = (d) => (byMonth ? d.slice(0, 7) : d);
  const keys = [];
  if (byMonth) {
    let [y, m] = minDate.split("-").map(Number);
    for (;;) {
      const k = `${y}-${String(m).padStart(2, "0")}`;
      keys.push(k);
      if (k >= maxDate.slice(0, 7)) break;
      if (++m > 12) { m = 1; y++; }
    }
  } else {
    for (let d = minDate; d <= maxDate; d = addDays(d, 1)) keys.push(d);
  }
  const buckets = new Map(keys.map((k) => [k, [0, 0, 0, 0, 0]]));
  for (const c of dated) {
    const b = buckets.get(keyOf(c.date));
    if (b && c.quad >= 1 && c.quad <= 4) b[c.quad] += c.count;
  }
  let max = 1;
  for (const b of buckets.values()) max = Math.max(max, b[1] + b[2] + b[3] + b[4]);
  const W = 800, H = 160, left = 34, bottom = 18, top = 6;
  const bw = (W - left) / keys.length;
  const y = (n) => ((H - bottom - top) * n) / max;
  const s = svg("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img",
    "aria-label": "Events by day and QuadClass" });
  s.append(svg("text", { x: 0, y: top + 8 }, String(max)), svg("text", { x: 0, y: H - bottom }, "0"),
    svg("line", { x1: left, x2: W, y1: H - bottom, y2: H - bottom, stroke: "#ccc" }));
  keys.forEach((k, i) => {
    const b = buckets.get(k);
    let base = H - bottom;
    const from = byMonth ? k + "-01" : k;
    const to = byMonth ? addDays(addMonth(k) + "-01", -1) : k;
    for (let q = 1; q <= 4; q++) {
      if (!b[q]) continue;
      const h = y(b[q]);
      base -= h;
      s.append(svg("rect", {
        class: `bar q${q}`, x: left + i * bw + bw * 0.1, width: Math.max(bw * 0.8, 0.5), y: base, height: h,
        onclick: () => { form.elements.from.value = from; form.elements.to.value = to; offset = 0; search(); },
      }, svg("title", {}, `${k} · ${QUADS[q]}: ${b[q]}`)));
    }
  });
  const label = (i, anchor) => svg("text", { x: left + i * bw + bw / 2, y: H - 4, "text-anchor": anchor }, keys[i]);
  s.append(label(0, "start"));
  if (keys.length > 1) s.append(label(keys.length - 1, "end"));
  chart.append(s);
}

function addMonth(ym) {
  let [y, m] = ym.split("-").map(Number);
  if (++m > 12) { m = 1; y++; }
  return `${y}-${String(m).padStart(2, "0")}`;
}

// ---- the article panel ----

// utf16Index maps each UTF-8 byte offset of text to a UTF-16 index: dyad's
// spans are byte offsets, JavaScript strings count UTF-16 code units.
function utf16Index(text) {
  const map = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) map.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  map.push(text.length);
  return map;
}

// sameEvent tells whether two event objects are the same event of an article.
function sameEvent(x, y) {
  return x.sentence === y.sentence && x.cameo === y.cameo && JSON.stringify(x.evidence) === JSON.stringify(y.evidence) &&
    JSON.stringify(x.source) === JSON.stringify(y.source) && JSON.stringify(x.target) === JSON.stringify(y.target);
}

// openArticle shows the article of event e (or of article id with its
// event number n, from a link) with the event highlighted.
async function openArticle(e, id, n) {
  try {
    const c = await getJSON("api/articles/" + encodeURIComponent(e ? e.article_id : id));
    showError("");
    const events = c.events || [];
    const i = e ? events.findIndex((x) => sameEvent(x, e)) : Math.min(Math.max(0, n | 0), events.length - 1);
    renderArticle(c, e || events[i] || null, i);
  } catch (err) {
    showError(err.message);
  }
}

function describe(e) {
  const who = (a) => (a ? `${a.text || a.name || "?"} (${a.code || "?"})` : "—");
  return `${who(e.source)} → ${e.negated ? "not " : ""}${rootName(e.root)} ${e.cameo}` +
    `${e.plover ? " / " + e.plover : ""} → ${who(e.target)}` +
    `${e.date ? " · " + e.date : ""}${e.place ? " · " + e.place.name : ""}` +
    `${e.modality && e.modality !== "asserted" ? " · " + e.modality : ""}`;
}

// renderArticle shows article c with event ev (its i-th, or null) highlighted.
function renderArticle(c, ev, i) {
  const a = c.article;
  $("article").hidden = false;
  const link = new URL(location.href);
  link.hash = new URLSearchParams({ a: a.id, e: i >= 0 ? i : 0 }).toString();
  history.replaceState(null, "", link);
  $("a-title").textContent = a.title || a.id;
  const meta = [a.published, a.site, a.author].filter(Boolean).join(" · ");
  const source = /^https?:\/\//i.test(a.url || "") ?
    el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, "source") : null;
  $("a-meta").replaceChildren(meta, meta && source ? " · " : "", source || "");
  $("a-event").replaceChildren(...(ev ? [el("strong", null, describe(ev)),
    ev.evidence && ev.evidence.pattern ? el("span", { class: "code" }, ` [${ev.evidence.pattern}]`) : ""] : []));

  // Marks, as byte spans with a class.
  const marks = [];
  const add = (span, cls) => { if (span && span[1] > span[0]) marks.push([span[0], span[1], cls]); };
  const sent = ev && (c.sentences || []).find((s) => s.index === ev.sentence);
  if (sent) add([sent.start, sent.end], "sentence");
  for (const q of c.quotes || []) add(q.span, "quote");
  if (ev && ev.source) add(ev.source.span, "source");
  if (ev && ev.target) add(ev.target.span, "target");
  if (ev && ev.evidence) add(ev.evidence.trigger_span, "trigger");

  const text = (a.paragraphs || []).join("\n");
  const u = utf16Index(text);
  const at = (b) => u[Math.max(0, Math.min(b, u.length - 1))];
  const umarks = marks.map(([s, e, cls]) => [at(s), at(e), cls]);
  const box = $("a-text");
  box.replaceChildren();
  let pstart = 0;
  for (const p of a.paragraphs || []) {
    const pend = pstart + p.length;
    const cuts = new Set([pstart, pend]);
    for (const [s, e] of umarks) {
      if (s > pstart && s < pend) cuts.add(s);
      if (e > pstart && e < pend) cuts.add(e);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const para = el("p");
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const cls = umarks.filter(([ms, me]) => ms <= s && me >= e).map((m) => m[2]);
      const t = text.slice(s, e);
      para.append(cls.length ? el("mark", { class: cls.join(" ") }, t) : t);
    }
    box.append(para);
    pstart = pend + 1; // the "\n"
  }

  $("a-events").replaceChildren(...(c.events || []).map((e, j) => el("li", {
    class: j === i ? "current" : null,
    onclick: () => renderArticle(c, e, j),
  }, describe(e))));
  const quotes = (c.quotes || []).map((q) => el("li", null, `“${q.text}”`,
    q.partial ? " (partial)" : "", " — ",
    q.speaker ? el("span", { class: q.speaker.known ? null : "unknown-actor" },
      q.speaker.text || q.speaker.name, q.speaker.code ? ` (${q.speaker.code})` : "") : "unattributed"));
  $("a-quotes").replaceChildren(...(quotes.length ? quotes : [el("li", { class: "hint" }, "none")]));
  const t = c.tone || {};
  $("a-tone").textContent = t.word_count ?
    `Tone ${t.tone.toFixed(2)} (positive ${t.positive.toFixed(1)}%, negative ${t.negative.toFixed(1)}%), ${t.word_count} words` : "";
  const first = box.querySelector("mark.trigger, mark.source, mark.sentence");
  if (first) first.scrollIntoView({ block: "nearest" });
  $("article").scrollIntoView({ block: "nearest" });
}

// ---- side lists ----

async function loadStats() {
  try {
    const s = await getJSON("api/stats");
    $("stats").textContent = `${s.articles.toLocaleString()} articles · ${s.sentences.toLocaleString()} sentences · ${s.events.toLocaleString()} events`;
  } catch (err) {
    showError(err.message);
  }
}

async function loadUnknown() {
  try {
    const r = await getJSON("api/actors/unknown?limit=25");
    $("unknown-list").replaceChildren(...r.actors.map((a) => el("li", {
      title: "Search for this name",
      onclick: () => { form.reset(); form.elements.q.value = `"${a.name.replaceAll('"', " ")}"`; offset = 0; search(); },
    }, a.name, " ", el("span", { class: "count" }, `×${a.count}`))));
    if (!r.actors.length) $("unknown-list").append(el("li", { class: "hint" }, "none"));
  } catch (err) {
    showError(err.message);
  }
}

// ---- start ----

function init() {
  $("legend").replaceChildren(...Object.entries(QUADS).map(([q, name]) => el("span", null, el("i", { class: `q${q}` }), name)));
  const root = $("root");
  for (const [code, name] of Object.entries(ROOTS)) root.append(el("option", { value: code }, `${code} ${name}`));
  const p = new URLSearchParams(location.search);
  for (const name of FILTERS) if (p.has(name)) form.elements[name].value = p.get(name);
  offset = Math.max(0, parseInt(p.get("offset"), 10) || 0);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); offset = 0; search(); });
  form.addEventListener("reset", () => setTimeout(() => { offset = 0; search(); }));
  $("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); search(); });
  $("next").addEventListener("click", () => { if (offset + PAGE < total) { offset += PAGE; search(); } });
  $("close").addEventListener("click", () => {
    $("article").hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
  });
  const h = new URLSearchParams(location.hash.slice(1));
  if (h.get("a")) openArticle(null, h.get("a"), parseInt(h.get("e"), 10) || 0);
  loadStats();
  loadUnknown();
  search();
}

init();

// Dyad page: actor search, Plotly chart with phases and clickable turn markers, evidence.
"use strict";
(function () {
  const form = document.getElementById("dyad-form");
  const inputs = {a: document.getElementById("actor-a"), b: document.getElementById("actor-b")};
  let current = null;

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  for (const side of ["a", "b"]) {
    const list = document.getElementById("actors-" + side);
    const search = debounce(async () => {
      try {
        const data = await api("/api/actors?" + new URLSearchParams({q: inputs[side].value, limit: 12}));
        clear(list);
        for (const actor of data.actors) {
          list.append(el("option", {value: actor.code, text: actor.name + " (" + actor.mentions + " mentions)"}));
        }
      } catch (e) { /* suggestions are optional */ }
    }, 150);
    inputs[side].addEventListener("input", search);
    inputs[side].addEventListener("focus", search);
  }

  function periodEnd(period, freq) {
    const d = new Date(period + "T00:00:00Z");
    if (freq === "week") d.setUTCDate(d.getUTCDate() + 6);
    else if (freq === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
    return d.toISOString().slice(0, 10);
  }

  function showEvidence(title, items) {
    document.getElementById("evidence-title").textContent = title;
    const box = document.getElementById("evidence");
    clear(box);
    box.append(items.length ? evidenceTable(items) : el("p", {className: "empty", text: "No events."}));
  }

  // kind: "turns" (reported) or "possible_turns" (below the report threshold)
  function showTurn(kind, index) {
    const t = current[kind][index];
    showEvidence("Evidence for the " + (kind === "turns" ? "turn " : "possible turn ") +
                 t.direction.replace("_", " ") + " around " + t.date +
                 " (p=" + t.probability.toFixed(2) + ")", t.evidence);
    document.querySelectorAll(".turn").forEach((n) =>
      n.classList.toggle("selected", n.dataset.kind === kind && n.dataset.index === String(index)));
  }

  function turnBox(t, i, kind) {
    const possible = kind === "possible_turns";
    return el("div", {className: "turn " + (possible ? "possible " : "") + t.direction, tabindex: "0",
      role: "button", "data-kind": kind, "data-index": String(i),
      onclick: () => showTurn(kind, i), onkeydown: (ev) => { if (ev.key === "Enter") showTurn(kind, i); }}, [
      possible ? "possible turn " : "",
      el("strong", {text: t.direction.replace("_", " ")}),
      " around " + t.date + " (" + t.start + " – " + t.end + "), probability ",
      el(possible ? "span" : "strong", {className: "probability", text: t.probability.toFixed(2)}),
      el("br"), "before: " + t.before.label + ", mean Goldstein " + t.before.mean_goldstein +
      "; after: " + t.after.label + ", mean Goldstein " + t.after.mean_goldstein,
    ]);
  }

  async function showPeriod(period) {
    const params = new URLSearchParams({actor: current.a, target: current.b, both: "true",
      since: period, until: periodEnd(period, current.freq), per_page: 50});
    try {
      const data = await api("/api/events?" + params);
      showEvidence("Events " + params.get("since") + " – " + params.get("until") +
                   " (" + data.total + ")", data.items);
    } catch (e) { setStatus(e.message, true); }
  }

  function render(data) {
    current = data;
    document.getElementById("dyad-title").textContent = data.a_name + " – " + data.b_name +
      " (" + data.a + "–" + data.b + ", by " + data.freq + ")";
    const phases = document.getElementById("phases");
    clear(phases);
    data.phases.forEach((p, i) => {
      if (i) phases.append(" → ");
      phases.append(el("span", {className: "phase " + p.label, text: p.label + " " + p.start + " – " + p.end}));
    });
    const turns = document.getElementById("turns");
    clear(turns);
    const floor = data.min_probability.toFixed(3).replace(/0$/, "");  // 0.90, 0.995
    data.turns.forEach((t, i) => turns.append(turnBox(t, i, "turns")));
    if (!data.turns.length) turns.append(el("p", {className: "empty", text: "No turning point with probability ≥ " + floor + "."}));
    const possible = document.getElementById("possible-turns");
    clear(possible);
    if (data.possible_turns.length) {
      possible.append(el("h3", {text: "Possible turns"}), el("p", {className: "sub",
        text: "Below the " + floor + " at which a turn is reported (open markers, dashed lines): not reported, phases do not break at them."}));
      data.possible_turns.forEach((t, i) => possible.append(turnBox(t, i, "possible_turns")));
    }
    const chart = document.getElementById("chart");
    Plotly.newPlot(chart, data.figure.data, data.figure.layout, {displaylogo: false, responsive: true});
    chart.on("plotly_click", (ev) => {
      const turn = ev.points.find((p) => p.data.name === "turning points");
      const maybe = ev.points.find((p) => p.data.name === "possible turns");
      if (turn) showTurn("turns", turn.customdata);
      else if (maybe) showTurn("possible_turns", maybe.customdata);
      else if (ev.points.length) showPeriod(ev.points[0].x);
    });
    chart.dataset.turns = String(data.turns.length);
    chart.dataset.possibleTurns = String(data.possible_turns.length);
    chart.dataset.ready = "1";
  }

  async function load() {
    const params = formParams(form, ["a", "b", "since", "until", "freq"]);
    const floor = new URLSearchParams(location.search).get("min_probability");
    if (floor) params.set("min_probability", floor);  // a lower report threshold, from the URL
    await loadPage("/dyad", params, "Loading…", render);
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  const query = new URLSearchParams(location.search);
  for (const name of ["since", "until", "freq"]) if (query.get(name)) form.elements[name].value = query.get(name);
  if (inputs.a.value && inputs.b.value) load();
})();

// Brief page: the analyst's brief from /api/brief (summary, chart, turns, signal chain,
// third parties, silences). Store text is only ever set with textContent.
"use strict";
(function () {
  const form = document.getElementById("brief-form");

  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }

  function evidence(item) {
    const url = safeUrl(item.url);
    const doc = url ? el("a", {href: url, rel: "noopener noreferrer", text: item.doc_id})
                    : el("span", {className: "doc", text: item.doc_id});
    const cell = el("td", {}, [doc]);
    if (item.title) cell.append(el("div", {className: "sub", text: item.title}));
    return cell;
  }

  function table(id, headers, rows, empty) {
    const box = document.getElementById(id);
    clear(box);
    if (!rows.length) { box.append(el("p", {className: "empty", text: empty})); return; }
    box.append(el("table", {className: id}, [
      el("thead", {}, [el("tr", {}, headers.map((h) => el("th", {text: h})))]),
      el("tbody", {}, rows),
    ]));
  }

  function signed(x) { return (x > 0 ? "+" : "") + Number(x).toFixed(1); }

  function render(data) {
    document.getElementById("brief-title").textContent = data.a_name + " – " + data.b_name +
      " (" + data.a + "–" + data.b + "), as of " + data.as_of;
    document.getElementById("summary").textContent = data.summary;
    const phases = document.getElementById("phases");
    clear(phases);
    data.phases.forEach((p, i) => {
      if (i) phases.append(" → ");
      phases.append(el("span", {className: "phase " + p.label, text: p.label + " " + p.start + " – " + p.end}));
    });
    const turns = document.getElementById("turns");
    clear(turns);
    data.turns.slice().reverse().forEach((t, i) => {
      turns.append(el("div", {className: "turn " + t.direction}, [
        el("strong", {text: t.direction.replace("_", " ")}),
        " around " + t.date + " (" + t.start + " – " + t.end + "), probability ",
        el("strong", {className: "probability", text: t.probability.toFixed(2)}),
        i === 0 ? " — the latest" : "",
        el("br"), "before: " + t.before.label + ", mean Goldstein " + signed(t.before.mean_goldstein) +
        "; after: " + t.after.label + ", mean Goldstein " + signed(t.after.mean_goldstein),
      ]));
    });
    const floor = data.min_probability.toFixed(3).replace(/0$/, "");  // 0.90, 0.995
    if (!data.turns.length) turns.append(el("p", {className: "empty", text: "No turning point with probability ≥ " + floor + "."}));
    const possible = document.getElementById("possible-turns");
    clear(possible);
    data.possible_turns.slice().reverse().forEach((t) => {
      possible.append(el("div", {className: "turn possible " + t.direction}, [
        "possible turn ", el("strong", {text: t.direction.replace("_", " ")}),
        " around " + t.date + " (" + t.start + " – " + t.end + "), probability ",
        el("span", {className: "probability", text: t.probability.toFixed(2)}),
        ", below the " + floor + " at which a turn is reported",
        el("br"), "before: " + t.before.label + ", mean Goldstein " + signed(t.before.mean_goldstein) +
        "; after: " + t.after.label + ", mean Goldstein " + signed(t.after.mean_goldstein),
      ]));
    });

    document.getElementById("timeline-title").textContent = "Signal chain since " + data.signals_since;
    const chain = data.signals.map((s) => Object.assign({role: "signal"}, s))
      .concat(data.counter_signals.map((s) => Object.assign({role: "counter"}, s)))
      .sort((x, y) => (x.date + x.role < y.date + y.role ? -1 : 1));
    table("timeline", ["date", "role", "event", "Goldstein", "sentence", "evidence"], chain.map((s) =>
      el("tr", {className: "timeline-row " + s.role}, [
        el("td", {text: s.date}), el("td", {text: s.role}),
        el("td", {text: s.source + " → " + s.target + " " + s.cameo + " " + s.cameo_name}),
        el("td", {text: signed(s.goldstein)}), el("td", {text: s.sentence}), evidence(s),
      ])), "No asserted events between the two in this span.");

    const side = (s) => s.lean + ": " + s.coop + " cooperative, " + s.conflict + " conflictual, mean " + signed(s.mean_goldstein);
    table("triads", ["third party", "sides with", "toward " + data.a, "toward " + data.b], data.triads.map((t) =>
      el("tr", {className: "triad-row"}, [
        el("td", {text: t.name + " (" + t.third + ")"}), el("td", {text: t.sides_with || "–"}),
        el("td", {text: side(t.with_a)}), el("td", {text: side(t.with_b)}),
      ])), "No third party with events toward both (" + data.window.start + " – " + data.window.end + ").");

    document.getElementById("silences-title").textContent = "Silences (no answer within " + data.silence_days + " days)";
    table("silences", ["date", "from → to", "gesture", "days", "kind", "sentence", "evidence"], data.silences.map((s) =>
      el("tr", {className: "silence-row"}, [
        el("td", {text: s.date}), el("td", {text: s.from + " → " + s.to}),
        el("td", {text: s.cameo + " " + s.cameo_name}),
        el("td", {text: String(s.days_unanswered) + (s.answered ? " (answered " + s.answered + ")" : "")}),
        el("td", {text: s.kind}), el("td", {text: s.sentence}), evidence(s),
      ])), "No unanswered gesture.");

    const chart = document.getElementById("chart");
    Plotly.newPlot(chart, data.figure.data, data.figure.layout, {displaylogo: false, responsive: true});
    chart.dataset.ready = "1";
  }

  async function load() {
    const params = formParams(form, ["a", "b", "as_of"]);
    await loadPage("/brief", params, "Writing the brief…", render);
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  if (form.elements.a.value && form.elements.b.value) load();
})();

// Events page: filters in the URL, one page of mentions, downloads of the current filter.
"use strict";
(function () {
  const form = document.getElementById("events-form");
  const tbody = document.querySelector("#events tbody");
  let page = 1;

  async function load() {
    const params = formParams(form);
    document.getElementById("csv").href = "/api/events.csv?" + params;
    document.getElementById("jsonl").href = "/api/events.jsonl?" + params;
    const shown = new URLSearchParams(params);
    if (page > 1) shown.set("page", page);
    history.replaceState(null, "", "/events?" + shown);
    params.set("page", page);
    params.set("per_page", 50);
    try {
      const data = await api("/api/events?" + params);
      clear(tbody);
      for (const e of data.items) {
        const doc = el("td", {}, [el("span", {className: "doc", text: e.doc_id})]);
        if (e.title) doc.append(el("div", {className: "sub", text: e.title}));
        tbody.append(el("tr", {}, [
          el("td", {text: e.date}), el("td", {text: e.source || "-"}),
          el("td", {}, [el("code", {text: e.cameo})]), el("td", {text: e.target || "-"}),
          el("td", {text: e.quad_class}), el("td", {className: "num", text: e.goldstein}),
          el("td", {text: e.modality}), el("td", {}, [segmentsNode(e.segments)]), doc,
        ]));
      }
      setStatus(data.total + " mentions.");
      document.getElementById("page").textContent = "page " + data.page + " of " + Math.max(data.pages, 1);
      document.getElementById("prev").disabled = data.page <= 1;
      document.getElementById("next").disabled = data.page >= data.pages;
    } catch (e) { setStatus(e.message, true); }
  }

  const query = new URLSearchParams(location.search);
  for (const input of form.elements) if (input.name && query.get(input.name)) input.value = query.get(input.name);
  page = Math.max(parseInt(query.get("page") || "1", 10) || 1, 1);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); page = 1; load(); });
  document.getElementById("prev").addEventListener("click", () => { page -= 1; load(); });
  document.getElementById("next").addEventListener("click", () => { page += 1; load(); });
  load();
})();

// Shared helpers. Data from the store is untrusted: it is only ever set with textContent.
"use strict";

function el(tag, props, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "text") node.textContent = value == null ? "" : String(value);
    else if (key === "className") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children || []) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({credentials: "same-origin"}, options || {}));
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.status + " " + response.statusText;
    throw new Error(message);
  }
  return body;
}

function postJSON(path, data) {
  return api(path, {method: "POST", headers: {"content-type": "application/json"},
                    body: JSON.stringify(data)});
}

function segmentsNode(segments, className) {
  const node = el("span", {className: className || "sentence"});
  for (const seg of segments || []) {
    if (!seg.marks.length) node.append(document.createTextNode(seg.text));
    else node.append(el("mark", {className: "mark " + seg.marks.join(" "), text: seg.text}));
  }
  return node;
}

// The non-empty fields of ``form`` as URL parameters: the ``names`` given, else every named
// field.
function formParams(form, names) {
  const params = new URLSearchParams();
  const fields = names ? names.map((name) => form.elements[name]) : Array.from(form.elements);
  for (const input of fields) {
    if (input.name && input.value.trim()) params.set(input.name, input.value.trim());
  }
  return params;
}

// Load one page's answer from its API for the form's parameters, keeping the URL in step
// ("/dyad?a=USA&b=RUS" asks "/api/dyad?a=USA&b=RUS").
async function loadPage(page, params, busy, render) {
  history.replaceState(null, "", page + "?" + params);
  setStatus(busy);
  try {
    render(await api("/api" + page + "?" + params));
    setStatus("");
  } catch (e) { setStatus(e.message, true); }
}

function setStatus(message, isError) {
  const node = document.getElementById("status");
  if (!node) return;
  node.textContent = message || "";
  node.classList.toggle("error", !!isError);
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function evidenceTable(items) {
  const body = el("tbody");
  for (const e of items) {
    const doc = el("td", {}, [el("span", {className: "doc", text: e.doc_id})]);
    if (e.title) doc.append(el("div", {className: "sub", text: e.title}));
    body.append(el("tr", {className: "evidence-row"}, [
      el("td", {text: e.date}),
      el("td", {text: (e.source || "-") + " → " + (e.target || "-")}),
      el("td", {text: e.cameo + " (" + (e.goldstein > 0 ? "+" : "") + e.goldstein + ")"}),
      el("td", {text: e.modality}),
      el("td", {}, [segmentsNode(e.segments)]),
      doc,
    ]));
  }
  return el("table", {className: "evidence"}, [
    el("thead", {}, [el("tr", {}, ["date", "dyad", "code", "modality", "sentence", "document"]
      .map((h) => el("th", {text: h})))]), body]);
}

// Code text page: code a pasted or uploaded article, show events per sentence, add to store.
"use strict";
(function () {
  const form = document.getElementById("code-form");
  const addButton = document.getElementById("code-add");
  const text = document.getElementById("code-text");
  const MAX_BYTES = 5 * 1024 * 1024;
  let last = null;

  document.getElementById("code-date").value = new Date().toISOString().slice(0, 10);

  document.getElementById("code-file").addEventListener("change", (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    if (file.size > MAX_BYTES) { setStatus("File is larger than 5 MB.", true); return; }
    const reader = new FileReader();
    reader.onload = () => { text.value = reader.result; };
    reader.readAsText(file);
  });

  function body() {
    return {text: text.value, date: document.getElementById("code-date").value,
            title: document.getElementById("code-title").value};
  }

  function render(data) {
    const box = document.getElementById("sentences");
    clear(box);
    for (const s of data.sentences) {
      const block = el("div", {className: "coded-sentence" + (s.events.length ? "" : " quiet")});
      if (!s.events.length) block.append(el("p", {className: "sentence", text: s.text}));
      for (const e of s.events) {
        block.append(el("div", {className: "coded-event"}, [
          el("div", {className: "event-head"}, [
            el("code", {text: e.cameo}), " " + e.plover + " · ",
            el("strong", {text: (e.source || "-") + " → " + (e.target || "-")}),
            " · " + e.modality + " · " + e.date + " · quad " + e.quad_class +
            " · Goldstein " + e.goldstein + " · confidence " + e.confidence]),
          segmentsNode(e.segments),
        ]));
      }
      box.append(block);
    }
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    setStatus("Coding…");
    try {
      last = body();
      const data = await postJSON("/api/code", last);
      render(data);
      setStatus(data.events + " events (" + data.asserted + " asserted) in " +
                data.sentences.length + " sentences.");
      addButton.hidden = false;
    } catch (e) { setStatus(e.message, true); }
  });

  addButton.addEventListener("click", async () => {
    if (!last) return;
    try {
      const data = await postJSON("/api/documents", last);
      setStatus("Added " + data.doc_id + " to the store: " + data.mentions + " mentions (" +
                data.counts.documents + " documents in the store).");
    } catch (e) { setStatus(e.message, true); }
  });
})();

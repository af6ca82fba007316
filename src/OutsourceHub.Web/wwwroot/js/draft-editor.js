// The writer's editor: live word count, a working copy saved to the server every 20 seconds while the text
// changes, a server-rendered preview (which saves too), a save status that is only "saved" once the server said
// so, a question before leaving with unsaved changes, and a submit button that cannot be pressed twice.
(function () {
  "use strict";
  const form = document.getElementById("draft-form");
  if (!form) {
    return;
  }

  const body = form.querySelector("textarea[name='Input.Body']");
  const wordCount = document.getElementById("word-count");
  const saveStatus = document.getElementById("save-status");
  const preview = document.getElementById("preview");
  const submit = document.getElementById("submit-button");
  const token = form.querySelector("input[name='__RequestVerificationToken']").value;
  // The text the server holds (a working copy, or the draft the editor started from): what leaving cannot lose.
  // After a post whose text the server could not keep, nothing in the box is safe yet.
  let lastSaved = form.dataset.unsaved === "true" ? null : body.value;
  let savedStatus = saveStatus.textContent;
  // Set when one of the page's own buttons posts the form: every one of them keeps the text on the server.
  let leaving = false;

  function countWords(text) {
    const plain = text.replace(/\]\([^)]*\)/g, "]").replace(/[#*_`>~\[\]()-]/g, " ");
    const words = plain.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
    return words ? words.length : 0;
  }

  function unsaved() {
    return body.value !== lastSaved;
  }

  function showState() {
    saveStatus.textContent = unsaved() ? "Not saved" : savedStatus;
  }

  function saved(text, time) {
    lastSaved = text;
    savedStatus = "Working copy saved " + time + " UTC";
    showState();
  }

  function post(url) {
    const data = new URLSearchParams();
    data.append("__RequestVerificationToken", token);
    data.append("Input.Body", body.value);
    return fetch(url, { method: "POST", body: data, headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" });
  }

  async function save() {
    if (leaving || !unsaved()) {
      return;
    }
    const text = body.value;
    saveStatus.textContent = "Saving…";
    try {
      const response = await post(form.dataset.saveUrl);
      if (response.status === 400) {
        const refusal = await response.json();
        saveStatus.textContent = "Not saved: " + refusal.error;
        return;
      }
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const result = await response.json();
      saved(text, result.savedAt);
    } catch {
      saveStatus.textContent = "Not saved: check your connection. Your text is still here.";
    }
  }

  body.addEventListener("input", function () {
    wordCount.textContent = String(countWords(body.value));
    showState();
  });
  wordCount.textContent = String(countWords(body.value));
  showState();
  setInterval(save, 20000);

  document.getElementById("preview-button").addEventListener("click", async function () {
    const text = body.value;
    const response = await post(form.dataset.previewUrl);
    // The server renders with the same safe renderer as the stored draft: sanitised HTML only.
    preview.innerHTML = await response.text();
    preview.hidden = false;
    const time = response.headers.get("X-Working-Copy-Saved");
    if (response.ok && time) {
      saved(text, time);
    }
  });

  form.addEventListener("submit", function (event) {
    leaving = true;
    if (event.submitter === submit) {
      submit.disabled = true;
      submit.textContent = "Submitting…";
    }
  });

  // Back to this page from the history (kept whole by the browser): its buttons and the question work again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      leaving = false;
      submit.disabled = false;
      submit.textContent = "Submit draft";
    }
  });

  // A link, a reload or closing the tab with changes the server does not hold yet: the browser asks first.
  window.addEventListener("beforeunload", function (event) {
    if (!leaving && unsaved()) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();

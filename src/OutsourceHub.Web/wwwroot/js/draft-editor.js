// The writer's editor: live word count, a working copy saved to the server every 20 seconds while the text
// changes, a server-rendered preview, and a submit button that cannot be pressed twice.
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
  let lastSaved = body.value;

  function countWords(text) {
    const plain = text.replace(/\]\([^)]*\)/g, "]").replace(/[#*_`>~\[\]()-]/g, " ");
    const words = plain.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
    return words ? words.length : 0;
  }

  function post(url) {
    const data = new URLSearchParams();
    data.append("__RequestVerificationToken", token);
    data.append("Input.Body", body.value);
    return fetch(url, { method: "POST", body: data, headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" });
  }

  async function save() {
    if (body.value === lastSaved) {
      return;
    }
    const text = body.value;
    saveStatus.textContent = "Saving…";
    try {
      const response = await post(form.dataset.saveUrl);
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const result = await response.json();
      lastSaved = text;
      saveStatus.textContent = "Working copy saved " + result.savedAt + " UTC";
    } catch {
      saveStatus.textContent = "Not saved: check your connection. Your text is still here.";
    }
  }

  body.addEventListener("input", function () {
    wordCount.textContent = String(countWords(body.value));
  });
  wordCount.textContent = String(countWords(body.value));
  setInterval(save, 20000);

  document.getElementById("preview-button").addEventListener("click", async function () {
    const response = await post(form.dataset.previewUrl);
    // The server renders with the same safe renderer as the stored draft: sanitised HTML only.
    preview.innerHTML = await response.text();
    preview.hidden = false;
  });

  form.addEventListener("submit", function (event) {
    if (event.submitter === submit) {
      submit.disabled = true;
      submit.textContent = "Submitting…";
    }
  });
})();

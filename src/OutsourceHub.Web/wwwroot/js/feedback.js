// Review form: "Add another point" copies the last point row with the next index, nothing chosen in it; "Make this a point" beside a
// voice report line writes that point into the next empty row (nothing typed is replaced); the send button
// cannot be pressed twice.
(function () {
  "use strict";
  const form = document.getElementById("feedback-form");
  if (!form) {
    return;
  }

  const points = document.getElementById("points");
  const add = document.getElementById("add-point");
  add.hidden = false;
  add.addEventListener("click", addRow);

  document.querySelectorAll("a.voice-point").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      let row = Array.from(points.querySelectorAll(".point-row")).find(function (candidate) {
        const passage = candidate.querySelector("textarea.passage");
        return candidate.querySelector("textarea").value.trim() === "" && (!passage || passage.value.trim() === "");
      });
      if (!row) {
        row = addRow();
      }
      const text = row.querySelector("textarea");
      text.value = link.dataset.pointText;
      row.querySelector("select[name$='.Category']").value = "Voice";
      row.querySelector("select[name$='.Section']").value = "Voice";
      document.getElementById("decision-revise").checked = true;
      text.focus();
    });
  });

  function addRow() {
    const rows = points.querySelectorAll(".point-row");
    const index = rows.length;
    const copy = rows[rows.length - 1].cloneNode(true);
    copy.querySelectorAll("[name]").forEach(function (field) {
      field.name = field.name.replace(/Points\[\d+\]/, "Points[" + index + "]");
      field.id = field.id.replace(/Points_\d+__/, "Points_" + index + "__");
      if (field.tagName === "TEXTAREA" || field.type === "hidden") {
        field.value = "";
      }
      // A new row starts with its category and section unchosen ("Choose…"), like the rows the server draws.
      if (field.tagName === "SELECT") {
        field.selectedIndex = 0;
      }
    });
    copy.querySelectorAll("label[for]").forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/Points_\d+__/, "Points_" + index + "__");
    });
    copy.querySelectorAll("[aria-describedby]").forEach(function (field) {
      field.setAttribute("aria-describedby", field.getAttribute("aria-describedby").replace(/Points_\d+__/, "Points_" + index + "__"));
    });
    copy.querySelectorAll(".form-text[id]").forEach(function (help) {
      help.id = help.id.replace(/Points_\d+__/, "Points_" + index + "__");
    });
    copy.querySelectorAll("details").forEach(function (details) {
      details.open = false;
    });
    copy.querySelectorAll(".passage-show").forEach(function (show) {
      show.hidden = true;
    });
    copy.querySelectorAll(".passage-found").forEach(function (status) {
      status.textContent = "";
    });
    copy.querySelectorAll("[data-valmsg-for]").forEach(function (message) {
      message.textContent = "";
      message.dataset.valmsgFor = message.dataset.valmsgFor.replace(/Points\[\d+\]/, "Points[" + index + "]");
    });
    points.appendChild(copy);
    copy.querySelector("textarea").focus();
    return copy;
  }

  form.addEventListener("submit", function () {
    document.getElementById("send-feedback").disabled = true;
  });
})();

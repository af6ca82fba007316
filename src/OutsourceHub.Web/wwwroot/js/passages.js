// Revision points on passages of a draft. Highlights are made from the page's text nodes (a <mark> around text
// already on the page), never by writing user text into markup.
// - An article with data-highlight-passages="#list" marks the passage of each item of the list ([data-passage],
//   [data-point-number]); the mark and the item each bring the other into view. On a diff, data-skip-text="del"
//   leaves the deleted words out, so a passage is found as the new draft reads.
// - On the review form, selecting text in the draft (mouse, or Shift with the arrow keys) and choosing "Add a point
//   here" quotes it in the next empty point row, with the text just before and after it, and marks it in the draft;
//   a passage typed or pasted into a row is marked as it is found.
// - In the writer's editor, "Show in your text" selects a point's passage in the text; "Use this wording" replaces
//   the point's passage in the text with the owner's suggestion, as one edit the editor's undo takes back.
(function () {
  "use strict";

  // The text lower-cased, runs of whitespace as one space, emphasis marks left out, with each kept character's offset.
  function loose(text) {
    let out = "";
    const map = [];
    for (let i = 0; i < text.length; i++) {
      let c = text[i];
      if (c === "*" || c === "_" || c === "`") {
        continue;
      }
      if (/\s/.test(c)) {
        if (out.endsWith(" ")) {
          continue;
        }
        c = " ";
      }
      c = c.replace(/[\u2018\u2019]/, "'").replace(/[\u201c\u201d]/, "\"");
      out += c.toLowerCase();
      map.push(i);
    }
    return { text: out, map: map };
  }

  // Where the passage is in the text: exactly, else loosely; null when it is not there.
  function find(text, passage) {
    const exact = text.indexOf(passage);
    if (exact >= 0) {
      return { start: exact, end: exact + passage.length };
    }
    const haystack = loose(text);
    const needle = loose(passage).text.trim();
    const at = needle ? haystack.text.indexOf(needle) : -1;
    return at < 0 ? null : { start: haystack.map[at], end: haystack.map[at + needle.length - 1] + 1 };
  }

  // The text nodes of the root, but those inside elements matching its data-skip-text (a diff's deleted words).
  function textNodes(root) {
    const skip = root.dataset.skipText;
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skip || !node.parentElement.closest(skip)) {
        nodes.push(node);
      }
    }
    return nodes;
  }

  // Wraps the passage's text in <mark>s numbered for its point (kind "new" for a point being written, beside the points
  // already sent); returns the first mark, or null when it is not found.
  function highlight(article, passage, number, kind) {
    const nodes = textNodes(article);
    let full = "";
    const starts = nodes.map(function (node) {
      const start = full.length;
      full += node.data;
      return start;
    });
    const span = find(full, passage);
    if (!span) {
      return null;
    }
    let first = null;
    nodes.forEach(function (node, i) {
      const from = Math.max(span.start, starts[i]) - starts[i];
      const to = Math.min(span.end, starts[i] + node.data.length) - starts[i];
      if (to <= from) {
        return;
      }
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const mark = document.createElement("mark");
      mark.className = "passage-mark";
      mark.dataset.pointNumber = String(number);
      mark.dataset.kind = kind || "sent";
      mark.title = "Point " + number;
      range.surroundContents(mark);
      if (!first) {
        first = mark;
        mark.tabIndex = 0;
        const badge = document.createElement("sup");
        badge.className = "passage-number";
        badge.textContent = String(number);
        badge.setAttribute("aria-label", "point " + number);
        badge.dataset.kind = kind || "sent";
        badge.dataset.pointNumber = String(number);
        mark.before(badge);
      }
    });
    return first;
  }

  function unhighlight(article, number) {
    article.querySelectorAll("mark.passage-mark[data-kind='new'][data-point-number='" + number + "']").forEach(function (mark) {
      mark.replaceWith(...mark.childNodes);
    });
    article.querySelectorAll("sup.passage-number[data-kind='new'][data-point-number='" + number + "']").forEach(function (badge) {
      badge.remove();
    });
    article.normalize();
  }

  // The draft page: each listed point's passage marked, and each brings the other into view.
  document.querySelectorAll("article[data-highlight-passages]").forEach(function (article) {
    const list = document.querySelector(article.dataset.highlightPassages);
    if (!list) {
      return;
    }
    list.querySelectorAll("[data-passage]").forEach(function (item) {
      const passage = item.dataset.passage;
      if (!passage) {
        return;
      }
      const number = item.dataset.pointNumber;
      const mark = highlight(article, passage, number);
      const link = item.querySelector(".passage-link");
      if (!mark || !link) {
        return;
      }
      link.hidden = false;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        mark.scrollIntoView({ block: "center" });
        mark.focus();
      });
      mark.addEventListener("click", function () {
        item.scrollIntoView({ block: "center" });
      });
      mark.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
          item.scrollIntoView({ block: "center" });
        }
      });
    });
  });

  // The review form: a selection in the draft becomes the passage of the next empty point row; a passage typed or
  // pasted into a row is marked in the draft as it is found; a row's mark and the row each bring the other into view.
  const review = document.querySelector("article[data-select-passages]");
  const here = document.getElementById("point-here");
  const points = document.getElementById("points");
  if (review && here && points) {
    let selected = null;
    here.hidden = false;
    document.getElementById("point-here-help").hidden = false;
    const rows = function () {
      return Array.from(points.querySelectorAll(".point-row"));
    };
    // Marks the row's passage in the draft (or says it is not there); returns the mark.
    const markRow = function (row) {
      const number = rows().indexOf(row) + 1;
      const passage = row.querySelector("textarea.passage").value.trim();
      unhighlight(review, number);
      const mark = passage ? highlight(review, passage, number, "new") : null;
      const show = row.querySelector(".passage-show");
      const status = row.querySelector(".passage-found");
      if (show) {
        show.hidden = !mark;
      }
      if (status) {
        status.textContent = !passage ? "" : mark ? "Marked in the draft as point " + number + "." : "Not found in the draft as typed.";
      }
      return mark;
    };
    rows().forEach(function (row) {
      if (row.querySelector("textarea.passage").value.trim()) {
        markRow(row);
      }
    });
    points.addEventListener("input", function (event) {
      if (!event.target.matches("textarea.passage")) {
        return;
      }
      // Typed by hand: the words around an earlier selection no longer belong to it.
      const row = event.target.closest(".point-row");
      row.querySelector("input.passage-prefix").value = "";
      row.querySelector("input.passage-suffix").value = "";
      markRow(row);
    });
    points.addEventListener("click", function (event) {
      const show = event.target.closest(".passage-show");
      if (!show) {
        return;
      }
      event.preventDefault();
      const number = rows().indexOf(show.closest(".point-row")) + 1;
      const mark = review.querySelector("mark.passage-mark[data-kind='new'][data-point-number='" + number + "']");
      if (mark) {
        mark.scrollIntoView({ block: "center" });
        mark.focus();
      }
    });
    const toRow = function (mark) {
      const row = rows()[Number(mark.dataset.pointNumber) - 1];
      if (row) {
        row.scrollIntoView({ block: "center" });
        row.querySelector("textarea").focus();
      }
    };
    review.addEventListener("click", function (event) {
      const mark = event.target.closest("mark.passage-mark[data-kind='new']");
      if (mark && document.getSelection().isCollapsed) {
        toRow(mark);
      }
    });
    review.addEventListener("keydown", function (event) {
      const mark = event.target.closest("mark.passage-mark[data-kind='new']");
      if (mark && event.key === "Enter") {
        toRow(mark);
      }
    });
    // Selecting by keyboard: the draft takes the focus (Tab); the arrow keys move a caret through it, by word with
    // Ctrl, and Shift selects, as in a text field. Other keys are left to the browser.
    review.tabIndex = 0;
    review.addEventListener("focus", function () {
      const selection = document.getSelection();
      if (selection.rangeCount === 0 || !review.contains(selection.anchorNode)) {
        selection.collapse(review, 0);
      }
    });
    const moves = {
      ArrowRight: ["forward", "character"],
      ArrowLeft: ["backward", "character"],
      ArrowDown: ["forward", "line"],
      ArrowUp: ["backward", "line"],
      Home: ["backward", "lineboundary"],
      End: ["forward", "lineboundary"]
    };
    review.addEventListener("keydown", function (event) {
      const move = moves[event.key];
      const selection = document.getSelection();
      if (!move || event.target !== review || !selection.modify) {
        return;
      }
      event.preventDefault();
      const granularity = event.ctrlKey && move[1] === "character" ? "word" : move[1];
      selection.modify(event.shiftKey ? "extend" : "move", move[0], granularity);
    });
    document.addEventListener("selectionchange", function () {
      const selection = document.getSelection();
      if (selection && selection.rangeCount > 0 && !selection.isCollapsed && review.contains(selection.getRangeAt(0).commonAncestorContainer)) {
        selected = selection.getRangeAt(0).cloneRange();
        here.disabled = false;
      }
    });
    here.addEventListener("click", function () {
      if (!selected || !selected.toString().trim()) {
        return;
      }
      const before = document.createRange();
      before.setStart(review, 0);
      before.setEnd(selected.startContainer, selected.startOffset);
      const after = document.createRange();
      after.setStart(selected.endContainer, selected.endOffset);
      after.setEnd(review, review.childNodes.length);
      let row = rows().find(function (candidate) {
        return !candidate.querySelector("textarea.passage").value.trim() && !candidate.querySelector("textarea").value.trim();
      });
      if (!row) {
        document.getElementById("add-point").click();
        row = rows().pop();
      }
      row.querySelector("textarea.passage").value = selected.toString().trim();
      row.querySelector("input.passage-prefix").value = before.toString().replace(/\s+/g, " ").slice(-32);
      row.querySelector("input.passage-suffix").value = after.toString().replace(/\s+/g, " ").slice(0, 32);
      row.querySelector("details.passage-fields").open = true;
      document.getElementById("decision-revise").checked = true;
      document.getSelection().removeAllRanges();
      markRow(row);
      selected = null;
      here.disabled = true;
      row.querySelector("textarea").focus();
    });
  }

  // The writer's editor: each point on a passage says whether the passage is still in the text; a point's suggested
  // wording replaces it, as one undoable edit.
  const body = document.getElementById("Input_Body");
  if (body) {
    const cards = Array.from(document.querySelectorAll("[data-point-passage]")).filter(function (card) {
      return card.dataset.pointPassage;
    });
    // A textarea cannot hold marks: "Show in your text" selects the passage in it, which the browser shows highlighted.
    const showMatches = function () {
      cards.forEach(function (card) {
        const found = find(body.value, card.dataset.pointPassage);
        const where = card.querySelector(".passage-status");
        if (where) {
          where.textContent = found ? "Still in your text." : "No longer in your text as it was.";
        }
        const show = card.querySelector(".show-in-text");
        if (show) {
          show.hidden = !found;
        }
      });
    };
    showMatches();
    body.addEventListener("input", showMatches);
    cards.forEach(function (card) {
      const show = card.querySelector(".show-in-text");
      if (!show) {
        return;
      }
      show.addEventListener("click", function () {
        const span = find(body.value, card.dataset.pointPassage);
        if (!span) {
          return;
        }
        // Blurring first makes the browser scroll the textarea to the selection when it takes the focus again.
        body.blur();
        body.setSelectionRange(span.start, span.end);
        body.focus();
      });
    });
    cards.forEach(function (card) {
      const button = card.querySelector(".use-wording");
      const status = card.querySelector(".use-wording-status");
      if (!button || !card.dataset.pointPassage) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        const span = find(body.value, card.dataset.pointPassage);
        if (!span) {
          status.textContent = "That passage is not in your text as it was: change it by hand.";
          return;
        }
        body.focus();
        body.setSelectionRange(span.start, span.end);
        // insertText keeps the change on the textarea's undo stack; setRangeText is the fallback where it is not supported.
        if (!document.execCommand("insertText", false, card.dataset.pointSuggestion)) {
          body.setRangeText(card.dataset.pointSuggestion, span.start, span.end, "end");
          body.dispatchEvent(new Event("input", { bubbles: true }));
        }
        status.textContent = "Wording used in your text. Undo (Ctrl+Z) brings the passage back.";
        showMatches();
      });
    });
  }
})();

// Post a job / Edit job (Pages/Projects/_JobFields.cshtml): the length unit follows the content kind, and the
// warning about too many reference pieces appears as soon as one too many is ticked. The server shows both on
// its own after a post; this only spares a round trip. No inline script: the CSP will forbid it.
(function () {
  'use strict';

  var kind = document.querySelector('[data-length-unit-source]');
  var unit = document.querySelector('[data-length-unit]');
  if (kind && unit) {
    kind.addEventListener('change', function () {
      unit.textContent = kind.value === 'Video' ? 'minutes' : 'words';
    });
  }

  var warning = document.querySelector('[data-too-many-samples]');
  var boxes = document.querySelectorAll('[data-sample-choice]');
  if (warning && boxes.length > 0) {
    var recommendedMax = Number(warning.getAttribute('data-recommended-max'));
    var update = function () {
      var ticked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
      warning.classList.toggle('d-none', ticked <= recommendedMax);
    };
    Array.prototype.forEach.call(boxes, function (box) { box.addEventListener('change', update); });
  }
})();

// The replay stepper: one step shown at a time, moved by the buttons (and by links to #step-N); without this script every step shows.
(function () {
  "use strict";
  var stepper = document.querySelector("nav.stepper");
  var steps = Array.prototype.slice.call(document.querySelectorAll("ol.steps > li.step"));
  if (!stepper || steps.length === 0) {
    return;
  }

  var position = stepper.querySelector(".position");
  var all = stepper.querySelector("[data-go='all']");
  var current = 0;
  var showingAll = false;

  function flaggedAfter(index) {
    for (var i = index + 1; i < steps.length; i++) {
      if (steps[i].classList.contains("flagged")) {
        return i;
      }
    }
    return -1;
  }

  function say() {
    var text = stepper.getAttribute("data-position").replace("{0}", String(current + 1)).replace("{1}", String(steps.length));
    if (steps[current].classList.contains("flagged")) {
      text += " · " + stepper.getAttribute("data-flagged");
    }
    position.textContent = text;
  }

  function show(index) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (step, i) { step.hidden = !showingAll && i !== current; });
    stepper.querySelector("[data-go='first']").disabled = current === 0;
    stepper.querySelector("[data-go='previous']").disabled = current === 0;
    stepper.querySelector("[data-go='next']").disabled = current === steps.length - 1;
    stepper.querySelector("[data-go='flagged']").disabled = flaggedAfter(current) < 0;
    say();
  }

  function fromHash() {
    var match = /^#step-(\d+)$/.exec(window.location.hash);
    if (!match) {
      return -1;
    }
    return steps.findIndex(function (step) { return step.id === "step-" + match[1]; });
  }

  stepper.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-go]");
    if (!button) {
      return;
    }
    switch (button.getAttribute("data-go")) {
      case "first": show(0); break;
      case "previous": show(current - 1); break;
      case "next": show(current + 1); break;
      case "flagged": show(flaggedAfter(current)); break;
      case "all":
        showingAll = !showingAll;
        all.setAttribute("aria-pressed", showingAll ? "true" : "false");
        show(current);
        break;
    }
  });

  window.addEventListener("hashchange", function () {
    var index = fromHash();
    if (index >= 0) {
      show(index);
    }
  });

  stepper.hidden = false;
  var start = fromHash();
  show(start >= 0 ? start : 0);
})();

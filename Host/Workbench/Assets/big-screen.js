// The command room's big screen (大屏): a full-screen switch (Fullscreen API, the page's main part only: no navigation on the wall)
// and the board refreshing itself.
// The board is fetched alone every data-refresh seconds and put in place of the old one; the page keeps its scroll position and,
// where it can, the element that had focus; the status line (aria-live="polite") says when the board was last brought up to date.
(function () {
  "use strict";

  var board = document.getElementById("board");
  var status = document.getElementById("board-status");
  var button = document.getElementById("full-screen");

  if (button && document.fullscreenEnabled) {
    var label = function () {
      button.textContent = document.fullscreenElement ? button.dataset.leave : button.dataset.enter;
      button.setAttribute("aria-pressed", document.fullscreenElement ? "true" : "false");
    };
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      if (document.fullscreenElement) {
        document.exitFullscreen();
      } else {
        document.getElementById("main").requestFullscreen().catch(function () { /* refused by the browser: the page stays as it is */ });
      }
    });
    document.addEventListener("fullscreenchange", label);
  }

  if (!board || !status) {
    return;
  }

  var seconds = parseInt(board.dataset.refresh, 10);
  if (!(seconds >= 5)) {
    seconds = 30;
  }

  // Which element had focus, in terms that survive the board being replaced: its link target or its id.
  function focusKey() {
    var active = document.activeElement;
    if (!active || !board.contains(active)) {
      return null;
    }
    return active.getAttribute("href") ? { href: active.getAttribute("href") } : active.id ? { id: active.id } : null;
  }

  function restoreFocus(key) {
    if (!key) {
      return;
    }
    var target = key.href
      ? Array.prototype.find.call(board.querySelectorAll("a[href]"), function (a) { return a.getAttribute("href") === key.href; })
      : document.getElementById(key.id);
    if (target) {
      target.focus({ preventScroll: true });
    }
  }

  function refresh() {
    fetch(board.dataset.source, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        // A redirect here is the sign-in page (the session ended): keep the board shown and say it could not be updated.
        if (!response.ok || response.redirected) {
          throw new Error("status " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var key = focusKey();
        var x = window.scrollX;
        var y = window.scrollY;
        board.innerHTML = html;
        window.scrollTo(x, y);
        restoreFocus(key);
        var facts = board.querySelector("[data-updated]");
        status.textContent = status.dataset.updatedText + " " + (facts ? facts.dataset.updated : "");
      })
      .catch(function () {
        status.textContent = status.dataset.failedText;
      })
      .then(function () {
        window.setTimeout(refresh, seconds * 1000);
      });
  }

  window.setTimeout(refresh, seconds * 1000);
})();

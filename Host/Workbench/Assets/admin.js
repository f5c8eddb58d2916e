// The draft page: an error's link selects the text its JSON path names in the draft's box; a file larger than the limit is refused before it is sent.
(function () {
  'use strict';
  var box = document.getElementById('draft');
  if (!box) {
    return;
  }

  // Line and column (from 1) to an offset in the box's text, which counts every line break as one character.
  function offset(text, line, column) {
    var at = 0;
    for (var i = 1; i < line; i++) {
      var next = text.indexOf('\n', at);
      if (next < 0) {
        return text.length;
      }
      at = next + 1;
    }
    var end = text.indexOf('\n', at);
    var lineEnd = end < 0 ? text.length : end;
    return Math.min(at + column - 1, lineEnd);
  }

  document.querySelectorAll('a[data-line]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var text = box.value;
      var start = offset(text, +link.dataset.line, +link.dataset.column);
      var end = offset(text, +link.dataset.endLine, +link.dataset.endColumn);
      box.focus();
      box.setSelectionRange(start, Math.max(start, end));
      var lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20;
      box.scrollTop = Math.max(0, (+link.dataset.line - 3) * lineHeight);
    });
  });

  var form = box.form;
  var file = document.getElementById('file');
  var tooLarge = document.getElementById('file-too-large');
  var limit = +form.dataset.limit;
  file.addEventListener('change', function () {
    var large = file.files.length > 0 && file.files[0].size > limit;
    tooLarge.hidden = !large;
    file.setAttribute('aria-invalid', large ? 'true' : 'false');
  });
  form.addEventListener('submit', function (event) {
    if (file.files.length > 0 && file.files[0].size > limit) {
      event.preventDefault();
      tooLarge.hidden = false;
    }
  });
})();

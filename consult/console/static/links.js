// The links page after a launch (console/round_links.html): a copy button beside each
// link and a print button. Without script both stay hidden: the links are plain text to
// select, the CSV link needs no script, and the browser's own Print gives the same sheet.
(function () {
  "use strict";
  var status = document.getElementById("copy-status");

  function selectText(source) {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  }

  function copy(button) {
    var source = document.getElementById(button.dataset.copy);
    var done = function () { status.textContent = button.dataset.copied; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent.trim()).then(done, function () {
        selectText(source);
      });
      return;
    }
    // Served over plain HTTP the clipboard API is absent: copy the selected text instead.
    selectText(source);
    if (document.execCommand("copy")) {
      done();
    }
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
}());

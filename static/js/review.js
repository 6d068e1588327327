// On a document page, for a reviewer: selecting text in the document
// fills the add-a-figure form's quote, so the figure is tied to the exact
// sentence. The server checks the quote is in the document.
(function () {
  "use strict";
  var text = document.querySelector("[data-testid=doc-text]");
  var quote = document.getElementById("add-quote");
  if (!text || !quote) return;
  document.addEventListener("mouseup", function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !text.contains(sel.anchorNode)) return;
    var s = sel.toString().trim();
    if (s) quote.value = s;
  });
})();

// Runs in an embed (/embed/…) inside another site's frame: tells the host
// page how tall the embed is, so a host that runs embed-host.js can fit
// the frame to it. The message carries nothing but the height and how
// many charts drew, so it may go to any parent ("*").
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = -1;
  function post() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({
      mubiao: "embed-height",
      height: h,
      charts: document.querySelectorAll("[data-chart-ready]").length
    }, "*");
  }
  window.addEventListener("load", post);
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(post).observe(document.documentElement);
  else window.addEventListener("resize", post);
})();

// For pages that frame Mubiao embeds: add
//   <script src="https://MUBIAO-HOST/static/js/embed-host.js" async></script>
// and every Mubiao <iframe> on the page takes the height its chart needs.
// Messages are accepted only from the Mubiao this script came from, and
// only change the height of the frame that sent them.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.data || e.data.mubiao !== "embed-height") return;
    var h = Number(e.data.height);
    if (!(h > 0 && h < 10000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";
    }
  });
})();

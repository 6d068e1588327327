// Draws the choropleths (internal/web/mapview_chart.go makes their
// options): fetches the boundary file the option names from Mubiao itself,
// keeps the regions under the option's code prefix (a prefecture's
// counties out of its province's), registers it with echarts and draws.
// Regions are named by division code; names, tooltips and the page a
// click opens come with the option ("mubiao"). No inline script: CSP
// allows 'self' only.
(function () {
  "use strict";
  var maps = [];
  var loaded = {};

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function geo(meta) {
    if (!loaded[meta.map]) {
      loaded[meta.map] = fetch(meta.geo, { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) throw new Error(meta.geo + ": " + r.status); return r.json(); })
        .then(function (fc) {
          if (meta.prefix) {
            fc.features = fc.features.filter(function (f) { return String(f.id).indexOf(meta.prefix) === 0; });
          }
          echarts.registerMap(meta.map, fc);
        });
    }
    return loaded[meta.map];
  }

  // A tooltip from the server's tip for the region, escaped: report text
  // is data, never markup.
  function tooltip(meta) {
    return function (p) {
      var tip = meta.tips && meta.tips[p.name];
      if (!tip) return "";
      var html = "<b>" + esc(tip.title) + "</b><table class=\"tip\">";
      (tip.rows || []).forEach(function (r) { html += "<tr><th>" + esc(r[0]) + "</th><td>" + esc(r[1]) + "</td></tr>"; });
      html += "</table>";
      if (tip.quote) {
        var q = tip.quote.length > 90 ? tip.quote.slice(0, 90) + "…" : tip.quote;
        html += "<div class=\"tip-quote\">" + esc(q) + "</div>";
      }
      return html;
    };
  }

  function draw(el) {
    var src = document.getElementById(el.getAttribute("data-map-option"));
    if (!src || typeof echarts === "undefined") return;
    var option;
    try { option = JSON.parse(src.textContent); } catch (e) { return; }
    var meta = option.mubiao || {};
    delete option.mubiao;
    var embed = document.body.classList.contains("embed");
    el.style.height = Math.max(360, Math.min(640, Math.round((el.clientWidth || 600) * 0.75))) + "px";
    option.tooltip.formatter = tooltip(meta);
    option.tooltip.confine = true;
    option.series.forEach(function (s) {
      s.label = s.label || {};
      s.label.formatter = function (p) { return (meta.names && meta.names[p.name]) || ""; };
      if (s.emphasis && s.emphasis.label) s.emphasis.label.formatter = s.label.formatter;
    });
    if (embed) {
      [].concat(option.title || []).forEach(function (t) { t.show = false; });
      // Fitted to the frame's width too: by its height alone a tall,
      // narrow frame (a phone) cut off 新疆 and 黑龙江.
      option.series.forEach(function (s) { s.top = 8; s.left = 8; s.right = 8; s.bottom = 36; });
    } else if ((el.clientWidth || 600) < 560) {
      // On a phone the title wraps within the chart, clear of the save
      // button, and the map starts below its two lines.
      [].concat(option.title || []).forEach(function (t) {
        t.textStyle = t.textStyle || {};
        t.textStyle.fontSize = 13;
        t.textStyle.width = (el.clientWidth || 360) - 70;
        t.textStyle.overflow = "break";
        t.textStyle.lineHeight = 18;
        t.left = "center";
      });
      option.series.forEach(function (s) { s.top = 60; });
    }
    geo(meta).then(function () {
      var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: "canvas" });
      chart.off("finished");
      chart.on("finished", function () { el.setAttribute("data-chart-drawn", "1"); });
      chart.off("click");
      chart.on("click", function (p) {
        var href = meta.links && meta.links[p.name];
        if (!href) return;
        if (embed) window.open(href, "_blank", "noopener");
        else window.location.href = href;
      });
      chart.setOption(option, true);
      chart.resize();
      el.setAttribute("data-chart-ready", "1");
      if (maps.indexOf(el) < 0) maps.push(el);
    }, function (err) {
      el.setAttribute("data-chart-error", String(err && err.message || err));
    });
  }

  function init() {
    var els = document.querySelectorAll("[data-map-option]");
    for (var i = 0; i < els.length; i++) draw(els[i]);
    var t;
    window.addEventListener("resize", function () {
      clearTimeout(t);
      t = setTimeout(function () { maps.forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); }); }, 120);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

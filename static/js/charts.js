// Draws every chart on the page from the option JSON the server embedded
// beside it (<script type="application/json" id="…-option">), and keeps
// charts sized to their container. No inline script: CSP allows 'self' only.
(function () {
  "use strict";
  var charts = [];
  function draw(el) {
    var src = document.getElementById(el.getAttribute("data-chart-option"));
    if (!src || typeof echarts === "undefined") return;
    var option;
    try { option = JSON.parse(src.textContent); } catch (e) { return; }
    if (option.tooltip && option.tooltip.trigger === "axis") option.tooltip.formatter = axisTooltip;
    // Long rotated category labels (English indicator names) would run off
    // the left edge; cut them, the tooltip still has the whole name.
    [].concat(option.xAxis || []).forEach(function (ax) {
      if (ax && ax.axisLabel && ax.axisLabel.rotate) {
        ax.axisLabel.width = 130;
        ax.axisLabel.overflow = "truncate";
      }
    });
    // An embed shows the title as a heading above the chart: the host's
    // readers and screen readers get text, and it is not said twice.
    if (document.body.classList.contains("embed")) {
      [].concat(option.title || []).forEach(function (t) { t.show = false; });
      [].concat(option.grid || []).forEach(function (g) { g.top = 40; });
    }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(option);
    el.setAttribute("data-chart-ready", "1");
    charts.push(chart);
  }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  // The tooltip shows each value with its source sentence (the data
  // item's name), escaped: report text is data, never markup.
  function axisTooltip(params) {
    if (!params.length) return "";
    var out = "<b>" + esc(params[0].axisValueLabel) + "</b>";
    params.forEach(function (p) {
      if (p.value === "-" || p.value == null) return;
      var tip = p.name && p.name !== p.axisValueLabel ? p.name : String(p.value);
      if (tip.length > 80) tip = tip.slice(0, 80) + "…";
      out += "<br>" + p.marker + esc(p.seriesName) + ": " + esc(tip);
    });
    return out;
  }
  function init() {
    var els = document.querySelectorAll("[data-chart-option]");
    for (var i = 0; i < els.length; i++) draw(els[i]);
    // The embed snippets select themselves, ready to copy.
    document.addEventListener("focusin", function (e) {
      if (e.target.matches && e.target.matches(".embed-panel textarea")) e.target.select();
    });
    var t;
    window.addEventListener("resize", function () {
      clearTimeout(t);
      t = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 100);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

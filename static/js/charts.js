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
    var t;
    window.addEventListener("resize", function () {
      clearTimeout(t);
      t = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 100);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

// Draws every chart on the page from the option JSON the server embedded
// beside it (<script type="application/json" id="…-option">), and keeps
// charts sized to their container. No inline script: CSP allows 'self' only.
//
// Beside the echarts option the server sends "mubiao" (see chartMeta in
// internal/web/chartparts.go): a tooltip per category or year (target,
// result, gap, verdict, sentence), whether the x axis is years on a real
// scale, and whether bars may turn sideways. On a narrow screen, or when
// categories are too many for their names to fit side by side, bars are
// drawn sideways, one category a row, so labels never overlap; titles
// wrap instead of running off the canvas.
(function () {
  "use strict";
  var charts = [];
  var NARROW = 600;   // px: below it category bars go sideways
  var MIN_SLOT = 70;  // px of axis per category for upright labels

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // A tooltip from the server's tip for the category (or year) under
  // the pointer, escaped: report text is data, never markup.
  function tooltipFor(meta) {
    return function (params) {
      params = [].concat(params || []);
      if (!params.length) return "";
      var p0 = params[0];
      var key = meta.yearAxis ? String(Math.round(Array.isArray(p0.value) ? p0.value[0] : p0.axisValue)) : p0.axisValueLabel || p0.name;
      var tip = meta.tips && meta.tips[key];
      if (!tip) {
        var out = "<b>" + esc(key) + "</b>";
        params.forEach(function (p) {
          var v = Array.isArray(p.value) ? p.value[1] : p.value;
          if (v === "-" || v == null) return;
          out += "<br>" + p.marker + esc(p.seriesName) + ": " + esc(v);
        });
        return out;
      }
      var html = "<b>" + esc(tip.title) + "</b><table class=\"tip\">";
      tip.rows.forEach(function (r) { html += "<tr><th>" + esc(r[0]) + "</th><td>" + esc(r[1]) + "</td></tr>"; });
      html += "</table>";
      if (tip.quote) {
        var q = tip.quote.length > 90 ? tip.quote.slice(0, 90) + "…" : tip.quote;
        html += "<div class=\"tip-quote\">" + esc(q) + "</div>";
      }
      return html;
    };
  }

  // How many lines a title takes at a width, wrapped as echarts wraps
  // it (at spaces, or anywhere between CJK characters), measured with
  // the canvas's own font metrics: a long title wraps, never clips.
  var measureCtx;
  function lines(text, px, width) {
    if (!measureCtx) measureCtx = document.createElement("canvas").getContext("2d");
    measureCtx.font = "bold " + px + "px sans-serif";
    var tokens = String(text).match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) || [];
    var n = 1, line = 0, slack = 1.06;
    tokens.forEach(function (tok) {
      var tw = measureCtx.measureText(tok).width * slack;
      if (line + tw > width && line > 0 && !/^\s+$/.test(tok)) { n++; line = tw; } else { line += tw; }
    });
    return n;
  }

  // Dark pages draw with echarts' dark theme; embeds stay light, as the
  // host page expects.
  function dark() {
    return !document.body.classList.contains("embed") && window.matchMedia &&
      window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function categoriesOf(option) {
    var ax = [].concat(option.xAxis || [])[0];
    return ax && ax.data ? ax.data.length : 0;
  }

  // sideways turns category bars into rows: categories down the side,
  // values along the bottom; markers of cut bars follow.
  function sideways(option, el) {
    var x = [].concat(option.xAxis)[0], y = [].concat(option.yAxis)[0];
    var names = x.data;
    option.yAxis = { type: "category", data: names, inverse: true,
      axisLabel: { interval: 0, width: Math.max(90, Math.round(el.clientWidth * 0.34)), overflow: "truncate" } };
    option.xAxis = { type: "value", name: y.name, min: y.min, max: y.max, axisLabel: y.axisLabel,
      nameLocation: "end", nameTextStyle: { align: "right", verticalAlign: "top", padding: [24, 0, 0, 0] } };
    [].concat(option.series || []).forEach(function (s) {
      if (s.markPoint && s.markPoint.data) {
        s.markPoint.data.forEach(function (d) {
          if (d.coord) d.coord = [d.coord[1], d.coord[0]];
          if (typeof d.value === "string") d.value = d.value.replace("↑", "→").replace("↓", "←");
          d.symbolRotate = (d.symbolRotate || 0) - 90;
          if (d.label) d.label.position = "right";
        });
      }
    });
    var perRow = 10 * Math.max(1, [].concat(option.series || []).length) + 12;
    el.style.height = Math.max(260, names.length * perRow + 130) + "px";
  }

  function layout(option, meta, el) {
    var w = el.clientWidth || 600;
    if (option.tooltip && option.tooltip.trigger === "axis") {
      option.tooltip.formatter = tooltipFor(meta);
      option.tooltip.confine = true;
      option.tooltip.axisPointer = { type: meta.yearAxis ? "line" : "shadow" };
    }
    [].concat(option.series || []).forEach(function (s) {
      if (s.type === "bar") { s.barMaxWidth = 40; s.clip = true; }
      if (dark() && s.markPoint && s.markPoint.data) {
        s.markPoint.data.forEach(function (d) {
          if (d.itemStyle) d.itemStyle.color = "#e4e8ee";
          if (d.label) d.label.color = "#e4e8ee";
        });
      }
    });
    if (dark()) option.backgroundColor = "transparent";
    var n = categoriesOf(option);
    var turned = meta.sideways && n > 0 && (w < NARROW || (w - 80) / n < MIN_SLOT);
    var marked = [].concat(option.series || []).some(function (s) { return s.markPoint && s.markPoint.data && s.markPoint.data.length; });
    // Axis names start at their axis, inside the canvas.
    [].concat(option.yAxis || []).forEach(function (ax) { if (ax.name) ax.nameTextStyle = { align: "left" }; });
    if (turned) {
      sideways(option, el);
    } else {
      el.style.height = "";
      [].concat(option.xAxis || []).forEach(function (ax) {
        if (ax && ax.axisLabel && ax.axisLabel.rotate) {
          // Rotated names are cut at a width that keeps them apart; the
          // tooltip has the whole name.
          ax.axisLabel.width = 130;
          ax.axisLabel.overflow = "truncate";
        }
      });
    }
    if (meta.yearAxis) {
      [].concat(option.xAxis || []).forEach(function (ax) {
        ax.axisLabel = ax.axisLabel || {};
        ax.axisLabel.formatter = function (v) { return Math.round(v) === v ? String(v) : ""; };
      });
    }
    var grids = [].concat(option.grid || []);
    if (document.body.classList.contains("embed")) {
      // An embed shows the title as a heading above the chart: the host's
      // readers and screen readers get text, and it is not said twice.
      [].concat(option.title || []).forEach(function (t) { t.show = false; });
      grids.forEach(function (g) { g.top = 40; });
    } else {
      [].concat(option.title || []).forEach(function (t) {
        var px = w < NARROW ? 13 : 15;
        var avail = w - 70; // room for the save button on the right
        t.textStyle = t.textStyle || {};
        t.textStyle.fontSize = px;
        t.textStyle.width = avail;
        t.textStyle.overflow = "break";
        t.textStyle.lineHeight = px + 5;
        t.left = "center";
        // The title's lines, then a row for the value axis's name.
        grids.forEach(function (g) { g.top = 10 + lines(t.text || "", px, avail) * (px + 5) + 30; });
      });
    }
    if (w < NARROW) {
      // Room on the right for the value of a bar cut at the axis's end
      // ("52.6%→" and the triangle before it: about 60 px).
      grids.forEach(function (g) { g.left = 4; g.right = turned && marked ? 66 : 16; });
    }
    return option;
  }

  // echarts says a missing value ("-") as NaN in the chart's aria-label,
  // what a screen reader reads out ("…的数据是NaN"); say 无数据 / no data.
  // echarts writes the label anew on every update, so this runs after
  // each render.
  function speakMissing(el) {
    var label = el.getAttribute("aria-label");
    if (!label || !/\bNaN\b/.test(label)) return;
    var none = english() ? "no data" : "无数据";
    el.setAttribute("aria-label", label.replace(/\bNaN\b/g, none));
  }

  function draw(el) {
    var src = document.getElementById(el.getAttribute("data-chart-option"));
    if (!src || typeof echarts === "undefined") return;
    var option;
    try { option = JSON.parse(src.textContent); } catch (e) { return; }
    var meta = option.mubiao || {};
    delete option.mubiao;
    layout(option, meta, el);
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, dark() ? "dark" : null, { renderer: "canvas" });
    el.removeAttribute("data-chart-drawn");
    chart.off("finished");
    chart.on("finished", function () { speakMissing(el); el.setAttribute("data-chart-drawn", "1"); });
    chart.off("rendered");
    chart.on("rendered", function () { speakMissing(el); });
    chart.setOption(option, true);
    chart.resize();
    el.setAttribute("data-chart-ready", "1");
    el.setAttribute("data-chart-layout", el.style.height ? "sideways" : "upright");
    if (charts.indexOf(el) < 0) charts.push(el);
  }

  // Save as image is a button beside the chart, not echarts' toolbox (its
  // model, view and icon were about 2 KB of every chart page): a real
  // button, reachable by keyboard and named for screen readers. It saves
  // what the canvas shows, at twice the screen's resolution at least, on
  // the card's own background (a dark page's chart is not saved see-through).
  var SAVE_ICON = '<svg viewBox="0 0 60 60" width="15" height="15" aria-hidden="true" focusable="false">' +
    '<path d="M4.7 22.9 29.3 45.5 54.7 23.4M4.6 43.6V58h49.2V43.6M29.2 45.1V0" fill="none" stroke="currentColor" stroke-width="5"/></svg>';

  function english() { return /^en/i.test(document.documentElement.lang); }

  function addSaveButton(el) {
    var fig = el.parentNode;
    if (!fig || fig.querySelector("button[data-save]")) return;
    var b = document.createElement("button");
    var label = english() ? "Save as image" : "保存为图片";
    b.type = "button";
    b.className = "chart-save";
    b.title = label;
    b.setAttribute("aria-label", label);
    b.setAttribute("data-save", el.id);
    b.setAttribute("data-testid", "save-image");
    b.innerHTML = SAVE_ICON;
    fig.insertBefore(b, el);
  }

  function background(el) {
    for (var n = el; n && n.nodeType === 1; n = n.parentNode) {
      var c = getComputedStyle(n).backgroundColor;
      if (c && c !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(c)) return c;
    }
    return "#fff";
  }

  function save(button) {
    var el = document.getElementById(button.getAttribute("data-save"));
    var chart = el && echarts.getInstanceByDom(el);
    if (!chart) return;
    var title = [].concat(chart.getOption().title || [])[0];
    var name = String((title && title.text) || el.id).replace(/[\\/:*?"<>|\s]+/g, " ").trim() || "chart";
    var a = document.createElement("a");
    a.href = chart.getDataURL({ type: "png", pixelRatio: Math.max(2, window.devicePixelRatio || 1), backgroundColor: background(el) });
    a.download = name + ".png";
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  // copy puts an embed snippet on the clipboard and says so; where the
  // clipboard is not allowed (plain http on an intranet) it selects the
  // text for Ctrl-C.
  function copy(button) {
    var ta = document.getElementById(button.getAttribute("data-copy"));
    if (!ta) return;
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied") || "✓";
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    ta.focus();
    ta.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(ta.value).then(done, function () { try { if (document.execCommand("copy")) done(); } catch (e) {} });
      return;
    }
    try { if (document.execCommand("copy")) done(); } catch (e) {}
  }

  function init() {
    var els = document.querySelectorAll("[data-chart-option]");
    for (var i = 0; i < els.length; i++) draw(els[i]);
    // The map's charts (map.js draws them) get the same button.
    els = document.querySelectorAll("[data-chart-option], [data-map-option]");
    for (i = 0; i < els.length; i++) addSaveButton(els[i]);
    // The embed snippets select themselves, ready to copy.
    document.addEventListener("focusin", function (e) {
      if (e.target.matches && e.target.matches(".embed-panel textarea")) e.target.select();
    });
    document.addEventListener("click", function (e) {
      var b = e.target.closest && e.target.closest("button[data-copy], button[data-save]");
      if (b && b.hasAttribute("data-copy")) copy(b);
      else if (b) save(b);
    });
    var t, lastW = window.innerWidth;
    window.addEventListener("resize", function () {
      clearTimeout(t);
      t = setTimeout(function () {
        // Redraw from the server's option: a resize can cross from
        // sideways to upright bars, and titles wrap anew.
        if (window.innerWidth !== lastW) charts.forEach(draw);
        else charts.forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); });
        lastW = window.innerWidth;
      }, 120);
    });
    // Print at the paper's width, not the screen's.
    window.addEventListener("beforeprint", function () { charts.forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); }); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

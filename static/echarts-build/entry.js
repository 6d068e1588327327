// The parts of echarts Mubiao draws with (internal/web/charts.go makes
// the options, static/js/charts.js draws them): bar and line series; the
// title, tooltip (axis), legend, grid, mark point (the triangle and value
// on a bar cut at the axis) and aria (decal patterns for colour-blind
// readers, a description for screen readers) components; the canvas
// renderer. Saving a chart as an image is a button of charts.js
// (chart.getDataURL), not the toolbox component. A view that needs
// another chart or component adds it here and runs build.sh. The map's
// series are in entry-map.js, a second bundle only the map's pages load.
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

// The global charts.js reads: only the functions Mubiao's scripts call.
// Handing out the whole namespace (window.echarts = echarts) kept every
// export of echarts/core in the bundle (graphic, helper, parseGeoJSON,
// number, time, format …: about 4 KB compressed) for nobody.
window.echarts = { init: echarts.init, getInstanceByDom: echarts.getInstanceByDom };

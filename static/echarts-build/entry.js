// The parts of echarts Mubiao draws with (internal/web/charts.go makes
// the options, static/js/charts.js draws them): bar and line series; the
// title, tooltip (axis), legend, grid, toolbox (save as image), mark point
// (the triangle and value on a bar cut at the axis) and aria (decal
// patterns for colour-blind readers) components; the canvas
// renderer. A view that needs another chart or component adds it here
// and runs build.sh. The map's series are in entry-map.js, a second
// bundle only the map's pages load.
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
// The toolbox with its one feature Mubiao shows (save as image), not the
// stock install's data zoom, data view, magic type and restore.
import ToolboxModel from "echarts/lib/component/toolbox/ToolboxModel.js";
import ToolboxView from "echarts/lib/component/toolbox/ToolboxView.js";
import { registerFeature } from "echarts/lib/component/toolbox/featureManager.js";
import SaveAsImage from "echarts/lib/component/toolbox/feature/SaveAsImage.js";

function ToolboxSaveAsImage(registers) {
  registers.registerComponentModel(ToolboxModel);
  registers.registerComponentView(ToolboxView);
  registerFeature("saveAsImage", SaveAsImage);
}

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkPointComponent,
  TitleComponent,
  ToolboxSaveAsImage,
  TooltipComponent,
  CanvasRenderer,
]);

// charts.js reads the global, as it did with the full build.
window.echarts = echarts;

// echarts/lib/component/tooltip/TooltipRichContent.js: the tooltip drawn
// inside the canvas, which echarts uses only where there is no DOM (server
// side rendering). In a browser the tooltip is HTML (TooltipHTMLContent).
import { unused } from "./unused.js";

export default class TooltipRichContent {
  constructor() {
    unused("the canvas-drawn (richText) tooltip");
  }
}

// echarts/lib/loading/default.js: the spinner of chart.showLoading(),
// which Mubiao never calls (charts draw from the option in the page).
import { unused } from "./unused.js";

export default function defaultLoading() {
  unused("the loading spinner (showLoading)");
}

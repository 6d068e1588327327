// echarts/lib/data/helper/transform.js: dataset transforms (filter, sort,
// echarts.registerTransform). The build has no dataset component and
// Mubiao's series carry their data, so there is nothing to transform.
import { unused } from "./unused.js";

export class ExternalSource {}
export function registerExternalTransform() {
  unused("dataset transforms");
}
export function applyDataTransform() {
  unused("dataset transforms");
}

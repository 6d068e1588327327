// zrender/lib/graphic/helper/roundSector.js and echarts/lib/label/sectorLabel.js:
// drawing and labelling sectors, which bars use only on polar coordinates
// (and pie charts always). The build has neither polar coordinates nor
// pies, so no sector is ever drawn.
import { unused } from "./unused.js";

export function buildPath() {
  unused("sectors (polar bars, pies)");
}
export function createSectorCalculateTextPosition() {
  unused("sector labels (polar bars, pies)");
}
export function setSectorTextRotation() {
  unused("sector labels (polar bars, pies)");
}

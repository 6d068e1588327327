// echarts/lib/scale/Time.js: the time axis (type: "time"). Mubiao's year
// axes are value axes (years on a real scale), so no chart asks for one.
import Scale from "echarts/lib/scale/Scale.js";
import { unused } from "./unused.js";

export default class TimeScale extends Scale {
  constructor() {
    super();
    unused("the time axis");
  }
}
TimeScale.type = "time";
Scale.registerClass(TimeScale);

// echarts/lib/scale/Log.js: the logarithmic axis (type: "log"), which no
// Mubiao chart uses. Registered all the same, so that a log axis fails
// loudly instead of being drawn as a linear one.
import Scale from "echarts/lib/scale/Scale.js";
import { unused } from "./unused.js";

export default class LogScale extends Scale {
  constructor() {
    super();
    unused("the log axis");
  }
}
LogScale.type = "log";
Scale.registerClass(LogScale);

// What a stub does if the code it replaced is reached after all: it says
// which part is missing and where to put it back, instead of drawing
// something wrong.
export function unused(what) {
  throw new Error("Mubiao's echarts build leaves out " + what + ": remove its stub in static/echarts-build/build.mjs and rebuild");
}

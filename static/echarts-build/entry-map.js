// The map's pages (/map and its embed): everything entry.js has and the
// map series (static/js/map.js registers the boundaries). A bundle of its
// own, so the chart pages do not carry the map's code (about 11 KB
// compressed); a page loads one of the two, never both.
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import "./entry.js";

echarts.use([MapChart]);
window.echarts.registerMap = echarts.registerMap;

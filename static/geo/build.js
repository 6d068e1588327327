// Converts the boundaries of two npm packages to Mubiao's division codes
// (see build.sh): node build.js ECHARTS_MAP_JSON CITIES_JS DIVISIONS_CSV_GZ OUT.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const [echartsDir, citiesDir, divisionsFile, out] = process.argv.slice(2);

// The division list: code → {name, level, parent}.
const div = new Map();
for (const line of fs.readFileSync(divisionsFile, "utf8").split("\n").slice(1)) {
  const [code, name, level, parent] = line.split(",");
  if (code) div.set(code, { name, level, parent });
}
const childrenByName = new Map(); // parent + name → code
for (const [code, d] of div) childrenByName.set(d.parent + "\u0000" + d.name, code);

// stem drops what a rename changes (县 → 区, 市 → 区): 株洲县 and 渌口区 differ,
// but 宝安县 → 宝安区 does not.
const stem = (n) => n.replace(/(自治县|自治旗|县|区|市|旗|特区|林区)$/, "");

// renames a retired code takes when the list names its successor under
// another name (checked: the successor exists in the list and under the
// same parent).
const renames = { "430221": "430212" /* 株洲县 → 渌口区 (2018) */ };

const report = { matched: 0, byName: 0, renamed: 0, kept: [], dropped: [] };

// codeOf is a feature's division code: the code it carries when the list
// has it, else a division of the same parent by name or stem, else a rename.
function codeOf(raw, name) {
  if (raw === undefined || raw === null) return byNameAnywhere(name);
  let code = String(raw);
  if (code.length === 6 && code.endsWith("0000")) code = code.slice(0, 2);
  else if (code.length === 6 && code.endsWith("00")) code = code.slice(0, 4);
  if (div.has(code)) { report.matched++; return code; }
  // A unit of the same level under the same prefecture, else (a county
  // directly under its province) the same province: never the parent
  // itself, whose name may share the stem (株洲县, 株洲市).
  const parents = code.length === 6 ? [code.slice(0, 4), code.slice(0, 2)] : [code.slice(0, 2)];
  for (const p of parents) {
    const byName = childrenByName.get(p + "\u0000" + name);
    if (byName && byName.length === code.length) { report.byName++; return byName; }
    for (const [c, d] of div) {
      if (d.parent === p && c.length === code.length && stem(d.name) === stem(name) && stem(name).length >= 2) { report.byName++; return c; }
    }
  }
  if (renames[code] && div.has(renames[code])) { report.renamed++; return renames[code]; }
  report.kept.push(code + " " + name);
  return code;
}

// byNameAnywhere names a feature that carries no code by the one division
// of that name; none or several: the feature is left out (undefined).
function byNameAnywhere(name) {
  const found = [...div].filter(([, d]) => d.name === name);
  if (found.length === 1) { report.byName++; return found[0][0]; }
  report.dropped.push(name);
  return undefined;
}

function feature(f) {
  const code = codeOf(f.id || (f.properties && f.properties.id), f.properties.name);
  if (code === undefined) return undefined;
  return { type: "Feature", id: code, properties: { name: code, cp: f.properties.cp }, geometry: f.geometry, _name: f.properties.name };
}

const files = new Map(); // output name → features
const add = (name, f) => { if (!files.has(name)) files.set(name, []); files.get(name).push(f); };

// Provinces (台湾, 香港 and 澳门 included: the list lacks them, so they stay under their own codes).
for (const f of JSON.parse(fs.readFileSync(path.join(echartsDir, "china.json"))).features) {
  const g = feature(f);
  if (g) add("provinces", g);
}

// The units directly below each province.
for (const file of fs.readdirSync(path.join(echartsDir, "province")).sort()) {
  if (!file.endsWith(".json")) continue;
  for (const f of JSON.parse(fs.readFileSync(path.join(echartsDir, "province", file))).features) {
    const g = feature(f);
    if (g) add(g.id.slice(0, 2), g);
  }
}

// The counties of each prefecture, gathered by province.
const collected = [];
const sandbox = { echarts: { registerMap: (name, json) => collected.push(json) }, console };
for (const file of fs.readdirSync(citiesDir).sort()) {
  if (!file.endsWith(".js") || file === "index.js") continue;
  vm.runInNewContext(fs.readFileSync(path.join(citiesDir, file), "utf8"), sandbox);
}
const seen = new Set();
for (const json of collected) {
  for (const f of json.features) {
    const g = feature(f);
    if (!g || g.id.length !== 6 || seen.has(g.id)) continue; // no code, a city's own outline, or drawn by two cities' files
    seen.add(g.id);
    add(g.id.slice(0, 2) + "-counties", g);
  }
}

const lines = ["# Boundary codes", "", "Made by build.sh; what the conversion to the division list found.", "",
  "| file | features | not in the division list |", "|---|---:|---|"];
for (const [name, feats] of [...files].sort()) {
  const kept = feats.filter((f) => !div.has(f.id)).map((f) => f.id + " " + f._name);
  lines.push("| " + name + ".json | " + feats.length + " | " + (kept.join(", ") || "—") + " |");
  for (const f of feats) delete f._name;
  const fc = { type: "FeatureCollection", UTF8Encoding: true, features: feats };
  fs.writeFileSync(path.join(out, name + ".json.gz"), zlib.gzipSync(JSON.stringify(fc), { level: 9 }));
}
lines.push("", "Codes found directly: " + report.matched + "; by name under the same parent: " + report.byName +
  "; by a listed rename: " + report.renamed + "; kept under a code the list lacks: " + report.kept.length +
  "; left out, with no code and no unique name: " + report.dropped.length +
  (report.dropped.length ? " (" + report.dropped.slice(0, 6).join(", ") + ", …: mostly Taiwan's, which the list lacks)" : "") + ".");
fs.writeFileSync(path.join(out, "CODES.md"), lines.join("\n") + "\n");
console.log(lines[lines.length - 1]);

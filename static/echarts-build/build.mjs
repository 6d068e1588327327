// Builds the two echarts bundles (see build.sh, which runs this after
// `npm ci`). esbuild bundles each entry, tree-shaken to what it imports,
// with the development checks compiled out, and with the modules in
// `stubs` below replaced by the files in stubs/; terser minifies (a few
// percent smaller than esbuild's own minifier on echarts); the result is
// kept only compressed, Brotli for browsers that take it and gzip for the
// rest (the server inflates the gzip for a client that takes neither).
// WHY=1 prints where each bundle's bytes are (esbuild's analysis of the
// unminified modules); KEEP=1 keeps out/.
import * as esbuild from "esbuild";
import { minify } from "terser";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const bundles = [
  ["entry.js", "echarts-mubiao-5.6.0"], // every chart page
  ["entry-map.js", "echarts-mubiao-map-5.6.0"], // the map's pages
];

// Modules the imported components pull in for features no Mubiao chart
// has, each swapped for a stub that throws if it is reached after all
// (stubs/*.js say why each is never reached). Found with WHY=1; about
// 5.5 KB of Brotli of the chart pages' bundle.
const stubs = {
  "echarts/lib/scale/Time.js": "time-scale.js",
  "echarts/lib/scale/Log.js": "log-scale.js",
  "echarts/lib/component/tooltip/TooltipRichContent.js": "tooltip-rich-content.js",
  "zrender/lib/graphic/helper/roundSector.js": "sector.js",
  "echarts/lib/label/sectorLabel.js": "sector.js",
  "echarts/lib/loading/default.js": "loading.js",
  "echarts/lib/data/helper/transform.js": "transform.js",
  "zrender/lib/core/timsort.js": "timsort.js",
};

const here = path.dirname(new URL(import.meta.url).pathname);
const modules = path.join(here, "node_modules") + path.sep;
const stubPlugin = {
  name: "mubiao-stubs",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](echarts|zrender)[\\/]lib[\\/].*\.js$/ }, (args) => {
      const stub = stubs[args.path.slice(modules.length).split(path.sep).join("/")];
      if (!stub) return undefined;
      const file = path.join(here, "stubs", stub);
      return { contents: fs.readFileSync(file, "utf8"), resolveDir: path.dirname(file), loader: "js" };
    });
  },
};

fs.mkdirSync(path.join(here, "out"), { recursive: true });
for (const [entry, name] of bundles) {
  const result = await esbuild.build({
    entryPoints: [path.join(here, entry)],
    bundle: true,
    format: "iife",
    target: "es2017",
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"', __DEV__: "false" },
    plugins: [stubPlugin],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  if (process.env.WHY) console.log(name + ":\n" + (await esbuild.analyzeMetafile(result.metafile, { verbose: false })));
  const code = result.outputFiles[0].text;
  const min = (await minify(code, { compress: { passes: 3 }, mangle: true, toplevel: true, ecma: 2017 })).code;
  const b = Buffer.from(min);
  fs.writeFileSync(path.join(here, "out", name + ".js"), code);
  fs.writeFileSync(path.join(here, "out", name + ".min.js"), b);
  const vendor = path.join(here, "..", "vendor", name + ".min.js");
  fs.writeFileSync(vendor + ".gz", zlib.gzipSync(b, { level: 9 }));
  // Brotli's largest blocks (LGBLOCK 24) make the chart pages' bundle 197
  // bytes smaller and the map's 111 bytes larger: keep the smaller.
  const brotli = (lgblock) => zlib.brotliCompressSync(b, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
    [zlib.constants.BROTLI_PARAM_LGBLOCK]: lgblock,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length,
  } });
  const [usual, largest] = [brotli(0), brotli(24)];
  fs.writeFileSync(vendor + ".br", largest.length < usual.length ? largest : usual);
}
if (!process.env.KEEP) fs.rmSync(path.join(here, "out"), { recursive: true });

#!/bin/sh
# Builds the two echarts bundles Mubiao serves from the npm registry's
# echarts 5.6.0 modules with esbuild 0.28.2 and terser 5.51.4 (all pinned
# in package-lock.json), each keeping only what its entry imports:
#   static/vendor/echarts-mubiao-5.6.0.min.js.{br,gz}      entry.js, every chart page
#   static/vendor/echarts-mubiao-map-5.6.0.min.js.{br,gz}  entry-map.js, the map's pages
# Run from anywhere; needs node and npm. The output is committed, so
# building the server never needs node.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
mkdir -p out
for b in "entry echarts-mubiao-5.6.0" "entry-map echarts-mubiao-map-5.6.0"; do
  set -- $b
  # esbuild bundles (tree-shaken to what the entry imports, development
  # checks compiled out); terser minifies (a few percent smaller than
  # esbuild's own minifier on echarts).
  ./node_modules/.bin/esbuild "$1.js" --bundle --format=iife --target=es2017 --log-level=warning \
    --legal-comments=none --define:process.env.NODE_ENV='"production"' --define:__DEV__=false --outfile="out/$2.js"
  ./node_modules/.bin/terser "out/$2.js" --compress passes=3 --mangle --toplevel --ecma 2017 -o "out/$2.min.js"
  # Kept only compressed: Brotli for browsers that take it, gzip for the
  # rest (the server inflates it for a client that takes neither).
  node -e '
const z = require("zlib"), fs = require("fs"), name = process.argv[1];
const b = fs.readFileSync("out/" + name + ".min.js");
fs.writeFileSync("../vendor/" + name + ".min.js.gz", z.gzipSync(b, { level: 9 }));
fs.writeFileSync("../vendor/" + name + ".min.js.br", z.brotliCompressSync(b, { params: {
  [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }));
' "$2"
done
[ -n "${KEEP:-}" ] || rm -rf out
ls -l ../vendor/echarts-mubiao-*.min.js.*

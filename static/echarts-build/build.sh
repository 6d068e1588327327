#!/bin/sh
# Builds static/vendor/echarts-mubiao-5.6.0.min.js.{br,gz} from the npm
# registry's echarts 5.6.0 modules with esbuild 0.28.2 and terser 5.51.4
# (all pinned in package-lock.json), keeping only what entry.js imports. Run from
# anywhere; needs node and npm. The output is committed, so building the
# server never needs node.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
# esbuild bundles (tree-shaken to what entry.js imports, development
# checks compiled out); terser minifies (a few percent smaller than
# esbuild's own minifier on echarts).
./node_modules/.bin/esbuild entry.js --bundle --format=iife --target=es2017 --log-level=warning \
  --legal-comments=none --define:process.env.NODE_ENV='"production"' --define:__DEV__=false --outfile=out/echarts.js
./node_modules/.bin/terser out/echarts.js --compress passes=3 --mangle --toplevel --ecma 2017 -o out/echarts.min.js
# Kept only compressed: Brotli for browsers that take it, gzip for the
# rest (the server inflates it for a client that takes neither).
node -e '
const z = require("zlib"), fs = require("fs");
const b = fs.readFileSync("out/echarts.min.js");
fs.writeFileSync("../vendor/echarts-mubiao-5.6.0.min.js.gz", z.gzipSync(b, { level: 9 }));
fs.writeFileSync("../vendor/echarts-mubiao-5.6.0.min.js.br", z.brotliCompressSync(b, { params: {
  [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }));
'
[ -n "${KEEP:-}" ] || rm -rf out
ls -l ../vendor/echarts-mubiao-5.6.0.min.js.*

#!/bin/sh
# Builds the two echarts bundles Mubiao serves from the npm registry's
# echarts 5.6.0 modules with esbuild 0.28.2 and terser 5.51.4 (all pinned
# in package-lock.json), each keeping only what its entry imports:
#   static/vendor/echarts-mubiao-5.6.0.min.js.{br,gz}      entry.js, every chart page
#   static/vendor/echarts-mubiao-map-5.6.0.min.js.{br,gz}  entry-map.js, the map's pages
# build.mjs says how (and which unused echarts modules it stubs out).
# Run from anywhere; needs node and npm. The output is committed, so
# building the server never needs node.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node build.mjs
ls -l ../vendor/echarts-mubiao-*.min.js.*

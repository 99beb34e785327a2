#!/usr/bin/env sh
# The release build in dist/, from four builds of the same code:
#   1. the engine's worker (build/engine.sh, target/engine-dist), with the standard settings;
#   2. the explore page (ranges, the comparison, the story: index.html built with every
#      feature and `explore`, into target/explore-dist as explore.html);
#   3. the first view for an article's frame (features `frame` only: a host page's messages,
#      its height), into target/frame-dist as frame.html;
#   4. the first view for a standalone reader (features `sharing` only: the share bar, the
#      embed dialog, the explore links), into dist/, whose post-build step (build/postbuild.mjs)
#      takes the other three in and lets index.html load build 3 or 4 as its address asks;
# then .br and .gz beside every file.
#
#   build/build.sh            # or: npm run build
#
# CAPEX_DIST names another output folder than dist/; CAPEX_EXTRA_EDITIONS adds the edition
# files of a folder to src/editions/ (the editions test build: make build-editions).
set -eu
cd "$(dirname "$0")/.."
dist=${CAPEX_DIST:-dist}
build/engine.sh
TRUNK_BUILD_FEATURES=explore TRUNK_BUILD_HTML_OUTPUT=explore.html \
  build/trunk.sh build --release --dist target/explore-dist
TRUNK_BUILD_NO_DEFAULT_FEATURES=true TRUNK_BUILD_FEATURES=frame TRUNK_BUILD_HTML_OUTPUT=frame.html \
  build/trunk.sh build --release --dist target/frame-dist
TRUNK_BUILD_NO_DEFAULT_FEATURES=true TRUNK_BUILD_FEATURES=sharing \
  build/trunk.sh build --release --dist "$dist"
node build/compress.mjs "$dist"

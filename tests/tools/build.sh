#!/usr/bin/env sh
# The release build in dist/: the explore page first (ranges, the comparison, the story: the
# same page built with the `explore` feature, into target/explore-dist as explore.html), then
# the first view, whose post-build step (tests/tools/postbuild.mjs) takes the explore page in,
# then .br and .gz beside every file.
#
#   tests/tools/build.sh            # or: npm run build
set -eu
cd "$(dirname "$0")/../.."
TRUNK_BUILD_FEATURES=explore TRUNK_BUILD_HTML_OUTPUT=explore.html \
  tests/tools/trunk.sh build --release --dist target/explore-dist
tests/tools/trunk.sh build --release
node tests/tools/compress.mjs dist

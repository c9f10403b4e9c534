#!/usr/bin/env bash
# Builds the Linux app-image and checks it as a user would: the packaged launcher runs the command
# line without a display, and the runtime holds every JDK module the jar needs. Run from CI after
# the tests (they are skipped here because they have just passed).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Pinstaller -Dinstaller.type=app-image -DskipTests package

image=target/installer/out/ActorGraph
launcher="$image/bin/ActorGraph"
[[ -x $launcher ]] || { echo "check-app-image: no launcher at $launcher" >&2; exit 1; }

# The module list in installer/common/common.args must cover what jdeps finds in the jar.
needed=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/actorgraph.jar)
listed=$(sed -n 's/^--add-modules //p' installer/common/common.args)
for module in ${needed//,/ }; do
  [[ ",$listed," == *",$module,"* ]] || { echo "check-app-image: module $module is missing from common.args" >&2; exit 1; }
done

# The launcher starts the JVM with the window's options from the pom (decisions 12 and 22).
for option in $(sed -n 's:.*<app\.jvm\.\(compiler\|young\)>\(.*\)</app\.jvm\..*:\2:p' pom.xml); do
  grep -qxF "java-options=$option" "$image/lib/app/ActorGraph.cfg" \
    || { echo "check-app-image: the launcher does not pass \"$option\" (lib/app/ActorGraph.cfg)" >&2; exit 1; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
env -u DISPLAY "$launcher" validate assets/corpora/seed.actorgraph.json
env -u DISPLAY "$launcher" export assets/corpora/seed.actorgraph.json --format svg --out "$out/seed.svg"
grep -q '<svg' "$out/seed.svg" || { echo "check-app-image: the export is not an SVG" >&2; exit 1; }
for name in "North Korea" "Russia" "Iran" "United States" "China" "Ukraine"; do
  grep -q ">$name<" "$out/seed.svg" || { echo "check-app-image: \"$name\" is missing from the exported SVG" >&2; exit 1; }
done
set +e
env -u DISPLAY "$launcher" export 2>/dev/null
status=$?
set -e
[[ $status -eq 2 ]] || { echo "check-app-image: bad arguments gave exit code $status, expected 2" >&2; exit 1; }

echo "check-app-image: app-image $(du -sh "$image" | cut -f1), launcher export and validate work"

#!/usr/bin/env bash
# Makes the installers' icons from assets/icons/actorgraph.svg. Needs rsvg-convert (librsvg2-bin),
# ImageMagick and png2icns (icnsutils). The results are committed, so a build does not need these tools.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/actorgraph.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/icon-$size.png"
done
cp "$work/icon-512.png" installer/linux/actorgraph.png
cp "$work/icon-256.png" assets/icons/actorgraph-256.png
/usr/bin/convert "$work"/icon-{16,32,48,64,128,256}.png installer/windows/actorgraph.ico
png2icns installer/macos/actorgraph.icns "$work"/icon-{16,32,128,256,512}.png >/dev/null
echo "icons written to installer/linux, installer/windows, installer/macos"

#!/usr/bin/env bash
# On macOS: turns the PNG exports into icons/beeper-composer.icns with iconutil.
set -euo pipefail
cd "$(dirname "$0")/../.."
SET=$(mktemp -d)/beeper-composer.iconset
mkdir -p "$SET"
for size in 16 32 128 256 512; do
  sips -z $size $size icons/beeper-composer-512.png --out "$SET/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  sips -z $double $double icons/beeper-composer-512.png --out "$SET/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$SET" -o icons/beeper-composer.icns
echo "icons/beeper-composer.icns"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Renders the hicolor PNG sizes from calldata-editor.svg. The PNGs are committed, so a build needs
# no SVG renderer (Windows and macOS builds included); run this after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" calldata-editor.svg --output "calldata-editor-$size.png"
done

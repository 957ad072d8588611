#!/usr/bin/env bash
# Vendors PDF.js (npm package pdfjs-dist) into chat/static/chat/vendor/pdfjs/ for the PDF
# viewer page (templates/viewer.html, chat/static/chat/viewer.js). No CDN, no build chain:
# the copied files are committed; re-run to upgrade (change PDFJS_VERSION and
# PDFJS_INTEGRITY below, or pass PDFJS_VERSION=x.y.z to try a version before pinning it).
#
# Copied, and nothing else (about 1.8 MB, no source maps):
#   pdf.min.mjs         the display layer: getDocument, TextLayer, GlobalWorkerOptions
#   pdf.worker.min.mjs  the parser, run in a module Web Worker
#   LICENSE             Apache-2.0, PDF.js's licence
#   VERSION             "pdfjs-dist <version>"
# Left out on purpose:
#   web/pdf_viewer.css  the viewer.css of this project carries the few text-layer rules needed;
#   cmaps/ (1.7 MB)     only for PDFs with non-embedded CJK fonts; such text may not render
#                       or be selectable. To support them, copy cmaps/ too and pass
#                       cMapUrl + cMapPacked: true to getDocument in viewer.js;
#   wasm/               JPEG 2000 / JBIG2 image decoders and ICC colour support (scanned PDFs):
#                       without them those images stay blank; copy wasm/*.wasm and pass wasmUrl;
#   standard_fonts/     the browser's own fonts stand in for the 14 standard PDF fonts.
#
# PDFJS_BUILD=legacy copies legacy/build instead of build (same file names, ~120 KB more,
# polyfilled for browsers older than the last two releases; the modern build needs e.g.
# Map.prototype.getOrInsertComputed and Math.sumPrecise).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PINNED_VERSION="6.5.438"
PINNED_INTEGRITY="sha512-vg8Pw1x+AFKy4AMDvhuWl5cOYV8d698UoEANoFFhc79hqXDnZQqnOXoxw3HG907WHOg1JYOvLhP756boddFxpA=="
PDFJS_VERSION="${PDFJS_VERSION:-$PINNED_VERSION}"
PDFJS_BUILD="${PDFJS_BUILD:-modern}"
DEST="chat/static/chat/vendor/pdfjs"

case "$PDFJS_BUILD" in
  modern) build_dir="build" ;;
  legacy) build_dir="legacy/build" ;;
  *) echo "PDFJS_BUILD must be modern or legacy, not '$PDFJS_BUILD'" >&2; exit 2 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "==> npm pack pdfjs-dist@$PDFJS_VERSION"
tarball="$(cd "$tmp" && npm pack --silent "pdfjs-dist@$PDFJS_VERSION" | tail -n1)"
integrity="sha512-$(openssl dgst -sha512 -binary "$tmp/$tarball" | base64 -w0)"
if [ "$PDFJS_VERSION" = "$PINNED_VERSION" ]; then
  if [ "$integrity" != "$PINNED_INTEGRITY" ]; then
    echo "integrity mismatch for pdfjs-dist@$PDFJS_VERSION:" >&2
    echo "  expected $PINNED_INTEGRITY" >&2
    echo "  got      $integrity" >&2
    exit 1
  fi
else
  echo "==> not the pinned version; to pin it, set in $0:"
  echo "    PINNED_VERSION=\"$PDFJS_VERSION\""
  echo "    PINNED_INTEGRITY=\"$integrity\""
fi
tar -xzf "$tmp/$tarball" -C "$tmp"
pkg="$tmp/package"

rm -rf "$DEST"
mkdir -p "$DEST"
cp "$pkg/$build_dir/pdf.min.mjs" "$pkg/$build_dir/pdf.worker.min.mjs" "$DEST/"
cp "$pkg/LICENSE" "$DEST/LICENSE"
if [ "$PDFJS_BUILD" = legacy ]; then
  echo "pdfjs-dist $PDFJS_VERSION (legacy build)" > "$DEST/VERSION"
else
  echo "pdfjs-dist $PDFJS_VERSION" > "$DEST/VERSION"
fi

# The minified builds carry no sourceMappingURL; if a later one does, drop it, since the maps
# are not vendored (and ManifestStaticFilesStorage would fail on a missing .map for .js).
for f in "$DEST"/*.mjs; do
  sed -i -e '/^\/\/# sourceMappingURL=/d' "$f"
done

echo "==> $DEST ($(du -sh "$DEST" | cut -f1)):"
ls -l "$DEST"

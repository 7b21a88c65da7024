#!/usr/bin/env bash
# Lints the published OpenAPI documents named as arguments (docs/openapi/<name>.yaml; all of them when none is
# named) with Spectral under
# docs/openapi/.spectral.yaml, failing on any error or warning (kept warnings are "info" there, each with its
# reason). The packages are those of package-lock.json, every one checked against its sha512 integrity by
# npm ci, installed once per lock file into the cache (CASEWORK_CACHE, default ~/.cache/casework) and reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/target/api-lint"

# Every package pinned and checked: a lock entry without a sha512 integrity would be installed unchecked.
node -e '
  const lock = require(process.argv[1]);
  const unchecked = Object.entries(lock.packages).filter(([p, e]) => p && !e.link && !/^sha512-/.test(e.integrity || ""));
  if (unchecked.length) { console.error("No sha512 integrity in package-lock.json for: " + unchecked.map(([p]) => p).join(", ")); process.exit(1); }
' "$here/package-lock.json"

lock_sum="$(sha256sum "$here/package-lock.json" | cut -c1-16)"
cache="${CASEWORK_CACHE:-$HOME/.cache/casework}/api-lint/$lock_sum"
if [[ ! -f "$cache/installed" ]]; then
  echo "Installing Spectral (package-lock.json $lock_sum) into $cache..."
  partial="$(mktemp -d "${cache%/*}.partial.XXXXXX" 2>/dev/null || { mkdir -p "${cache%/*}"; mktemp -d "${cache%/*}.partial.XXXXXX"; })"
  cp "$here/package.json" "$here/package-lock.json" "$partial/"
  (cd "$partial" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  touch "$partial/installed"
  mkdir -p "${cache%/*}"
  # Another build may have installed it meanwhile: either copy is the same lock's.
  mv -T "$partial" "$cache" 2>/dev/null || rm -rf "$partial"
fi

# The ruleset resolves its packages beside itself, and its overrides name the documents relative to itself:
# the ruleset and copies of the documents sit together beside the installed packages.
rm -rf "$work"
mkdir -p "$work"
ln -s "$cache/node_modules" "$work/node_modules"
cp "$root/docs/openapi/.spectral.yaml" "$root"/docs/openapi/*-service.yaml "$work/"
if (( $# )); then
  documents=()
  for name in "$@"; do documents+=("$name.yaml"); done
else
  documents=()
  for document in "$work"/*-service.yaml; do documents+=("$(basename "$document")"); done
fi

# One run for every document (the ruleset is bundled once); each failure line names the document, line:column, rule
# and JSON path.
cd "$work"
echo "Spectral over docs/openapi/{${documents[*]}}"
if ! node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity warn --display-only-failures \
    --format stylish "${documents[@]}"; then
  echo "OpenAPI lint failed: each line above names the document (a copy of docs/openapi/...), line:column, rule and" \
    "JSON path. Bound the value with the server's Bean Validation annotation and republish the document" \
    "(-Dcasework.openapi.publish=true on the service's OperationsEndpointsTest), or keep a warning as info in" \
    "docs/openapi/.spectral.yaml with its reason." >&2
  exit 1
fi
echo "OpenAPI lint: no error or unlisted warning in docs/openapi."

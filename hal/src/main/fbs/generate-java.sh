#!/usr/bin/env bash
# Generates Java from every schema in this folder: generate-java.sh FLATC OUTPUT_DIR
# Called by the hal build (exec-maven-plugin), as flight-sw's copy is by its build; flatc is the prebuilt 2.0.8.
set -euo pipefail
flatc="$1"
out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
chmod +x "$flatc"
rm -rf "$out"
mkdir -p "$out"
"$flatc" --java -o "$out" -I "$here" "$here"/*.fbs

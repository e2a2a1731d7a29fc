#!/bin/sh
# Builds the plan fuzzer into .build/fuzz/plan-fuzzer: Yams (with libyaml), PlanCore and
# PlanFiles compiled with libFuzzer's coverage and AddressSanitizer, linked with
# Fuzz/PlanFuzzer.swift and the pipeline the tests share. Separate from `swift build`, so
# it never slows down or breaks `make test`.
set -eu
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
CLANG=${CLANG:-$(dirname "$(command -v "$SWIFTC")")/clang}
SANITIZE=${SANITIZE:-fuzzer,address}
OUT=.build/fuzz
[ -d .build/checkouts/Yams ] || swift package resolve
YAMS=.build/checkouts/Yams/Sources
mkdir -p "$OUT/obj"

# libyaml: coverage for the fuzzer, but libFuzzer's main only in the final link.
for c in "$YAMS"/CYaml/src/*.c; do
  "$CLANG" -c -O1 -g -fPIC -DYAML_DECLARE_STATIC -I"$YAMS/CYaml/include" \
    -fsanitize=fuzzer-no-link,address -o "$OUT/obj/$(basename "$c" .c).o" "$c"
done

# One Swift module at a time, each an object file and a module for the next.
module() {
  name=$1; shift
  "$SWIFTC" -parse-as-library -module-name "$name" -swift-version 6 -O -g -enable-testing \
    -sanitize="$SANITIZE" -parse-as-library -I "$OUT" -I "$YAMS/CYaml/include" \
    -Xcc -DYAML_DECLARE_STATIC -DSWIFT_PACKAGE -wmo \
    -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
    -c -o "$OUT/obj/$name.o" "$@"
}
module Yams "$YAMS"/Yams/*.swift
module PlanCore $(find Sources/PlanCore -name '*.swift')
module PlanFiles $(find Sources/PlanFiles -name '*.swift')

"$SWIFTC" -module-name PlanFuzzer -swift-version 6 -O -g -parse-as-library -sanitize="$SANITIZE" \
  -I "$OUT" -I "$YAMS/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
  Fuzz/PlanFuzzer.swift Tests/ReliabilityTests/Support/PlanPipeline.swift \
  "$OUT"/obj/*.o -o "$OUT/plan-fuzzer"
echo "built $OUT/plan-fuzzer"

#!/bin/sh
# Runs the plan fuzzer built by Fuzz/build.sh.
#   Fuzz/run.sh [SECONDS]   fuzz for SECONDS (default 600), starting from the committed
#                           corpus and the example plans; finds go to .build/fuzz/crashes/
#   Fuzz/run.sh merge       minimise the corpus and what was found into the committed corpus
set -eu
cd "$(dirname "$0")/.."
FUZZER=.build/fuzz/plan-fuzzer
CORPUS=Tests/ReliabilityTests/Fixtures/fuzz-corpus
WORK=.build/fuzz/corpus
SEEDS=.build/fuzz/seeds
export CLASSPLAN_ASSETS=${CLASSPLAN_ASSETS:-$PWD/Assets}
mkdir -p "$WORK" "$SEEDS" .build/fuzz/crashes
# The example plans and every plan and library fixture are where the fuzzer starts.
for f in $(find Plans Assets/library Tests/PlanFilesTests/Fixtures Tests/CommandLineTests/Fixtures -name '*.yaml'); do
  cp "$f" "$SEEDS/$(echo "$f" | tr / _)"
done

if [ "${1:-}" = merge ]; then
  fresh=$(mktemp -d)
  # The smallest set of inputs that reaches every code edge the others reach (hit counts
  # ignored): a corpus small enough to commit and to replay on every test run.
  "$FUZZER" -set_cover_merge=1 -use_counters=0 "$fresh" "$CORPUS" "$WORK" "$SEEDS"
  rm -f "$CORPUS"/*
  cp "$fresh"/* "$CORPUS"/
  rm -rf "$fresh"
  echo "$(ls "$CORPUS" | wc -l) inputs in $CORPUS"
  exit 0
fi

SECONDS_TO_RUN=${1:-600}
# timeout is a backstop in case the fuzzer itself stops answering.
timeout $((SECONDS_TO_RUN + 120)) "$FUZZER" -max_total_time="$SECONDS_TO_RUN" -dict=Fuzz/plan.dict \
  -timeout=10 -rss_limit_mb=3000 -artifact_prefix=.build/fuzz/crashes/ -print_final_stats=1 \
  "$WORK" "$CORPUS" "$SEEDS"

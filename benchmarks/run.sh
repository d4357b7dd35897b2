#!/usr/bin/env bash
# Builds what the benchmarks measure (the component and the sandbox), then runs the whole benchmark in one go:
# results/results.md, results/chart.svg and results/raw.csv. Extra arguments go to Maven, e.g. -Dbench.rounds=3.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl camel-hrflow-component,hrflow-sandbox -am
mvn -B -q -Pbenchmarks -pl benchmarks verify -Dbench -Dbench.command="benchmarks/run.sh" "$@"

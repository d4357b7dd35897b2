#!/usr/bin/env bash
# Builds what the benchmarks measure (the component and the sandbox) in the same reactor, without their tests, and
# runs the whole benchmark in one go: results/results.md, results/chart.svg and results/raw.csv. Nothing is installed
# into ~/.m2. Extra arguments go to Maven, e.g. -Dbench.rounds=5 or -Dbench.scale=0.5.
set -euo pipefail
cd "$(dirname "$0")/.."
# -Dtest keeps only the benchmarks module's own tests (the other modules match none); -DskipITs skips the component's
# live-API test; javadoc and sources jars are not needed to measure anything
mvn -B -q -Pbenchmarks -am -pl benchmarks verify -Dbench -Dbench.command="benchmarks/run.sh" \
    -Dtest='io.github.camelhrflow.benchmarks.**' -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true "$@"

#!/usr/bin/env bash
# Reruns the benchmark of BENCHMARKS.md: generates seeded exports, then times the plain-Java lower bound
# and the full check, each in a fresh `java -jar` process with the same heap, and prints lines/s, ratio
# and peak memory.
#
#   bench/run.sh                         # 1M and 10M lines on the embedded H2 database
#   PARTITIONS=1,2 LINES=1000000 bench/run.sh   # the check once with one partition, once with two: the speed-up
#   LINES=100000 bench/run.sh            # the CI smoke size (about a minute; no timed assertion)
#   PG=1 bench/run.sh                    # on PostgreSQL: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD
#                                        # (default jdbc:postgresql://127.0.0.1:5432/tztcheck, tzt/tzt)
# Environment: JAR (default target/tzt-check.jar), WORK (default target/bench), XMX (heap of the check and
# the lower bound, default 1g), PARTITIONS (partitions of the check step, default 2), RESULTS (Markdown rows
# appended here, default $WORK/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/tzt-check.jar}
WORK=${WORK:-target/bench}
LINES=${LINES:-1000000,10000000}
XMX=${XMX:-1g}
PARTITIONS=${PARTITIONS:-2}
RESULTS=${RESULTS:-$WORK/results.md}
mkdir -p "$WORK"
args=(bench --lines "$LINES" --xmx "$XMX" --partitions "$PARTITIONS" --work "$WORK" --results "$RESULTS")
if [[ "${PG:-0}" == 1 ]]; then
  args+=(--jdbc-url "${SPRING_DATASOURCE_URL:-jdbc:postgresql://127.0.0.1:5432/tztcheck}"
         --jdbc-user "${SPRING_DATASOURCE_USERNAME:-tzt}" --jdbc-password "${SPRING_DATASOURCE_PASSWORD:-tzt}")
fi
# the bench JVM only generates the exports and starts the measured processes
exec java -Xmx512m -jar "$JAR" "${args[@]}"

#!/usr/bin/env bash
# Reruns the benchmark of BENCHMARKS.md: generates seeded exports, times the plain-Java lower bound
# and the full check (its own `java -jar` process) on each, and prints lines/s, ratio and peak memory.
#
#   bench/run.sh                       # 1M and 10M lines on the embedded H2 database
#   LINES=100000 bench/run.sh          # the CI smoke size (about a minute; no timed assertion)
#   PG=1 bench/run.sh                  # on PostgreSQL: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD
#                                      # (default jdbc:postgresql://127.0.0.1:5432/tztcheck, tzt/tzt)
# Environment: JAR (default target/tzt-check.jar), WORK (default target/bench), XMX (check process heap,
# default 1g), RESULTS (Markdown rows appended here, default $WORK/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/tzt-check.jar}
WORK=${WORK:-target/bench}
LINES=${LINES:-1000000,10000000}
XMX=${XMX:-1g}
RESULTS=${RESULTS:-$WORK/results.md}
mkdir -p "$WORK"
args=(bench --lines "$LINES" --xmx "$XMX" --work "$WORK" --results "$RESULTS")
if [[ "${PG:-0}" == 1 ]]; then
  args+=(--jdbc-url "${SPRING_DATASOURCE_URL:-jdbc:postgresql://127.0.0.1:5432/tztcheck}"
         --jdbc-user "${SPRING_DATASOURCE_USERNAME:-tzt}" --jdbc-password "${SPRING_DATASOURCE_PASSWORD:-tzt}")
fi
# the lower bound runs in this JVM with the same heap as the check, so both are held to -Xmx$XMX
exec java -Xmx"$XMX" -jar "$JAR" "${args[@]}"

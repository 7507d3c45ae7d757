#!/usr/bin/env bash
# Reruns the benchmark of BENCHMARKS.md: per size and export order, generates a seeded export, then times
# the plain-Java lower bound, the DuckDB reference and the full check, each in a fresh process, and prints
# their times, the ratio check / lower bound and peak memory.
#
#   bench/run.sh                                  # 1M and 10M lines, orders date, shuffled, client; heavy mix; H2
#   LINES=1000000 ORDERS=shuffled bench/run.sh    # one size, one order
#   PG=1 bench/run.sh                             # on PostgreSQL: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD
#                                                 # (default jdbc:postgresql://127.0.0.1:5432/tztcheck, tzt/tzt)
#   LINES=100000 ORDERS=shuffled WORK=target/bench-smoke bench/run.sh   # the CI smoke (nothing timed)
# Environment: JAR (default target/tzt-check.jar), WORK (default target/bench), LINES, ORDERS (default
# date,shuffled,client), MIX (heavy or light, default heavy), XMX (heap of the check, default 1g), LOWER_XMX
# (heap of the lower bound, default XMX), PARTITIONS (of the check step, default 2), RESULTS (Markdown rows
# appended here, default $WORK/results.md), DUCKDB (0 skips the DuckDB reference; default: fetched once from
# Maven Central into target/bench-lib, version DUCKDB_VERSION, default 1.1.3), KEEP=1 keeps exports and outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/tzt-check.jar}
WORK=${WORK:-target/bench}
LINES=${LINES:-1000000,10000000}
ORDERS=${ORDERS:-date,shuffled,client}
MIX=${MIX:-heavy}
XMX=${XMX:-1g}
LOWER_XMX=${LOWER_XMX:-$XMX}
PARTITIONS=${PARTITIONS:-2}
RESULTS=${RESULTS:-$WORK/results.md}
DUCKDB_VERSION=${DUCKDB_VERSION:-1.1.3}
mkdir -p "$WORK"
args=(bench --lines "$LINES" --orders "$ORDERS" --mix "$MIX" --xmx "$XMX" --lower-bound-xmx "$LOWER_XMX"
      --partitions "$PARTITIONS" --work "$WORK" --results "$RESULTS")
if [[ "${PG:-0}" == 1 ]]; then
  args+=(--jdbc-url "${SPRING_DATASOURCE_URL:-jdbc:postgresql://127.0.0.1:5432/tztcheck}"
         --jdbc-user "${SPRING_DATASOURCE_USERNAME:-tzt}" --jdbc-password "${SPRING_DATASOURCE_PASSWORD:-tzt}")
fi
if [[ "${KEEP:-0}" == 1 ]]; then
  args+=(--keep-outputs)
fi
# DuckDB is an outside reference, never part of tzt-check's jar: its JDBC driver is fetched into target/bench-lib
if [[ "${DUCKDB:-1}" != 0 ]]; then
  duckdb_jar=target/bench-lib/duckdb_jdbc-$DUCKDB_VERSION.jar
  if [[ ! -f "$duckdb_jar" ]]; then
    mvn -B -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" -DoutputDirectory=target/bench-lib \
      || echo "bench: could not fetch org.duckdb:duckdb_jdbc:$DUCKDB_VERSION from Maven Central; the DuckDB reference is skipped"
  fi
  if [[ -f "$duckdb_jar" ]]; then
    args+=(--duckdb-jar "$duckdb_jar" --duckdb-program bench/DuckDbReference.java)
  fi
fi
# the bench JVM only generates the exports and starts the measured processes
exec java -Xmx512m -jar "$JAR" "${args[@]}"

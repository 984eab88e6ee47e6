#!/usr/bin/env bash
# Search benchmark: imports a generated corpus of 50,000 lessons (250 courses x 200) into a fresh
# server on the embedded database, then calls GET /api/v1/search and the no-op GET /api/v1/ping
# at the same steady rate, interleaved, and prints p50/p95/p99 of both and their p95 ratio
# (goal: search <= 3x no-op); then times the full reindex next to raw Lucene indexing of the same
# text in the benchmark's JVM. Usage: bench/search.sh [courses] [lessons-per-course] [rate] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
# -DskipITs as well: since Failsafe 3.6 -DskipTests no longer skips the integration tests
mvn -B -q -DskipTests -DskipITs install
cd core/app
exec mvn -B -q -DskipTests -Pbench -Dbench.main=org.latih.app.it.SearchBenchmark package \
  -Dbench.courses="${1:-250}" -Dbench.lessons="${2:-200}" \
  -Dbench.rate="${3:-40}" -Dbench.seconds="${4:-30}"

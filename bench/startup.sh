#!/usr/bin/env bash
# Start-to-ready of the platform: from `java -jar payara-micro.jar --deploy latih.war` to the
# first 200 from /health/ready, on a fresh embedded database (migrations and bootstrap admin
# included), next to bare Payara Micro (no application) reaching its first HTTP answer, in
# the same run. Usage: bench/startup.sh [runs]   (builds the WAR first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
target=core/app/target
[ -f "$target/latih.war" ] || mvn -B -q -DskipTests package
port=18080
work="$(mktemp -d)"
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" != "000" ]; }
ready() { curl -sf -o /dev/null "$1"; }

measure() { # $1 = answers|ready, $2 = url to poll, rest = payara args; prints milliseconds
  local check="$1" url="$2"; shift 2
  local start end pid
  start=$(date +%s%N)
  java -Xmx1g -Dlatih.data.dir="$work/data-$RANDOM" -Djava.io.tmpdir="$work" -jar "$target/payara-micro.jar" \
    --port "$port" --nocluster "$@" >"$work/log" 2>&1 &
  pid=$!
  until "$check" "$url"; do
    sleep 0.1
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bare=$(for _ in $(seq "$runs"); do measure answers "http://localhost:$port/"; done | median)
latih=$(for _ in $(seq "$runs"); do measure ready "http://localhost:$port/health/ready" --deploy "$target/latih.war" --contextroot / ; done | median)
echo "bare Payara Micro, first HTTP answer: ${bare} ms (median of $runs)"
echo "Latih, start to ready:               ${latih} ms (median of $runs)"
awk -v a="$latih" -v b="$bare" 'BEGIN { printf "ratio Latih / bare Payara Micro:     %.2f\n", a / b }'

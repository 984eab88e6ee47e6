#!/usr/bin/env bash
# Start-to-ready of the platform, as config/start.sh starts it (config/jvm.options and the boot
# command files: Hazelcast and metrics off, the listener opened after the deployment): from
# `java -jar payara-micro.jar --deploy latih.war` to the first 200 from /health/ready, on a fresh
# embedded database (migrations, bootstrap admin, starter catalogue and search index included) and
# again on one it has started with before (a restart). Beside it in the same run, bare Payara Micro:
# with no application, to its first HTTP answer; with a trivial WAR (one JAX-RS resource in a CDI
# bean, compiled here), to the resource's first 200 - the baseline the region-scale issue (#12) set
# its goal against - once as Payara ships and once with Latih's JVM options and boot commands.
# Usage: bench/startup.sh [runs]   (builds the WAR first if missing)
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

# Latih's own JVM options and boot commands, as config/start.sh passes them
mapfile -t jvm < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' config/jvm.options)
boot=(--prebootcommandfile config/pre-boot-commands.asadmin
  --postdeploycommandfile config/post-deploy-commands.asadmin)

measure() { # $1 = answers|ready, $2 = url to poll, $3 = shipped|latih, rest = payara args; prints ms
  local check="$1" url="$2" config="$3"; shift 3
  local start end pid environment=() options=(-Xmx1g) commands=()
  if [ "$config" = latih ]; then
    environment=(MALLOC_ARENA_MAX=2)
    options=("${jvm[@]}")
    commands=("${boot[@]}")
  fi
  start=$(date +%s%N)
  env "${environment[@]}" java "${options[@]}" -Dlatih.data.dir="${DATA_DIR:-$work/data-$RANDOM}" -Djava.io.tmpdir="$work" \
    -jar "$target/payara-micro.jar" --port "$port" --nocluster "${commands[@]}" "$@" >"$work/log" 2>&1 &
  pid=$!
  # Payara Micro says "ready" even when the WAR failed to deploy: stop waiting after 3 minutes
  local waited=0
  until "$check" "$url"; do
    sleep 0.1
    if (( ++waited > 1800 )) || ! kill -0 "$pid" 2>/dev/null; then
      echo "bench/startup.sh: no answer from $url; the server's log ends:" >&2
      tail -c 2000 "$work/log" >&2
      kill -9 "$pid" 2>/dev/null || true
      exit 1
    fi
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# the trivial WAR, compiled against the Jakarta EE API the build downloaded
api=$(ls "$HOME"/.m2/repository/jakarta/platform/jakarta.jakartaee-api/*/jakarta.jakartaee-api-*.jar | head -1)
mkdir -p "$work/trivial/src" "$work/trivial/war/WEB-INF/classes"
cat >"$work/trivial/src/App.java" <<'JAVA'
@jakarta.ws.rs.ApplicationPath("/")
public class App extends jakarta.ws.rs.core.Application {}
JAVA
cat >"$work/trivial/src/Ping.java" <<'JAVA'
@jakarta.ws.rs.Path("ping")
@jakarta.enterprise.context.RequestScoped
public class Ping {
  @jakarta.ws.rs.GET
  public String ping() {
    return "ok";
  }
}
JAVA
javac -nowarn -cp "$api" -d "$work/trivial/war/WEB-INF/classes" "$work"/trivial/src/*.java
jar cf "$work/trivial.war" -C "$work/trivial/war" WEB-INF

bare=$(for _ in $(seq "$runs"); do measure answers "http://localhost:$port/" shipped; done | median)
trivial() { measure ready "http://localhost:$port/ping" "$1" --deploy "$work/trivial.war" --contextroot /; }
trivial=$(for _ in $(seq "$runs"); do trivial shipped; done | median)
trivial_latih=$(for _ in $(seq "$runs"); do trivial latih; done | median)
latih() { measure ready "http://localhost:$port/health/ready" latih --deploy "$target/latih.war" --contextroot /; }
latih=$(for _ in $(seq "$runs"); do latih; done | median)
export DATA_DIR="$work/data-kept"
latih >/dev/null # its first start, not counted
restart=$(for _ in $(seq "$runs"); do latih; done | median)
echo "bare Payara Micro, first HTTP answer:       ${bare} ms (median of $runs)"
echo "Payara Micro, trivial WAR's first 200:      ${trivial} ms (median of $runs)"
echo "  the same, Latih's JVM options and commands: ${trivial_latih} ms (median of $runs)"
echo "Latih, start to ready:                      ${latih} ms (median of $runs)"
echo "Latih, restart to ready:                    ${restart} ms (median of $runs)"
awk -v a="$latih" -v b="$bare" 'BEGIN { printf "ratio Latih / bare Payara Micro:            %.2f\n", a / b }'
awk -v a="$latih" -v b="$trivial" 'BEGIN { printf "ratio Latih / Payara Micro with trivial WAR: %.2f (goal <= 1.5)\n", a / b }'
awk -v a="$restart" -v b="$trivial" 'BEGIN { printf "ratio restart / Payara Micro with trivial WAR: %.2f\n", a / b }'
awk -v a="$latih" -v b="$trivial_latih" 'BEGIN { printf "ratio Latih / trivial WAR, both configured alike: %.2f\n", a / b }'
awk -v a="$restart" -v b="$trivial_latih" 'BEGIN { printf "ratio restart / trivial WAR, both configured alike: %.2f\n", a / b }'

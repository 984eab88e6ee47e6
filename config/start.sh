#!/usr/bin/env bash
# Starts the built platform on Payara Micro with the embedded database under ./data.
# Called by `mvn -Prun package` with the app's target directory and the HTTP port.
set -euo pipefail
target="$1"
port="${2:-8080}"
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${LATIH_DATA_DIR:-$root/data}"
mkdir -p "$data"
# Payara Micro does not fail when its port is taken: it says "ready" and never answers there.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Latih: port $port is already in use on this machine; choose another or stop what listens there." >&2
  exit 1
fi
echo "Latih: starting on http://localhost:$port/ (data in $data)"
echo "Latih: sign in as 'admin'; on first start the password is written to $data/bootstrap-admin-password.txt"
echo "       (or set LATIH_BOOTSTRAP_ADMIN_PASSWORD before the first start). Stop with Ctrl+C."
# JVM options from config/jvm.options; two malloc arenas instead of one per thread keep native
# memory from spreading over a hundred or more request threads (the plugin workers do the same)
mapfile -t jvm < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$root/config/jvm.options")
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec java "${jvm[@]}" \
  -Dlatih.data.dir="$data" \
  -Dlatih.public-url="http://localhost:$port/" \
  -jar "$target/payara-micro.jar" \
  --deploy "$target/latih.war" \
  --contextroot / \
  --port "$port" \
  --nocluster \
  --prebootcommandfile "$root/config/pre-boot-commands.asadmin" \
  --postdeploycommandfile "$root/config/post-deploy-commands.asadmin" \
  --logproperties "$root/config/logging.properties"

#!/usr/bin/env bash
# Startup benchmark (issue 2): on a fresh clone of HEAD, the wall time from the README's run command
# to the login page answering, for the first start (empty database, first build) and the second
# start (database and build kept); with --verify also the wall time of the README's test command.
# Usage (from the project root): src/benchmark/startup-time.sh [--verify] [--port N]
set -u
verify=0 port=18090
while [ $# -gt 0 ]; do
  case "$1" in
    --verify) verify=1 ;;
    --port) port=$2; shift ;;
    *) echo "usage: $0 [--verify] [--port N]"; exit 2 ;;
  esac; shift
done
if ! java -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
src=$(git rev-parse --show-toplevel) || exit 2
dir=$(mktemp -d /tmp/ankomst-bench.XXXX)
git clone -q "$src" "$dir/app" && cd "$dir/app" || exit 2
echo "clone of $(git rev-parse --short HEAD) in $dir/app on $(nproc) cores"

if [ "$verify" = 1 ]; then
  t0=$(date +%s.%N)
  ./mvnw -B verify >"$dir/verify.log" 2>&1 || { echo "verify FAILED, see $dir/verify.log"; exit 1; }
  printf 'verify (clean clone): %.0f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
fi

start_once() {
  local label=$1 t0 pgid
  t0=$(date +%s.%N)
  setsid ./mvnw -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$port" >"$dir/$label.log" 2>&1 &
  pgid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login"; do
    if ! kill -0 "$pgid" 2>/dev/null; then echo "$label: the app exited, see $dir/$label.log"; exit 1; fi
    sleep 0.2
  done
  printf '%s start: login page answered after %.1f s\n' "$label" "$(echo "$(date +%s.%N) - $t0" | bc)"
  kill -- -"$pgid"
  while kill -0 "$pgid" 2>/dev/null; do sleep 0.2; done
}
start_once first
start_once second

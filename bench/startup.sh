#!/usr/bin/env bash
# Cold start to /health/ready and idle memory (RSS) of the seeded SQLite host.
# Usage: bench/startup.sh [runs]   (goals: ready ≤ 5 s on a fresh data folder, idle RSS ≤ 300 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# The published host runs as Production, which needs a key-encryption key for the PKI: a throwaway one.
export Trust__KeyEncryptionKey="${Trust__KeyEncryptionKey:-$(head -c 32 /dev/urandom | base64)}"
out=$(mktemp -d /tmp/lienthong-bench.XXXXXX)
trap '[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$out"' EXIT
dotnet publish src/LienThong.Host -c Release -o "$out/app" --nologo -v quiet >/dev/null
port=55080
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

measure() { # $1 = data folder; prints "<ms to ready> <idle RSS MB>"
  local start ready rss
  start=$(date +%s%N)
  dotnet "$out/app/lienthong.dll" --urls "http://127.0.0.1:$port" --data-dir "$1" >"$out/host.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "host exited; see log:" >&2; tail -5 "$out/host.log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$((($(date +%s%N) - start) / 1000000))
  sleep 5 # idle
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ready $rss"
}

printf '%-6s %-22s %-22s\n' run "cold (fresh data) ms/MB" "warm (seeded) ms/MB"
for i in $(seq 1 "$runs"); do
  rm -rf "$out/data"
  read -r cold_ms cold_rss < <(measure "$out/data")
  read -r warm_ms warm_rss < <(measure "$out/data")
  printf '%-6s %-22s %-22s\n' "$i" "$cold_ms / $cold_rss" "$warm_ms / $warm_rss"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); .NET $(dotnet --version)"

#!/usr/bin/env bash
# Serving benchmark: the worker (Release) against nginx serving the same feed bytes (gzip_static), measured with wrk.
# Installs Debian's nginx-light and wrk when missing. Options go to the tool: --seconds 4 (per run) --rounds 5 (alternating runs per server) --connections 32; --hold N keeps both up N s.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet build -c Release bench/FeedBot.Serving.Benchmarks -v quiet -nologo
echo "uptime: $(uptime)"
dotnet bench/FeedBot.Serving.Benchmarks/bin/Release/net10.0/FeedBot.Serving.Benchmarks.dll "$@"

#!/usr/bin/env bash
# Prints the path of a Chromium the browser tests can drive, installing Debian's package if needed.
# Order: $CHROMIUM_PATH, /usr/bin/chromium, apt-get on Debian/Ubuntu, else a clear error.
# Everything except the final path goes to stderr, so callers can use: CHROMIUM_PATH="$(scripts/ensure-chromium.sh)".
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "$CHROMIUM_PATH"
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi

for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [[ -x "$candidate" ]]; then
    echo "$candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      # In CI (no terminal) a password prompt would hang: fail fast instead.
      if [[ -t 0 ]]; then sudo_cmd=(sudo); else sudo_cmd=(sudo -n); fi
    else
      echo "ensure-chromium: need root or sudo to install chromium; or set CHROMIUM_PATH." >&2
      exit 1
    fi
  fi
  echo "ensure-chromium: installing Debian's chromium (one time, ~15 s)…" >&2
  log="$(mktemp)"
  if "${sudo_cmd[@]}" apt-get update >"$log" 2>&1 &&
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      chromium fonts-liberation >>"$log" 2>&1; then
    rm -f "$log"
    if [[ -x /usr/bin/chromium ]]; then
      echo /usr/bin/chromium
      exit 0
    fi
  else
    tail -n 20 "$log" >&2
    rm -f "$log"
  fi
fi

cat >&2 <<'MSG'
ensure-chromium: no Chromium found and none could be installed.
Set CHROMIUM_PATH to a Chromium or Chrome binary, for example one from Playwright:
  CHROMIUM_PATH="$(node -e "console.log(require('playwright').chromium.executablePath())")" pnpm test
MSG
exit 1

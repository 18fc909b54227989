#!/usr/bin/env bash
# THE test command (`npm test` / `pnpm test`): works on a fresh Debian machine with only Node 20 + npm.
# Installs deps, ensures a Chromium, then fails fast through: lint, typecheck, vitest (all projects),
# build, publint + attw per package, size-limit. Ends with one line "N passed, N failed":
# N counts vitest tests; a failing non-vitest step (or a vitest crash) counts as one failure.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
export STORYBOOK_DISABLE_TELEMETRY=1
export PATH="$root/node_modules/.bin:$PATH"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/vitest.json"

passed=0
failed=0

finish() {
  echo "$passed passed, $failed failed"
  if [[ "$failed" -gt 0 ]]; then exit 1; fi
  exit 0
}

fail_step() {
  echo "✗ $1 failed" >&2
  failed=$((failed + 1))
  finish
}

# Runs one step, printing its duration; stops everything on failure.
step() {
  local name="$1"
  shift
  local started=$SECONDS
  echo "▶ $name"
  if "$@"; then
    echo "✓ $name ($((SECONDS - started)) s)"
  else
    fail_step "$name"
  fi
}

# Runs a step whose output only matters when it fails.
quiet_step() {
  local name="$1"
  shift
  local started=$SECONDS
  echo "▶ $name"
  if "$@" >"$work/step.log" 2>&1; then
    echo "✓ $name ($((SECONDS - started)) s)"
  else
    tail -n 60 "$work/step.log" >&2
    fail_step "$name"
  fi
}

# pnpm 12 from PATH when present; otherwise a pinned one through npx (corepack is unreliable here).
if [[ "$(pnpm --version 2>/dev/null)" == 12.* ]]; then
  pnpm_cmd=(pnpm)
else
  pnpm_cmd=(npx -y pnpm@12.21.0)
fi

quiet_step "install" "${pnpm_cmd[@]}" install --frozen-lockfile --reporter=append-only

started=$SECONDS
echo "▶ chromium"
if chromium_path="$(bash scripts/ensure-chromium.sh)"; then
  export CHROMIUM_PATH="$chromium_path"
  echo "✓ chromium: $CHROMIUM_PATH ($((SECONDS - started)) s)"
else
  fail_step "chromium"
fi

step "lint" eslint . --max-warnings=0
# The root `typecheck` script (one `tsc -p` per project) is the single definition of "typecheck".
step "typecheck" "${pnpm_cmd[@]}" run -s typecheck

# Vitest: the default reporter for people, JSON for the totals.
started=$SECONDS
echo "▶ vitest"
vitest run --reporter=default --reporter=json --outputFile.json="$results"
vitest_rc=$?
vitest_passed=0
vitest_failed=0
if [[ -s "$results" ]]; then
  read -r vitest_passed vitest_failed < <(node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    // A file that fails to load has no failed test, but is a failure all the same.
    const brokenFiles = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
    console.log(r.numPassedTests, r.numFailedTests + brokenFiles);
  ' "$results" || echo "0 0")
  passed=$((passed + vitest_passed))
  failed=$((failed + vitest_failed))
fi
if [[ "$vitest_rc" -ne 0 ]]; then
  # Unhandled errors fail the run without failing a test: still count them.
  if [[ "$failed" -eq 0 ]]; then failed=1; fi
  echo "✗ vitest failed" >&2
  finish
fi
echo "✓ vitest ($((SECONDS - started)) s)"

quiet_step "build" "${pnpm_cmd[@]}" -r --filter './packages/*' run build
# Each package's check:package is `publint --strict && attw --pack . --profile esm-only`.
for pkg in packages/headless packages/ui; do
  quiet_step "publint + attw ($pkg)" "${pnpm_cmd[@]}" --dir "$pkg" run check:package
done
step "size-limit" size-limit

finish

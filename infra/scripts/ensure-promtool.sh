#!/usr/bin/env bash
# Installs Debian's prometheus package (for promtool) so the alert-rule tests can run.
# Run by the infra module's build before its tests; a no-op when promtool is present.
# In CI (CI=true) a missing promtool that cannot be installed fails the build; elsewhere the
# PromtoolTest skips itself.
set -euo pipefail
if command -v promtool >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "ensure-promtool: promtool is missing and cannot be installed here (needs root and apt-get)." >&2
    exit 1
  fi
  echo "ensure-promtool: promtool missing and cannot apt-get install it here; the promtool tests will be skipped." >&2
  exit 0
fi
echo "ensure-promtool: installing Debian's prometheus package for promtool..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The package would start a Prometheus daemon where an init system runs; policy-rc.d keeps it from
# starting in containers, and only promtool is used.
apt-get install -y -qq --no-install-recommends prometheus >/dev/null
promtool --version | head -n 1

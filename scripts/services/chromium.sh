# Makes sure Debian's Chromium is on the machine for the browser tests (driven by playwright-core,
# never a downloaded browser). Sourced by scripts/test.sh and scripts/bench.sh.

ensure_chromium_installed() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  echo "Chromium not found: installing Debian's chromium package..."
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: Chromium is not installed and this user cannot install it. Run: sudo apt-get install -y chromium" >&2
    return 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] || { echo "error: chromium installed but /usr/bin/chromium is missing" >&2; return 1; }
}

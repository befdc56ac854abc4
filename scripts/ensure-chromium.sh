#!/usr/bin/env bash
# Debian's Chromium for the browser tests of `view` (driven by playwright-core, which never
# downloads a browser), and CJK fonts so their screenshots are legible. Installed only when
# missing, and only as root with apt-get; it never fails the run: without a browser those tests
# are skipped with a stated reason.
set -u
have_fonts() { command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }
if [ -x /usr/bin/chromium ] && have_fonts; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }; then
    echo "ensure-chromium: could not install chromium; the browser tests will be skipped" >&2
  fi
else
  echo "ensure-chromium: no /usr/bin/chromium and not root; the browser tests will be skipped" >&2
fi
exit 0

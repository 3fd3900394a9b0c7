#!/bin/sh
# Set up a development environment from a fresh clone: the system libraries WeasyPrint renders with (Pango,
# fonts for Latin, Greek, Cyrillic, Arabic, Hebrew and CJK scripts, poppler for the PDF tests), then a virtual
# environment in .venv with compare and its test tools. Safe to run again: it installs only what is missing.
set -eu
cd "$(dirname "$0")/.."

# DejaVu covers Latin, Greek, Cyrillic, Arabic, Hebrew and symbols; WenQuanYi Micro Hei covers Chinese, Japanese
# and Korean; harfbuzz-subset lets WeasyPrint embed font subsets; poppler's pdftoppm renders pages in the tests.
DEBIAN_PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-wqy-microhei \
poppler-utils"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for package in $DEBIAN_PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
fi
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    echo "setup: installing Debian packages:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

# --- Test only (sh scripts/setup.sh --test): a browser for tests/test_html_browser.py, which drives Debian's
# headless Chromium through its chromedriver to check the HTML report's layout and links. Skipped without --test.
if [ "${1:-}" = "--test" ] && command -v dpkg-query >/dev/null 2>&1; then
    browser=""
    for package in chromium chromium-driver; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || browser="$browser $package"
    done
    if [ -n "$browser" ]; then
        if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
        echo "setup: installing the test browser:$browser"
        $sudo apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $browser >/dev/null
    fi
fi

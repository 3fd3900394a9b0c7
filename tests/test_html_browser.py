"""The HTML report in a real browser: headless Chromium (Debian's chromium and chromium-driver) through selenium.

Checked at a desktop width (1280 px) and a phone's (420 px): nothing is wider than the screen, the summary's
counts and each row's sentence numbers land on their targets below the sticky summary, the links after a sentence
lead back, the summary stays in view, the keyboard reaches everything with a visible focus, and the page loads
nothing. Screenshots of both widths are written to a temporary directory, and to docs/ (html-1280.png,
html-420.png) when ``COMPARE_UPDATE_SCREENSHOTS=1``.
"""

from __future__ import annotations

import datetime
import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import compare

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTHS = [1280, 420]
HEIGHT = 900
# Every element's box must lie within the viewport, give or take rounding.
SLACK = 0.5

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
    pytest.skip(
        "no browser: Chromium and chromedriver are not installed (apt-get install chromium chromium-driver, "
        "or sh scripts/setup.sh --test)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    a, b = sorted(SEEDS.glob("*.txt"))
    published = datetime.date(2025, 3, 19)
    comparison = compare.compare(
        compare.Report.from_file(a, source="Tampa Free Press", url="https://www.tampafp.com/x/", published=published),
        compare.Report.from_file(b, source="Fox News", url="https://www.foxnews.com/x", published=published),
    )
    path = tmp_path_factory.mktemp("html") / "report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1742400000")
        path.write_text(comparison.to_html(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
        f"--window-size=1280,{HEIGHT}",
    ):
        options.add_argument(argument)
    with pytest.MonkeyPatch.context() as patch:
        # Both paths are given, so selenium has nothing to look up; offline, its manager would not try the network.
        patch.setenv("SE_OFFLINE", "true")
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        # Jumps, not smooth scrolls: a test reads where a link landed at once.
        driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]}
        )
        yield driver
    finally:
        driver.quit()


@pytest.fixture(params=WIDTHS, ids=[f"{width}px" for width in WIDTHS])
def page(request: pytest.FixtureRequest, browser: Any, report: Path) -> Any:
    width = request.param
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    browser.get(report.as_uri())
    assert browser.execute_script("return window.innerWidth") == width
    return browser


def _rect(driver: Any, selector: str) -> dict[str, float]:
    rect: dict[str, float] = driver.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};",
        selector,
    )
    return rect


def _assert_in_view(driver: Any, selector: str) -> None:
    """The element's top is on screen and not hidden under the sticky summary."""
    summary = _rect(driver, "#summary")
    target = _rect(driver, selector)
    height = driver.execute_script("return window.innerHeight")
    assert summary["top"] == pytest.approx(0, abs=1), "the summary has scrolled away"
    assert summary["bottom"] - SLACK <= target["top"] < height, (selector, target, summary)


def _click(driver: Any, selector: str) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, selector).click()


# --------------------------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------------------------


def test_nothing_is_wider_than_the_viewport(page: Any) -> None:
    _assert_nothing_spills(page)


def _assert_nothing_spills(page: Any) -> None:
    width = page.execute_script("return window.innerWidth")
    assert page.execute_script("return document.documentElement.scrollWidth") <= width
    spilling = page.execute_script(
        """
        const width = window.innerWidth, slack = arguments[0], found = [];
        for (const element of document.body.querySelectorAll('*')) {
            const r = element.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < -slack || r.right > width + slack) {
                found.push(element.tagName + '.' + element.className + ' ' + r.left + '..' + r.right);
            }
        }
        return found;
        """,
        SLACK,
    )
    assert not spilling, spilling[:10]


def test_the_page_has_a_viewport_and_loads_nothing(page: Any) -> None:
    assert page.execute_script("return document.querySelector('meta[name=viewport]') !== null")
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_text_is_readable(page: Any) -> None:
    # Lines of at most about 80 characters of body text: a card's text is at most 72rem wide, in two columns.
    font_size, line_width = page.execute_script(
        "const p = document.querySelector('#shared .words');"
        "return [parseFloat(getComputedStyle(p).fontSize), p.getBoundingClientRect().width];"
    )
    assert font_size >= 15
    assert line_width / font_size < 40


def test_links_back_stay_on_their_sentence_s_line(page: Any) -> None:
    # A tag after a sentence ("S2") that wrapped would start the next line, beside the next sentence.
    stray = page.execute_script(
        """
        const found = [];
        for (const tag of document.querySelectorAll('.fulltext a.back')) {
            let sentence = tag.previousElementSibling;
            while (sentence && !sentence.classList.contains('s')) sentence = sentence.previousElementSibling;
            const lines = sentence.getClientRects(), last = lines[lines.length - 1], box = tag.getBoundingClientRect();
            if (Math.abs((box.top + box.bottom) / 2 - (last.top + last.bottom) / 2) > last.height / 2) {
                found.push(sentence.id + ' ' + tag.textContent);
            }
        }
        return found;
        """
    )
    assert not stray, stray


# --------------------------------------------------------------------------------------------------------------
# Navigation
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["conflicts", "shared", "unique-a", "unique-b", "texts"])
def test_summary_counts_link_to_their_sections(page: Any, section: str) -> None:
    _click(page, f'#summary a[href="#{section}"]')
    assert page.execute_script("return location.hash") == f"#{section}"
    _assert_in_view(page, f"#{section}")


def test_a_conflict_links_to_both_sentences_and_back(page: Any) -> None:
    for side in ("a", "b"):
        _click(page, f'#conflict-1 a.to-text[href^="#{side}-"]')
        target = page.execute_script("return location.hash")
        assert target.startswith(f"#{side}-")
        assert page.execute_script("return document.querySelector(':target').id") == target[1:]
        assert "conflicting" in page.execute_script(f"return document.getElementById('{target[1:]}').className")
        _assert_in_view(page, target)
        _click(page, f'{target} + a.back[href="#conflict-1"], {target} ~ a.back[href="#conflict-1"]')
        assert page.execute_script("return location.hash") == "#conflict-1"
        _assert_in_view(page, "#conflict-1")


def test_a_shared_claim_links_to_its_sentences_and_back(page: Any) -> None:
    _click(page, '#shared-2 a.to-text[href^="#b-"]')
    target = page.execute_script("return location.hash")
    _assert_in_view(page, target)
    _click(page, f'{target} ~ a.back[href="#shared-2"]')
    _assert_in_view(page, "#shared-2")


def test_the_summary_stays_in_view_while_scrolling(page: Any) -> None:
    page.execute_script("window.scrollTo(0, document.documentElement.scrollHeight)")
    summary = _rect(page, "#summary")
    assert summary["top"] == pytest.approx(0, abs=1)
    assert summary["height"] > 20
    # Nothing is drawn over it.
    assert page.execute_script(
        "const r = document.getElementById('summary').getBoundingClientRect();"
        "const hit = document.elementFromPoint(r.left + 20, r.top + r.height / 2);"
        "return document.getElementById('summary').contains(hit);"
    )


def test_keyboard_reaches_the_report_with_visible_focus(page: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(page).send_keys(Keys.TAB).perform()
    focused = page.execute_script("return document.activeElement.className")
    assert focused == "skip"
    assert _rect(page, ".skip")["top"] >= 0, "the skip link is shown when focused"
    ActionChains(page).send_keys(Keys.ENTER).perform()
    assert page.execute_script("return document.activeElement.id") == "main"
    ActionChains(page).send_keys(Keys.TAB).perform()
    style = page.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert page.execute_script("return document.activeElement.tagName") == "A"
    assert style != "none"


def test_landmarks_and_headings(page: Any) -> None:
    counts = page.execute_script(
        "return ['main', 'nav', 'body > header', 'h1', 'h2'].map(s => document.querySelectorAll(s).length)"
    )
    assert counts[:4] == [1, 1, 1, 1]
    assert counts[4] >= 4
    # Headings go down one level at a time, so a screen reader's outline has no holes.
    levels = page.execute_script("return [...document.querySelectorAll('h1,h2,h3')].map(h => +h.tagName[1])")
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))


def test_print_hides_the_navigation(page: Any) -> None:
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert page.execute_script("return getComputedStyle(document.getElementById('summary')).display") == "none"
        assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        page.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"media": "", "features": [{"name": "prefers-reduced-motion", "value": "reduce"}]},
        )


# --------------------------------------------------------------------------------------------------------------
# Screenshots
# --------------------------------------------------------------------------------------------------------------


def test_screenshot(page: Any, tmp_path: Path) -> None:
    import base64

    width = page.execute_script("return window.innerWidth")
    height = 1500 if width > 600 else 2400
    shot = page.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        },
    )
    data = base64.b64decode(shot["data"])
    assert data.startswith(b"\x89PNG")
    (tmp_path / f"html-{width}.png").write_bytes(data)
    if os.environ.get("COMPARE_UPDATE_SCREENSHOTS") == "1":
        (ROOT / "docs" / f"html-{width}.png").write_bytes(data)


# --------------------------------------------------------------------------------------------------------------
# The collation of three or more reports: the same screen layout
# --------------------------------------------------------------------------------------------------------------

WAREHOUSE = sorted((ROOT / "fixtures" / "collation").glob("warehouse-*.txt"))


@pytest.fixture(scope="module")
def collation_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reports = [compare.Report.from_file(path, name=path.stem.removeprefix("warehouse-")) for path in WAREHOUSE]
    path = tmp_path_factory.mktemp("html") / "collation.html"
    path.write_text(compare.collate(reports).to_html(), encoding="utf-8")
    return path


@pytest.fixture(params=[1280, 420, 320], ids=["1280px", "420px", "320px"])
def collation_page(request: pytest.FixtureRequest, browser: Any, collation_report: Path) -> Any:
    width = request.param
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    browser.get(collation_report.as_uri())
    assert browser.execute_script("return window.innerWidth") == width
    return browser


def test_the_collation_fits_the_screen_with_margins_and_no_page_rules(collation_page: Any) -> None:
    _assert_nothing_spills(collation_page)
    assert collation_page.execute_script("return document.querySelector('meta[name=viewport]') !== null")
    assert collation_page.execute_script("return performance.getEntriesByType('resource').length") == 0
    page_rules = collation_page.execute_script(
        "return [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r instanceof CSSPageRule).length"
    )
    assert page_rules == 0
    width = collation_page.execute_script("return window.innerWidth")
    verdict = _rect(collation_page, ".verdict")
    assert verdict["left"] >= 10
    assert width - verdict["right"] >= 10
    assert verdict["right"] - verdict["left"] <= 72 * 16


def test_the_collation_grid_is_readable(collation_page: Any) -> None:
    width = collation_page.execute_script("return window.innerWidth")
    claim = _rect(collation_page, ".grid td.claim")
    font_size = collation_page.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('.grid td.claim')).fontSize)"
    )
    assert font_size >= 14
    # The claim's text has most of the width, not a sliver beside the reports' columns.
    assert claim["right"] - claim["left"] >= 0.6 * (width - 2 * 10)
    # Every mark of every row is on screen, and on a phone says whose it is.
    cells = collation_page.execute_script(
        "return [...document.querySelectorAll('.grid tbody tr:first-child td.cell')].map(c => c.innerText.trim())"
    )
    assert len(cells) == len(WAREHOUSE)
    if width < 600:
        assert [cell[0] for cell in cells] == ["1", "2", "3"]


def test_a_detail_and_its_values_are_never_broken_inside(collation_page: Any) -> None:
    broken = collation_page.execute_script(
        """
        const found = [];
        for (const cell of document.querySelectorAll('.readings td:first-child, .readings .value')) {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (tops.size > 1) found.push(cell.textContent);
        }
        return found;
        """
    )
    assert not broken, broken

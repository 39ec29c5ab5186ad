"""The HTML page in a real browser (headless Chromium through Selenium): it loads without console
errors, runs no script from a report, and clicking a finding scrolls its evidence number into
view and lights it. Skipped where Chromium, chromedriver or Selenium are missing.

``CHECK_UPDATE_SCREENSHOT=1`` also saves the screenshot of the documentation,
docs/images/html-report.png (the tests never rewrite repository files otherwise).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker.read import ReportText
from checker.render.html import to_html

ROOT = Path(__file__).parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOT = ROOT / "docs" / "images" / "html-report.png"
CLEAN_REPORTS = ("a01_huangbei_jiangfu_2019", "a06_nanping_yigongti_2023", "b04_shanxi_population_family_2023")
# The last line of a long report: PT001, 12+70+9 = 91 > 86, anchored on 86个 (several screens down).
LAST_LINE = "年末全县共有家庭医生团队86个，其中，县级医院组建12个、乡镇卫生院组建70个、村卫生室组建9个。"
# The first line, planted: PT003, 400+400 = 800 < 845, so the first finding has an evidence link to 845个.
FIRST_LINE = "全县共有村卫生室845个，其中，公办村卫生室400个、民营村卫生室400个。"
HOSTILE = "<script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">"

if CHROMIUM is None or CHROMEDRIVER is None:
    pytest.skip("Chromium or chromedriver is not installed", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium is not installed")


@pytest.fixture(scope="module")
def page(checker, tmp_path_factory) -> Path:
    text = FIRST_LINE + "\n" + "\n".join((ROOT / "corpora" / "reports" / f"{name}.txt").read_text(encoding="utf-8")
                     for name in CLEAN_REPORTS) + f"\n{HOSTILE}\n{LAST_LINE}\n"
    long_report = checker.check_report(ReportText(path="long-report.txt", text=text, encoding="utf-8"))
    seed = checker.check_file(ROOT / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt")
    missing = checker.check_file(tmp_path_factory.mktemp("none") / "missing.txt")
    assert [f.rule for f in long_report.findings][0] == "PT003"
    assert [f.rule for f in long_report.findings][-1] == "PT001"
    path = tmp_path_factory.mktemp("page") / "report.html"
    path.write_text(to_html([long_report, seed, missing], "zh"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    # the network is closed here: without these flags Chromium stalls on its background requests
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(15)
    yield driver
    driver.quit()


def in_viewport(driver, element) -> bool:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;",
        element)


def test_clicking_a_finding_scrolls_to_its_numbers_and_lights_them(browser, page):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []
    # the report's own markup is text, never run
    assert browser.execute_script("return window.injected === undefined")
    assert HOSTILE in browser.find_element(By.ID, "r1").text

    finding = browser.find_element(By.CSS_SELECTOR, "#r1 li.finding:last-child")
    assert "PT001" in finding.text and "12+70+9 = 91 > 86" in finding.text
    marks = browser.find_elements(By.CSS_SELECTOR, f"#r1 mark[data-f~='{finding.get_attribute('id')}']")
    assert [mark.text for mark in marks] == ["86个", "12个", "70个", "9个"]
    total, *parts = marks
    assert not in_viewport(browser, total), "the report is long enough that its last line starts out of view"
    assert "lit" not in total.get_attribute("class")

    finding.find_element(By.CSS_SELECTOR, "a.go").click()
    assert in_viewport(browser, total)
    for mark in [total, *parts]:
        assert "lit" in mark.get_attribute("class").split()
    assert "active" in finding.get_attribute("class").split()
    # numbers of other findings are not lit
    other = browser.find_element(By.XPATH, "//section[@id='r1']//mark[text()='1457人']")
    assert "lit" not in other.get_attribute("class").split()

    # an evidence link lights the finding's numbers and scrolls to that one number
    first = browser.find_element(By.CSS_SELECTOR, "#r1 li.finding:first-child")
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    first.find_element(By.XPATH, ".//p[@class='evidence']/a[text()='845个']").click()
    part = browser.find_element(By.XPATH, "//section[@id='r1']//mark[text()='845个']")
    assert in_viewport(browser, part) and "lit" in part.get_attribute("class").split()
    assert "lit" not in total.get_attribute("class").split()

    # the seed's PT001 in the second report: the other report's highlight goes
    seed_finding = browser.find_element(By.XPATH, "//section[@id='r2']//li[contains(@class, 'finding')][.//code[text()='PT001']]")
    seed_finding.find_element(By.CSS_SELECTOR, "a.go").click()
    seed_total = browser.find_element(By.XPATH, "//section[@id='r2']//mark[text()='854人']")
    assert in_viewport(browser, seed_total) and "lit" in seed_total.get_attribute("class").split()
    assert "lit" not in part.get_attribute("class").split()
    assert "无法读取" in browser.find_element(By.ID, "r3").text
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []

    if os.environ.get("CHECK_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENSHOT))

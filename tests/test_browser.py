"""End to end in real headless Chromium: search, facet, article, CSV download, screenshot.

Needs Debian's chromium and chromium-driver (.ci/run installs them).  Skips
locally when they are missing; in CI (CI=true) their absence is a failure.
"""
from __future__ import annotations

import os
from pathlib import Path
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_kb):
    import uvicorn

    from pipeline.search.web import create_app

    db, _ = sample_kb
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=5)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver must be installed in CI (.ci/run installs them)")
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tmp_path_factory.mktemp('profile')}", "--window-size=1280,1000", "--lang=zh-CN"):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.implicitly_wait(5)
    driver.downloads = downloads
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Screenshots go to a temporary folder (printed), never into the repository."""
    d = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {d}")
    return d


def _settled(b, find, ok, timeout: float = 10.0):
    """What ``find`` returns once ``ok`` holds for it: a submitted form replaces the page, so the
    elements are looked up again (a stale one from the old page counts as not yet)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    def ready(_):
        try:
            found = find()
            return found if ok(found) else False
        except StaleElementReferenceException:
            return False

    return WebDriverWait(b, timeout).until(ready)


def _total(b) -> int:
    """The page's count of results, read once the page has settled (a re-rendered count is looked up again)."""
    from selenium.webdriver.common.by import By

    text = _settled(b, lambda: b.find_element(By.CSS_SELECTOR, "#total strong").text, lambda t: bool(t.strip()))
    return int(text.replace(",", ""))


def test_search_facet_article_download(server, browser, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    b = browser
    b.get(server + "/")
    box = b.find_element(By.NAME, "q")
    box.send_keys("驻村")
    box.send_keys(Keys.ENTER)
    total = _total(b)
    assert total > 0
    assert b.find_elements(By.CSS_SELECTOR, ".result mark")

    facet = b.find_element(By.CSS_SELECTOR, "#facet-province li a")
    province = facet.text
    facet.click()
    filtered = _total(b)
    assert 0 < filtered <= total
    metas = [m.text for m in b.find_elements(By.CSS_SELECTOR, ".result .meta")]
    assert metas and all(province in m for m in metas)
    b.save_screenshot(str(shots / "search.png"))

    b.find_element(By.ID, "download-csv").click()
    for _ in range(100):
        files = list(Path(b.downloads).glob("*.csv"))
        if files and not list(Path(b.downloads).glob("*.crdownload")):
            break
        time.sleep(0.1)
    assert files, "no CSV downloaded"
    lines = files[0].read_text(encoding="utf-8-sig").strip().splitlines()
    assert lines[0].startswith("举措编号,文章编号") and len(lines) == filtered + 1

    b.find_element(By.CSS_SELECTOR, ".result .article-link").click()
    assert b.find_element(By.ID, "measure").text
    b.save_screenshot(str(shots / "article.png"))
    b.find_element(By.ID, "original-link").click()
    assert b.find_element(By.ID, "span").text
    b.save_screenshot(str(shots / "original.png"))


def test_every_facet_value_is_reachable_with_more_and_the_lookup_box(server, browser, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    b = browser
    b.get(server + "/")
    facet = b.find_element(By.ID, "facet-province")
    hidden = [li for li in facet.find_elements(By.CSS_SELECTOR, "details li") if not li.is_displayed()]
    assert hidden, "the provinces beyond the first few sit behind 另 N 项"
    facet.find_element(By.TAG_NAME, "summary").click()
    assert all(li.is_displayed() for li in facet.find_elements(By.CSS_SELECTOR, "details li"))
    # More slogans than the page lists: the rest on the facet's own page (更多…), with no script.
    facet = b.find_element(By.ID, "facet-slogan")
    on_page = {a.get_attribute("data-value") for a in facet.find_elements(By.CSS_SELECTOR, "li a[data-value]")}
    facet.find_element(By.CSS_SELECTOR, ".facet-more a").click()
    rest = [li for li in b.find_elements(By.CSS_SELECTOR, "#facet-slogan li")
            if li.find_element(By.TAG_NAME, "a").get_attribute("data-value") not in on_page]
    assert rest, "the facet's page lists the values the search page left out"
    target, n = rest[-1].find_element(By.TAG_NAME, "a").text, int(rest[-1].find_element(By.CLASS_NAME, "count").text)
    b.save_screenshot(str(shots / "facet_page.png"))
    rest[-1].find_element(By.TAG_NAME, "a").click()
    assert _total(b) == n
    b.get(server + "/")
    box = b.find_element(By.CSS_SELECTOR, "#facet-slogan input.facet-filter")
    box.send_keys(target[:2])
    box.send_keys(Keys.ENTER)
    shown = _settled(b, lambda: b.find_elements(By.CSS_SELECTOR, "#facet-slogan li"),
                     lambda lis: bool(lis) and all(target[:2] in li.text for li in lis))
    b.save_screenshot(str(shots / "facet_filter.png"))
    shown[0].find_element(By.TAG_NAME, "a").click()
    assert _total(b) > 0


def test_zero_results_guide_and_unknown_pages_speak_chinese(server, browser, shots):
    from selenium.webdriver.common.by import By

    b = browser
    b.get(server + "/?q=容错纠错机制创新")
    assert b.find_element(By.ID, "no-results").is_displayed()
    assert not b.find_elements(By.ID, "download-csv")
    b.save_screenshot(str(shots / "no_results.png"))
    b.find_element(By.CSS_SELECTOR, "a.suggestion").click()
    assert _total(b) > 0
    b.get(server + "/?category=nonsense")
    assert "没有类别为" in b.find_element(By.CSS_SELECTOR, ".notice").text
    b.get(server + "/articles/nope")
    assert "没有找到" in b.find_element(By.TAG_NAME, "h1").text
    b.save_screenshot(str(shots / "not_found.png"))


def test_report_and_every_plot_render(sample_kb, browser, shots, tmp_path):
    """The comparison report and each plot's SVG, opened in the browser; every image loads."""
    from selenium.webdriver.common.by import By

    from pipeline.report.compare import compare

    db, _ = sample_kb
    rep = compare(db, "province", out=tmp_path)
    b = browser
    b.get((tmp_path / "report.html").as_uri())
    assert "地区比较报告" in b.find_element(By.TAG_NAME, "h1").text
    imgs = b.find_elements(By.TAG_NAME, "img")
    assert len(imgs) == len(rep.images) >= 4
    for img in imgs:
        b.execute_script("arguments[0].scrollIntoView()", img)
        assert b.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 300
    b.save_screenshot(str(shots / "report.png"))
    for files in rep.images.values():
        svg = next(f for f in files if f.endswith(".svg"))
        b.get((tmp_path / svg).as_uri())
        size = b.execute_script("var r = document.documentElement.getBoundingClientRect(); return [r.width, r.height]")
        assert size[0] > 300 and size[1] > 200, svg
        b.save_screenshot(str(shots / svg.replace(".svg", "_svg.png")))


def test_the_report_writes_chinese_in_the_font_it_carries(sample_kb, browser, tmp_path):
    # the report named 'Noto Sans CJK SC' and shipped no font: on a machine without one, every character was a box
    from pipeline.report.compare import compare

    db, _ = sample_kb
    compare(db, "province", out=tmp_path)
    b = browser
    b.get((tmp_path / "report.html").as_uri())
    assert "policykb-cjk" in b.execute_script("return getComputedStyle(document.body).fontFamily")
    loaded = b.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.fonts.load('16px policykb-cjk', '地区').then(f => done(f.length), e => done(String(e)));")
    assert loaded == 1, loaded  # the face was found and read from the file beside the report


def test_the_search_box_and_buttons_write_chinese_in_the_page_font(server, browser):
    # form controls take the browser's own font, not the page's: where that font has no Chinese
    # (a bare Linux desktop, headless Chromium) the query typed in the box showed as empty squares
    from selenium.webdriver.common.by import By

    b = browser
    b.get(server + "/?q=容错")
    page_font = b.execute_script("return getComputedStyle(document.body).fontFamily")
    controls = b.find_elements(By.CSS_SELECTOR, "form.search input, form.search button")
    assert controls
    for control in controls:
        assert b.execute_script("return getComputedStyle(arguments[0]).fontFamily", control) == page_font


def test_the_search_page_fits_a_phone(server, browser):
    # at 390 px the facets' fixed column left the results about 70 px: a character or two a line
    from selenium.webdriver.common.by import By

    b = browser
    size = b.get_window_size()
    try:
        b.set_window_size(390, 900)
        b.get("about:blank")
        b.get(server + "/?q=驻村")
        inner = b.execute_script("return document.documentElement.clientWidth")
        assert b.execute_script("return document.documentElement.scrollWidth") <= inner + 1
        first = b.find_element(By.CSS_SELECTOR, ".result")
        assert first.size["width"] >= 0.8 * inner
    finally:
        b.set_window_size(size["width"], size["height"])


def test_the_original_text_writes_chinese_in_the_page_font(server, browser, sample_kb):
    # <pre> takes the browser's monospace font, which on a bare Linux desktop has no Chinese: the
    # original text, its article's span and the chosen measure showed as rows of empty squares
    import sqlite3

    from selenium.webdriver.common.by import By

    db, _ = sample_kb
    with sqlite3.connect(db) as c:
        article_id, measure_id = c.execute("SELECT article_id, id FROM measures ORDER BY id LIMIT 1").fetchone()
    b = browser
    b.get(f"{server}/articles/{article_id}/original?m={measure_id}#span")
    page_font = b.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "policykb-cjk" in page_font
    shown = b.find_elements(By.CSS_SELECTOR, "section.article pre, span.in-article, mark#span")
    assert len(shown) == 3
    for element in shown:
        assert b.execute_script("return getComputedStyle(arguments[0]).fontFamily", element) == page_font


def test_the_api_docs_write_chinese_in_the_page_font(server, browser, shots):
    # Swagger UI names sans-serif and monospace alone, which on a bare Linux desktop have no Chinese: the title,
    # every description and the filters' help in /api/docs were rows of empty squares
    from selenium.webdriver.common.by import By

    b = browser
    b.get(server + "/api/docs")
    search = _settled(b, lambda: [e for e in b.find_elements(By.CSS_SELECTOR, ".opblock-summary")
                                  if "/api/search" in e.text], bool)
    search[0].click()  # its parameters, each described in Chinese
    _settled(b, lambda: b.find_elements(By.CSS_SELECTOR, ".parameters .parameter__name"), lambda xs: len(xs) > 5)
    lacking, seen = b.execute_script("""
        const walk = document.createTreeWalker(document.querySelector('.swagger-ui'), NodeFilter.SHOW_TEXT);
        const lacking = [], seen = new Set();
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            if (!/[\\u4e00-\\u9fff]/.test(n.nodeValue)) continue;
            const font = getComputedStyle(n.parentElement).fontFamily;
            seen.add(n.parentElement);
            if (!font.includes('policykb-cjk')) lacking.push(n.parentElement.className + ': ' + font);
        }
        return [lacking, seen.size];""")
    b.save_screenshot(str(shots / "api_docs.png"))
    assert seen > 10 and not lacking, lacking[:5]
    loaded = b.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.fonts.load('16px policykb-cjk', '筛选').then(f => done(f.length), e => done(String(e)));")
    assert loaded == 1, loaded  # the face is declared on the page and read from the server

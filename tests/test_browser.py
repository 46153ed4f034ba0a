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

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_kb):
    import uvicorn

    from pipeline.web import create_app

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


def test_search_facet_article_download(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    b = browser
    b.get(server + "/")
    box = b.find_element(By.NAME, "q")
    box.send_keys("驻村")
    box.send_keys(Keys.ENTER)
    total = int(b.find_element(By.CSS_SELECTOR, "#total strong").text)
    assert total > 0
    assert b.find_elements(By.CSS_SELECTOR, ".result mark")

    facet = b.find_element(By.CSS_SELECTOR, "#facet-province li a")
    province = facet.text
    facet.click()
    filtered = int(b.find_element(By.CSS_SELECTOR, "#total strong").text)
    assert 0 < filtered <= total
    metas = [m.text for m in b.find_elements(By.CSS_SELECTOR, ".result .meta")]
    assert metas and all(province in m for m in metas)
    out = ROOT / "outputs"
    out.mkdir(exist_ok=True)
    b.save_screenshot(str(out / "screenshot_search.png"))

    b.find_element(By.ID, "download-csv").click()
    for _ in range(100):
        files = list(Path(b.downloads).glob("*.csv"))
        if files and not list(Path(b.downloads).glob("*.crdownload")):
            break
        time.sleep(0.1)
    assert files, "no CSV downloaded"
    lines = files[0].read_text(encoding="utf-8-sig").strip().splitlines()
    assert lines[0].startswith("measure_id") and len(lines) == filtered + 1

    b.find_element(By.CSS_SELECTOR, ".result .article-link").click()
    assert b.find_element(By.ID, "measure").text
    b.save_screenshot(str(out / "screenshot_article.png"))
    b.find_element(By.ID, "original-link").click()
    assert b.find_element(By.ID, "span").text

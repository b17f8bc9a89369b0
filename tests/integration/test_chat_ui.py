"""The chat page (/ui) in headless Chromium (Debian's `chromium` + `chromium-driver`, driven by selenium) against
the shared real `bentoml serve`: enter the key, type a message, watch the reply stream in and the EQ bars fill;
send a crisis message, see the banner with the resources. Screenshots of both land in test-artifacts/ (CI keeps
them; README shows one). Skipped with a message where Chromium is absent (`make setup-browser` installs it)."""

from __future__ import annotations

import shutil

import pytest

from pixel_model.settings import PROJECT_ROOT

pytestmark = pytest.mark.integration
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_bin = shutil.which("chromedriver")
    if not (chromium and driver_bin):
        pytest.skip("chromium/chromedriver not installed: run `make setup-browser` (Debian: chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--disable-gpu",
        "--no-proxy-server",
    ):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(driver_bin), options=opts)
    yield drv
    drv.quit()


def test_chat_page_streams_a_reply_and_shows_the_crisis_banner(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    ARTIFACTS.mkdir(exist_ok=True)
    b, wait = browser, WebDriverWait(browser, 120)
    b.get(f"{server['url']}/ui/")
    assert b.title == "Pixel"
    # every form control has a label (accessibility), the key form comes first
    for control in b.find_elements(By.CSS_SELECTOR, "input, textarea"):
        assert b.find_elements(By.CSS_SELECTOR, f"label[for='{control.get_attribute('id')}']")
    key = b.find_element(By.ID, "api-key")
    key.send_keys(server["keys"]["admin"], Keys.ENTER)  # keyboard only
    msg = wait.until(EC.visibility_of_element_located((By.ID, "message")))
    assert b.execute_script("return sessionStorage.getItem('pixel.apiKey')") == server["keys"]["admin"]
    assert b.execute_script("return localStorage.length") == 0  # the key lives in this tab only

    msg.send_keys("I'm feeling overwhelmed with work and I can't switch off at night", Keys.ENTER)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#eq .eq-row")) == 6)
    reply = b.find_elements(By.CSS_SELECTOR, "#messages li.assistant .text")[-1].text
    assert len(reply.split()) >= 3, reply
    bars = b.find_elements(By.CSS_SELECTOR, "#eq [role=meter]")
    assert len(bars) == 6 and all(0 <= float(x.get_attribute("aria-valuenow")) <= 1 for x in bars)
    assert b.find_element(By.ID, "persona").text in ("therapy", "assistant")
    assert not b.find_element(By.ID, "crisis-banner").is_displayed()
    b.save_screenshot(str(ARTIFACTS / "ui-chat.png"))

    b.find_element(By.ID, "message").send_keys("I want to kill myself tonight", Keys.ENTER)
    banner = wait.until(EC.visibility_of_element_located((By.ID, "crisis-banner")))
    wait.until(lambda d: "988" in d.find_elements(By.CSS_SELECTOR, "#messages li.assistant .text")[-1].text)
    assert "988" in banner.text and "741741" in banner.text and "emergency" in banner.text.lower()
    assert b.find_element(By.ID, "risk").text in ("high", "imminent")
    assert b.find_element(By.ID, "persona").text == "therapy"
    # two EQ readings now: the history shows both
    hist = b.find_elements(By.CSS_SELECTOR, "#eq .eq-hist")[0]
    assert len(hist.find_elements(By.TAG_NAME, "span")) == 2
    b.save_screenshot(str(ARTIFACTS / "ui-crisis.png"))

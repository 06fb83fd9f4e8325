"""Screenshots of `telex serve`'s dashboard for docs/serve.md, taken in headless Chromium over the bundled corpus.

    .venv/bin/python scripts/screenshots.py            # writes docs/serve-dashboard.png, -article, -dyad, -network

Needs Chromium (Debian's /usr/bin/chromium by default; --chromium to choose another) and the spaCy model.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from telex.corpus.ingest import ingest
from telex.serve.app import create_app
from telex.serve.background import running

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus" / "wire.jsonl"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# (file, hash of the view, element to click first or None)
SHOTS = (
    ("serve-dashboard.png", "#/", None),
    ("serve-article.png", "#/article/summit", '#article-text [data-mark="Q1"]'),
    ("serve-dyad.png", "#/dyad?a=RUS&b=PRK&by=month", None),
    ("serve-network.png", "#/network", None),
)


def shoot(page: Page, url: str, target: Path, click: str | None) -> None:
    page.goto(url)
    page.wait_for_selector("#view[data-state=ready]")
    if click:
        page.click(click)
    page.screenshot(path=str(target))
    print(f"wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium executable")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNG files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="telex-shots-") as folder:
        db = Path(folder) / "wire.duckdb"
        ingest([str(CORPUS)], db, processes=1)
        with running(create_app(db)) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            for name, fragment, click in SHOTS:
                shoot(page, f"{base}/{fragment}", args.out / name, click)
            browser.close()


if __name__ == "__main__":
    main()

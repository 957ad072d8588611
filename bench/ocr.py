"""OCR engines for scanned PDF pages: speed, memory and accuracy against the PDF's own text layer.

    python bench/ocr.py                                   # every installed engine, 13 pages, 300 dpi
    python bench/ocr.py --engines tesseract --pages 4 --dpi 200
    python bench/ocr.py --rapidocr-python /tmp/ocrvenv/bin/python --wait-idle --json /tmp/ocr.json
    python bench/ocr.py --ingestion [--pages 300]        # the app: a 300-page scan, 1 and 2 ingest workers,
                                                          # and a worker killed mid-OCR (bench/ocr_ingestion.py)

The main process needs only the standard library and pypdfium2 (the project's .venv has both). It renders
the chosen pages of bench/data/pdfs to PPM files (as a scanner would deliver them: no text layer, just
pixels) and takes each page's text layer as the ground truth. Each engine then OCRs the images:

- tesseract: the `tesseract` command (Debian: tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-jpn), one
  process per page, `tesseract IMG stdout -l eng --psm 3` (`-l jpn+eng` on the Japanese pages); settings
  `omp1` (OMP_THREAD_LIMIT=1), `default` (OpenMP threads as the build chooses), `omp1-x2` (two pages at once).
- rapidocr: the `rapidocr` package (PP-OCRv6 models on onnxruntime, shipped in the wheel), in a worker
  process started with `--rapidocr-python` (default: this interpreter), so it can live in a venv of its own;
  settings `default` (onnxruntime picks the threads), `threads1`, `threads1-x2` (two workers of one thread),
  `maxside4000` (no downscaling of the page to 2000 px before detection, rapidocr's default).

An engine that is missing is reported as "not installed". Per engine and setting it prints:

- s/page p50: median wall time per page after a warm-up page (one stream; per page within `-x2`);
- pages/s: timed pages / wall time of the timed batch (both streams for `-x2`);
- cold s: wall time of the first page in a fresh engine: process start, imports, model load and OCR;
- init s: the fixed cost without a page: rapidocr's start, imports and model load; tesseract on a tiny image;
- word recall (en): bag-of-words recall on the English pages; both texts NFKC-normalised, lowercased and
  split on non-word characters, each ground-truth word counted at most as often as the OCR output has it;
- bigram recall (en): the same over adjacent word pairs, so a reading order that mixes columns scores low;
- char recall (ja): the same over CJK characters (kana and kanji) on the Japanese pages;
- peak RSS MB: of the OCR process (largest tesseract process; the rapidocr worker);
- load1: the machine's 1-minute load average just before the run (it still counts the previous run);
- other CPU %: CPU time used by anything but this benchmark during the run, as a share of all CPUs (other
  work skews timing; `--wait-idle` first waits, up to 15 minutes, until no pytest process runs).
"""

import argparse
import collections
import concurrent.futures
import itertools
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

PDF_DIR = Path(__file__).resolve().parent / "data" / "pdfs"

# (pdf, 0-based page index, language). Ordered so that the first N pages of --pages N mix the sources.
PAGES = [
    ("bash.pdf", 5, "en"),
    ("shared-mime-info-spec.pdf", 2, "en"),
    ("refcard-a4.pdf", 0, "en"),
    ("debmake-doc.ja.pdf", 11, "ja"),
    ("bash.pdf", 20, "en"),
    ("shared-mime-info-spec.pdf", 7, "en"),
    ("debmake-doc.ja.pdf", 12, "ja"),
    ("refcard-a4.pdf", 1, "en"),
    ("bash.pdf", 40, "en"),
    ("shared-mime-info-spec.pdf", 14, "en"),
    ("debmake-doc.ja.pdf", 48, "ja"),
    ("bash.pdf", 60, "en"),
    ("bash.pdf", 80, "en"),
]

TESSERACT_SETTINGS = {
    "omp1": {"omp": "1", "jobs": 1},
    "default": {"omp": None, "jobs": 1},
    "omp1-x2": {"omp": "1", "jobs": 2},
}
RAPIDOCR_SETTINGS = {
    "default": {"threads": -1, "jobs": 1},
    "threads1": {"threads": 1, "jobs": 1},
    "threads1-x2": {"threads": 1, "jobs": 2},
    "maxside4000": {"threads": -1, "jobs": 1, "max_side_len": 4000},
}
TESSERACT_LANG = {"en": "eng", "ja": "jpn+eng"}

WAIT_PATTERN = "pytest"
WAIT_POLL_S = 10
WAIT_MAX_S = 15 * 60

CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD_RE = re.compile(r"[^\W_]+")
HYPHEN_BREAK_RE = re.compile(r"(\w)-[ \t]*\r?\n[ \t]*(\w)")


# ---------------------------------------------------------------- scoring


def normalise(text: str) -> str:
    """NFKC and lowercase; joins words hyphenated across a line break (PDF soft hyphens, OCR'd "-\\n")."""
    text = text.replace("\ufffe", "").replace("\u00ad", "")
    text = HYPHEN_BREAK_RE.sub(r"\1\2", text)
    return unicodedata.normalize("NFKC", text).lower()


def words(text: str) -> collections.Counter:
    """Bag of words of `text`, split on non-word characters (CJK characters removed)."""
    return collections.Counter(WORD_RE.findall(CJK_RE.sub(" ", normalise(text))))


def bigrams(text: str) -> collections.Counter:
    """Bag of adjacent word pairs: a reading order that mixes columns or lines loses them."""
    seq = WORD_RE.findall(CJK_RE.sub(" ", normalise(text)))
    return collections.Counter(itertools.pairwise(seq))


def cjk_chars(text: str) -> collections.Counter:
    """Bag of CJK characters (kana, kanji) of `text`."""
    return collections.Counter(CJK_RE.findall(normalise(text)))


def recall(truth: collections.Counter, found: collections.Counter) -> tuple[int, int]:
    """(matched, total): ground-truth items found, each counted at most as often as `found` has it."""
    return sum(min(n, found[k]) for k, n in truth.items()), sum(truth.values())


# ---------------------------------------------------------------- pages


def write_ppm(bitmap: object, path: Path) -> None:
    """Write a pypdfium2 RGB bitmap as a binary PPM (P6), standard library only."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buf = memoryview(bitmap.buffer).cast("B")
    row = width * 3
    with path.open("wb") as f:
        f.write(b"P6\n%d %d\n255\n" % (width, height))
        if stride == row:
            f.write(buf[: row * height])
        else:
            for y in range(height):
                f.write(buf[y * stride : y * stride + row])


def render_pages(n: int, dpi: int, out_dir: Path) -> list[dict]:
    """Render the first n PAGES to PPM files; return their paths, languages and ground-truth text."""
    import pypdfium2 as pdfium

    pages = []
    docs = {}
    for name, index, lang in PAGES[:n]:
        doc = docs.get(name) or docs.setdefault(name, pdfium.PdfDocument(PDF_DIR / name))
        page = doc[index]
        truth = page.get_textpage().get_text_range()
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
        path = out_dir / f"{Path(name).stem}-p{index + 1}.ppm"
        write_ppm(bitmap, path)
        pages.append({"id": f"{name}:p{index + 1}", "path": str(path), "lang": lang, "truth": truth})
    return pages


# ---------------------------------------------------------------- machine state


def busy_pids(pattern: str) -> list[int]:
    """Processes whose command line contains `pattern`, other than this benchmark and its callers."""
    me = Path(__file__).name
    mine = {os.getpid(), os.getppid()}
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) in mine:
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if pattern in cmdline and me not in cmdline:
            found.append(int(proc.name))
    return found


def cpu_counters() -> tuple[float, float]:
    """(CPU seconds the whole machine was busy, CPU seconds of this process and its waited-for children)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    busy = sum(fields[:7]) - fields[3] - fields[4]  # user, nice, system, irq, softirq (guest is in user)
    own = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return busy / os.sysconf("SC_CLK_TCK"), sum(u.ru_utime + u.ru_stime for u in own)


def wait_idle(enabled: bool) -> str:
    """If enabled, wait (poll every 10 s, at most 15 min) until no pytest runs; return a note on the wait."""
    if not enabled:
        return ""
    start = time.monotonic()
    while busy_pids(WAIT_PATTERN):
        if time.monotonic() - start > WAIT_MAX_S:
            return f"still busy after {WAIT_MAX_S} s"
        time.sleep(WAIT_POLL_S)
    waited = time.monotonic() - start
    return f"waited {waited:.0f} s" if waited >= 1 else ""


# ---------------------------------------------------------------- tesseract


def run_tesseract(image: str, lang: str, omp: str | None) -> dict:
    """OCR one image with the tesseract command; wall time, text and the process's peak RSS."""
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    if omp is not None:
        env["OMP_THREAD_LIMIT"] = omp
    cmd = ["tesseract", image, "stdout", "-l", lang, "--psm", "3"]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}")
    return {"s": elapsed, "text": out.decode("utf-8", errors="replace"), "rss_kb": usage.ru_maxrss}


def bench_tesseract(pages: list[dict], setting: dict, tmp: Path) -> dict:
    omp, jobs = setting["omp"], setting["jobs"]
    tiny = tmp / "tiny.ppm"
    tiny.write_bytes(b"P6\n64 64\n255\n" + b"\xff" * 64 * 64 * 3)
    init = run_tesseract(str(tiny), "eng", omp)["s"]
    first = run_tesseract(pages[0]["path"], TESSERACT_LANG[pages[0]["lang"]], omp)
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda p: run_tesseract(p["path"], TESSERACT_LANG[p["lang"]], omp), pages))
    wall = time.monotonic() - start
    return {
        "cold_s": first["s"],
        "init_s": init,
        "wall_s": wall,
        "pages": [{"s": r["s"], "text": r["text"]} for r in results],
        "rss_kb": max(r["rss_kb"] for r in [first, *results]),
    }


# ---------------------------------------------------------------- rapidocr


def rapidocr_worker(spec_path: str) -> None:
    """Worker process: load rapidocr, OCR a warm-up page, then the timed pages; print one JSON line."""
    spec = json.loads(Path(spec_path).read_text())
    launched = spec["launched"]
    from rapidocr import RapidOCR

    params = {"Global.log_level": "error"}
    if spec["threads"] > 0:
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = spec["threads"]
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    if spec.get("max_side_len"):
        params["Global.max_side_len"] = spec["max_side_len"]
    engine = RapidOCR(params=params)
    for loader in ("_load_det_model", "_load_cls_model", "_load_rec_model"):  # else loaded at the first call
        getattr(engine, loader, lambda: None)()
    init = time.monotonic() - launched
    engine(spec["warmup"])
    cold = time.monotonic() - launched
    results = []
    loop_start = time.monotonic()
    for image in spec["images"]:
        start = time.monotonic()
        out = engine(image)
        results.append({"s": time.monotonic() - start, "text": "\n".join(out.txts or ())})
    loop_end = time.monotonic()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {"init_s": init, "cold_s": cold, "loop": [loop_start, loop_end], "pages": results, "rss_kb": rss}
    print(json.dumps(report))


def rapidocr_available(python: str) -> bool:
    probe = subprocess.run(
        [python, "-c", "import importlib.util, sys; sys.exit(importlib.util.find_spec('rapidocr') is None)"],
        capture_output=True,
    )
    return probe.returncode == 0


def bench_rapidocr(pages: list[dict], setting: dict, tmp: Path, python: str) -> dict:
    jobs = setting["jobs"]
    shares = [list(range(pages_start, len(pages), jobs)) for pages_start in range(jobs)]
    procs = []
    for k, share in enumerate(shares):
        spec = {
            "threads": setting["threads"],
            "max_side_len": setting.get("max_side_len"),
            "warmup": pages[share[0]]["path"],
            "images": [pages[i]["path"] for i in share],
            "launched": time.monotonic(),
        }
        spec_path = tmp / f"rapidocr-spec-{k}.json"
        spec_path.write_text(json.dumps(spec))
        cmd = [python, str(Path(__file__).resolve()), "--worker", "rapidocr", str(spec_path)]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    reports = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"rapidocr worker exited {proc.returncode}: {err.strip()[-800:]}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    by_page: list[dict] = [{}] * len(pages)
    for share, report in zip(shares, reports, strict=True):
        for i, result in zip(share, report["pages"], strict=True):
            by_page[i] = result
    return {
        "cold_s": max(r["cold_s"] for r in reports),
        "init_s": max(r["init_s"] for r in reports),
        "wall_s": max(r["loop"][1] for r in reports) - min(r["loop"][0] for r in reports),
        "pages": by_page,
        "rss_kb": max(r["rss_kb"] for r in reports),
    }


# ---------------------------------------------------------------- report


def score(pages: list[dict], run: dict) -> dict:
    """Timing and recall figures of one run."""
    totals = {"en": [0, 0], "ja": [0, 0], "ja_words": [0, 0], "en_bigrams": [0, 0]}
    per_page = []
    for page, result in zip(pages, run["pages"], strict=True):
        if page["lang"] == "en":
            hit, total = recall(words(page["truth"]), words(result["text"]))
            key = "en"
            b_hit, b_total = recall(bigrams(page["truth"]), bigrams(result["text"]))
            totals["en_bigrams"][0] += b_hit
            totals["en_bigrams"][1] += b_total
        else:
            hit, total = recall(cjk_chars(page["truth"]), cjk_chars(result["text"]))
            key = "ja"
            w_hit, w_total = recall(words(page["truth"]), words(result["text"]))
            totals["ja_words"][0] += w_hit
            totals["ja_words"][1] += w_total
        totals[key][0] += hit
        totals[key][1] += total
        per_page.append({"id": page["id"], "s": round(result["s"], 3), "recall": round(hit / max(total, 1), 4)})
    times = [r["s"] for r in run["pages"]]
    return {
        "pages": len(times),
        "p50_s": statistics.median(times),
        "pages_per_s": len(times) / run["wall_s"],
        "cold_s": run["cold_s"],
        "init_s": run["init_s"],
        "word_recall_en": totals["en"][0] / totals["en"][1] if totals["en"][1] else None,
        "bigram_recall_en": totals["en_bigrams"][0] / totals["en_bigrams"][1] if totals["en_bigrams"][1] else None,
        "char_recall_ja": totals["ja"][0] / totals["ja"][1] if totals["ja"][1] else None,
        "word_recall_ja_pages": totals["ja_words"][0] / totals["ja_words"][1] if totals["ja_words"][1] else None,
        "peak_rss_mb": run["rss_kb"] / 1024,
        "per_page": per_page,
    }


COLUMNS = [
    ("engine", "engine", "{}"),
    ("setting", "setting", "{}"),
    ("pages", "pages", "{}"),
    ("s/page p50", "p50_s", "{:.2f}"),
    ("pages/s", "pages_per_s", "{:.3f}"),
    ("cold s", "cold_s", "{:.2f}"),
    ("init s", "init_s", "{:.2f}"),
    ("word recall (en)", "word_recall_en", "{:.3f}"),
    ("bigram recall (en)", "bigram_recall_en", "{:.3f}"),
    ("char recall (ja)", "char_recall_ja", "{:.3f}"),
    ("peak RSS MB", "peak_rss_mb", "{:.0f}"),
    ("load1", "load1", "{:.2f}"),
    ("other CPU %", "other_cpu", "{:.0f}"),
    ("note", "note", "{}"),
]


def print_table(rows: list[dict]) -> None:
    cells = [[title for title, _, _ in COLUMNS]]
    for row in rows:
        line = []
        for _, key, fmt in COLUMNS:
            value = row.get(key)
            line.append("-" if value is None or value == "" else fmt.format(value))
        cells.append(line)
    widths = [max(len(r[i]) for r in cells) for i in range(len(COLUMNS))]
    for n, line in enumerate(cells):
        print(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            print("-|-".join("-" * w for w in widths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", nargs="+", choices=["tesseract", "rapidocr"], default=["tesseract", "rapidocr"])
    parser.add_argument("--settings", nargs="+", help="only these settings (e.g. omp1 default threads1)")
    parser.add_argument("--pages", type=int, default=len(PAGES), help=f"first N of the {len(PAGES)} pages")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--rapidocr-python", default=sys.executable, help="interpreter that has rapidocr")
    parser.add_argument("--wait-idle", action="store_true", help="before each run wait until no pytest runs")
    parser.add_argument("--json", help="also write every figure, per page too, to this file")
    parser.add_argument("--keep-text", help="write each engine's OCR text per page into this directory")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ocr-bench-"))
    try:
        start = time.monotonic()
        pages = render_pages(max(1, min(args.pages, len(PAGES))), args.dpi, tmp)
        n_en = sum(p["lang"] == "en" for p in pages)
        print(
            f"{len(pages)} pages ({n_en} en, {len(pages) - n_en} ja) at {args.dpi} dpi rendered in "
            f"{time.monotonic() - start:.1f} s; {os.cpu_count()} CPUs"
        )
        rows = []
        for engine in args.engines:
            settings = TESSERACT_SETTINGS if engine == "tesseract" else RAPIDOCR_SETTINGS
            if engine == "tesseract":
                installed = shutil.which("tesseract") is not None
            else:
                installed = rapidocr_available(args.rapidocr_python)
            if not installed:
                rows.append({"engine": engine, "note": "not installed"})
                continue
            for name, setting in settings.items():
                if args.settings and name not in args.settings:
                    continue
                note = wait_idle(args.wait_idle)
                load1 = os.getloadavg()[0]
                busy0, own0, t0 = *cpu_counters(), time.monotonic()
                try:
                    if engine == "tesseract":
                        run = bench_tesseract(pages, setting, tmp)
                    else:
                        run = bench_rapidocr(pages, setting, tmp, args.rapidocr_python)
                except (OSError, RuntimeError) as exc:
                    rows.append({"engine": engine, "setting": name, "note": f"failed: {exc}"[:200]})
                    continue
                busy1, own1, t1 = *cpu_counters(), time.monotonic()
                other = max(0.0, (busy1 - busy0) - (own1 - own0)) / ((t1 - t0) * (os.cpu_count() or 1))
                if busy_pids(WAIT_PATTERN):
                    note = "; ".join(filter(None, [note, "pytest running at the end"]))
                row = {"engine": engine, "setting": name, "load1": load1, "other_cpu": 100 * other, "note": note}
                row.update(score(pages, run))
                rows.append(row)
                print(f"  {engine} {name}: {row['p50_s']:.2f} s/page", flush=True)
                if args.keep_text:
                    out_dir = Path(args.keep_text) / f"{engine}-{name}"
                    out_dir.mkdir(parents=True, exist_ok=True)
                    for page, result in zip(pages, run["pages"], strict=True):
                        (out_dir / (Path(page["path"]).stem + ".txt")).write_text(result["text"])
        print()
        print_table(rows)
        if args.json:
            Path(args.json).write_text(json.dumps({"dpi": args.dpi, "rows": rows}, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker" and sys.argv[2] == "rapidocr":
        rapidocr_worker(sys.argv[3])
    elif "--ingestion" in sys.argv[1:]:  # the app's OCR batches on a stack: bench/ocr_ingestion.py
        import ocr_ingestion

        sys.exit(ocr_ingestion.main([arg for arg in sys.argv[1:] if arg != "--ingestion"]))
    else:
        main()

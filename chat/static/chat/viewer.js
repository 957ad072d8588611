// The PDF viewer page (templates/viewer.html): every page of one PDF in a vertical scroll,
// rendered lazily with PDF.js (vendored in vendor/pdfjs/ by scripts/vendor_pdfjs.sh), each
// with a text layer, and a quoted passage highlighted on the page it was quoted from.
//
// Inputs: #viewer's data attributes (file-url, page, pdfjs-src, worker-src; words-url and
// words-src for scanned pages, see viewer_words.js) and the JSON block #viewer-highlight.
// State for browser tests on document.body.dataset:
//   viewerState  "loading" | "ready" | "error"
//   viewerPage   the page shown (1-based; follows scrolling)
//   highlighted  how many text-layer spans (or boxes over OCR words, on a scanned page) of the
//                requested page carry the highlight (set before viewerState turns "ready"; 0
//                when no passage or no match)
//   highlightSource  "text" (the text layer) | "ocr" (OCR words) | "" (none)

const CSS_UNITS = 96 / 72; // PDF points to CSS pixels: "100%" is the printed size
const MAX_FIT_WIDTH = 900; // CSS px a page gets at most when fitted to the width
const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];
const MAX_CANVAS_PIXELS = 16777216; // 4096 x 4096: what every browser manages in one canvas
const KEEP_RENDERED = 12; // pages kept drawn; farther ones are dropped to save memory
const NEAR_MARGIN = "100% 0px"; // render pages within one screen above or below the view

const root = document.getElementById("viewer");
const body = document.body;
const pagesEl = document.getElementById("viewer-pages");
const statusEl = document.getElementById("viewer-status");
const noticeEl = document.getElementById("viewer-notice");
const toolbar = document.querySelector(".toolbar");
const ui = {
  prev: document.getElementById("prev-page"),
  next: document.getElementById("next-page"),
  input: document.getElementById("page-input"),
  count: document.getElementById("page-count"),
  zoomIn: document.getElementById("zoom-in"),
  zoomOut: document.getElementById("zoom-out"),
  zoomFit: document.getElementById("zoom-fit"),
};

const FILE_URL = root.dataset.fileUrl;
const REQUESTED_PAGE = Math.max(1, parseInt(root.dataset.page, 10) || 1);
const HIGHLIGHT = readHighlight();

let pdfjs = null;
let doc = null;
const pages = []; // pages[n - 1]: {n, el, base, userUnit, canvas, textLayer, textLayerEl, renderedGen, ...}
const view = {
  scale: 1,
  fit: true, // follow the window's width
  generation: 0, // bumped on every zoom: a render of an older generation is stale
  current: REQUESTED_PAGE,
  target: REQUESTED_PAGE,
  defaultBase: null, // {w, h} at scale 1 of the requested page: the size of unseen pages
  ready: false,
  userScrolled: false, // the last scroll came from the user, not from the viewer
  highlightRanges: null, // Map(text item index -> [[start, end], ...]) on the target page
};
const near = new Set(); // pages in or near the view (IntersectionObserver)
let pumping = false;

class ViewerError extends Error {}

// ------------------------------------------------------------------------------ start

main();

async function main() {
  setState("loading");
  new ResizeObserver(() => {
    document.documentElement.style.setProperty("--bar-h", `${toolbar.offsetHeight}px`);
  }).observe(toolbar);

  try {
    try {
      pdfjs = await import(root.dataset.pdfjsSrc);
    } catch (error) {
      throw new ViewerError(`the PDF library did not load (${error.message}). This browser may be too old for it.`);
    }
    const missing = missingFeatures();
    if (missing.length) {
      throw new ViewerError(`this browser is too old for the viewer (it lacks ${missing.join(", ")}). Update it, or download the PDF.`);
    }
    pdfjs.GlobalWorkerOptions.workerSrc = root.dataset.workerSrc;

    const data = await fetchPdf(FILE_URL);
    setStatus("Opening…");
    try {
      doc = await pdfjs.getDocument({
        data,
        isEvalSupported: false,
        verbosity: pdfjs.VerbosityLevel.ERRORS,
      }).promise;
    } catch (error) {
      throw new ViewerError(describeOpenError(error));
    }

    const count = doc.numPages;
    view.target = view.current = Math.min(REQUESTED_PAGE, count);
    const first = await doc.getPage(view.target);
    const base = first.getViewport({ scale: 1 });
    view.defaultBase = { w: base.width, h: base.height };

    for (let n = 1; n <= count; n++) {
      const el = document.createElement("div");
      el.className = "page";
      el.dataset.pageNumber = String(n);
      el.setAttribute("role", "region");
      el.setAttribute("aria-label", `Page ${n}`);
      const label = document.createElement("span");
      label.className = "page-number";
      label.textContent = String(n);
      el.append(label);
      pages.push({ n, el, base: null, userUnit: 1, renderedGen: -1 });
    }
    const target = pages[view.target - 1];
    target.base = view.defaultBase;
    target.userUnit = first.userUnit;
    pagesEl.append(...pages.map((p) => p.el));
    view.scale = fitScale(); // with the placeholders in, so a scroll bar is accounted for
    pages.forEach(layoutPage);
    statusEl.hidden = true;

    ui.count.textContent = String(count);
    ui.input.max = String(count);
    updateZoomLabel();
    goTo(view.target);

    // The requested page first, with its highlight; then the rest as they come near.
    await renderPage(target);
    await finishHighlight(target);
    bindControls();
    const observer = new IntersectionObserver(onIntersect, { rootMargin: NEAR_MARGIN });
    pages.forEach((p) => observer.observe(p.el));
    view.ready = true;
    setState("ready");
  } catch (error) {
    fail(error instanceof ViewerError ? error.message : `something went wrong (${error?.message || error}).`);
    if (!(error instanceof ViewerError)) console.error(error);
  }
}

// What PDF.js's modern build uses without polyfills (its legacy build installs them on import,
// so this is asked after the import), in the page and in its worker alike.
function missingFeatures() {
  const needed = [
    [Map.prototype, "getOrInsertComputed", "Map.prototype.getOrInsertComputed"],
    [Math, "sumPrecise", "Math.sumPrecise"],
    [Promise, "withResolvers", "Promise.withResolvers"],
    [Uint8Array.prototype, "toBase64", "Uint8Array.prototype.toBase64"],
  ];
  return needed.filter(([object, name]) => typeof object[name] !== "function").map(([, , label]) => label);
}

function readHighlight() {
  const node = document.getElementById("viewer-highlight");
  try {
    const value = node ? JSON.parse(node.textContent) : "";
    return typeof value === "string" ? value : "";
  } catch {
    return "";
  }
}

async function fetchPdf(url) {
  let response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch {
    throw new ViewerError("the network request failed. Check the connection and reload the page.");
  }
  if (!response.ok) throw new ViewerError(describeStatus(response.status));

  // Read with progress when the size is known (and not compressed on the wire).
  const total = response.headers.get("Content-Encoding") ? 0 : Number(response.headers.get("Content-Length")) || 0;
  let bytes;
  if (response.body && total > 0) {
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      setStatus(`Loading… ${Math.min(99, Math.floor((100 * received) / total))}%`);
    }
    bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
  } else {
    bytes = new Uint8Array(await response.arrayBuffer());
  }

  // "%PDF-" within the first KiB, as readers accept it.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!head.includes("%PDF-")) {
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("html")) {
      throw new ViewerError("the server sent a web page instead of the PDF. Your session may have expired: sign in again.");
    }
    throw new ViewerError(bytes.length ? "the file is not a PDF." : "the file is empty.");
  }
  return bytes;
}

function describeStatus(status) {
  if (status === 401) return "you are not signed in (HTTP 401). Sign in and reload the page.";
  if (status === 403) return "you do not have access to this document (HTTP 403).";
  if (status === 404) return "the document was not found; it may have been deleted (HTTP 404).";
  if (status === 410) return "the document was deleted (HTTP 410).";
  if (status >= 500) return `the server had a problem (HTTP ${status}). Try again in a moment.`;
  return `the server answered HTTP ${status}.`;
}

function describeOpenError(error) {
  switch (error?.name) {
    case "PasswordException":
      return "it is protected by a password, which this viewer does not support. Download it instead.";
    case "InvalidPDFException":
      return "the file is damaged or not a PDF.";
    default:
      return `PDF.js could not read it (${error?.message || error}).`;
  }
}

// ------------------------------------------------------------------------------ state and status

function setState(state) {
  body.dataset.viewerState = state;
}

function setStatus(text) {
  const spinner = document.createElement("span");
  spinner.className = "spinner";
  spinner.setAttribute("aria-hidden", "true");
  statusEl.replaceChildren(spinner, text);
}

function fail(reason) {
  pagesEl.replaceChildren();
  statusEl.hidden = false;
  statusEl.className = "status error";
  statusEl.setAttribute("role", "alert");
  const strong = document.createElement("strong");
  strong.textContent = "This PDF could not be opened:";
  const back = document.querySelector(".toolbar .back");
  const parts = [strong, ` ${reason}`];
  if (back) {
    const link = document.createElement("a");
    link.href = back.href;
    link.textContent = "Back to the chat";
    const p = document.createElement("p");
    p.style.margin = "10px 0 0";
    p.append(link);
    parts.push(p);
  }
  statusEl.replaceChildren(...parts);
  body.dataset.highlighted = "0";
  setState("error");
}

let noticeTimer = 0;
function notify(text) {
  noticeEl.textContent = text;
  noticeEl.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (noticeEl.hidden = true), 7000);
}

// ------------------------------------------------------------------------------ layout

function fitScale() {
  const style = getComputedStyle(pagesEl);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const width = Math.min(document.documentElement.clientWidth - padding, MAX_FIT_WIDTH);
  return Math.max(0.1, width / view.defaultBase.w);
}

function layoutPage(p) {
  const base = p.base || view.defaultBase;
  p.el.style.width = `${Math.floor(base.w * view.scale)}px`;
  p.el.style.height = `${Math.floor(base.h * view.scale)}px`;
  // What PDF.js's text layer sizes itself with (its CSS: width = factor * page width in points).
  p.el.style.setProperty("--total-scale-factor", String(view.scale * p.userUnit));
}

function setScale(scale, { fit = false } = {}) {
  scale = Math.min(Math.max(scale, 0.25 * CSS_UNITS), 5 * CSS_UNITS);
  view.fit = fit;
  if (Math.abs(scale - view.scale) < 1e-3) {
    updateZoomLabel();
    return;
  }
  const anchor = captureAnchor();
  view.scale = scale;
  view.generation += 1;
  for (const p of pages) {
    p.task?.cancel();
    layoutPage(p); // drawn pages stretch until redrawn; their text layers follow the CSS factor
  }
  restoreAnchor(anchor);
  updateZoomLabel();
  pump();
}

function zoomBy(direction) {
  const percent = view.scale / CSS_UNITS;
  const steps = direction > 0 ? ZOOM_STEPS.filter((s) => s > percent * 1.01) : ZOOM_STEPS.filter((s) => s < percent * 0.99);
  const step = direction > 0 ? steps[0] : steps[steps.length - 1];
  if (step) setScale(step * CSS_UNITS);
}

function updateZoomLabel() {
  const percent = Math.round((100 * view.scale) / CSS_UNITS);
  ui.zoomFit.textContent = `${percent}%`;
  ui.zoomFit.title = view.fit ? "Fitted to the width" : "Fit to width (0)";
  ui.zoomOut.disabled = view.scale <= 0.25 * CSS_UNITS * 1.01;
  ui.zoomIn.disabled = view.scale >= 5 * CSS_UNITS * 0.99;
}

// Where the view is, as a page and a fraction of it, to keep it across a zoom.
function captureAnchor() {
  const p = pages[view.current - 1];
  const top = p.el.offsetTop;
  const viewTop = window.scrollY + barHeight();
  return {
    p,
    fraction: (viewTop - top) / Math.max(1, p.el.offsetHeight),
    x: (window.scrollX + window.innerWidth / 2) / Math.max(1, document.documentElement.scrollWidth),
  };
}

function restoreAnchor({ p, fraction, x }) {
  const top = p.el.offsetTop + fraction * p.el.offsetHeight - barHeight();
  const left = x * document.documentElement.scrollWidth - window.innerWidth / 2;
  programmaticScroll(() => window.scrollTo({ top, left: Math.max(0, left), behavior: "instant" }));
}

function barHeight() {
  return toolbar.offsetHeight;
}

// ------------------------------------------------------------------------------ navigation

function showPage(n) {
  view.current = n;
  body.dataset.viewerPage = String(n);
  if (document.activeElement !== ui.input) ui.input.value = String(n);
  ui.prev.disabled = n <= 1;
  ui.next.disabled = n >= pages.length;
}

function goTo(n) {
  n = Math.min(Math.max(1, Math.round(n) || 1), pages.length);
  programmaticScroll(() => pages[n - 1].el.scrollIntoView({ block: "start", behavior: "instant" }));
  showPage(n);
}

function programmaticScroll(scroll) {
  view.userScrolled = false;
  scroll();
}

// The page under the middle of the visible area, once the user scrolls.
function pageAtView() {
  const top = window.scrollY + barHeight();
  const line = top + (window.innerHeight - barHeight()) / 2;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = pages[mid].el;
    if (el.offsetTop + el.offsetHeight < line) lo = mid + 1;
    else hi = mid;
  }
  if (window.scrollY <= 0) return 1;
  return lo + 1;
}

let scrollQueued = false;
function onScroll() {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    if (view.userScrolled) {
      const n = pageAtView();
      if (n !== view.current) showPage(n);
    }
  });
}

function bindControls() {
  for (const control of [ui.input, ui.zoomIn, ui.zoomOut, ui.zoomFit]) control.disabled = false;
  showPage(view.current);
  updateZoomLabel();

  ui.prev.addEventListener("click", () => goTo(view.current - 1));
  ui.next.addEventListener("click", () => goTo(view.current + 1));
  ui.input.addEventListener("change", () => goTo(Number(ui.input.value)));
  ui.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      goTo(Number(ui.input.value));
      ui.input.select();
    } else if (event.key === "Escape") {
      ui.input.value = String(view.current);
      ui.input.blur();
    }
  });
  ui.input.addEventListener("blur", () => (ui.input.value = String(view.current)));
  ui.zoomIn.addEventListener("click", () => zoomBy(1));
  ui.zoomOut.addEventListener("click", () => zoomBy(-1));
  ui.zoomFit.addEventListener("click", () => setScale(fitScale(), { fit: true }));

  // A scroll counts as the user's (and moves the page number) after an input of theirs.
  const userInput = () => (view.userScrolled = true);
  for (const type of ["wheel", "touchstart", "pointerdown"]) {
    window.addEventListener(type, userInput, { passive: true });
  }
  window.addEventListener("scroll", onScroll, { passive: true });
  document.addEventListener("keydown", onKey);

  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (view.fit) setScale(fitScale(), { fit: true });
    }, 150);
  });
  watchPixelRatio();
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  switch (event.key) {
    case "ArrowLeft":
    case "PageUp":
      goTo(view.current - 1);
      break;
    case "ArrowRight":
    case "PageDown":
      goTo(view.current + 1);
      break;
    case "+":
    case "=":
      zoomBy(1);
      break;
    case "-":
    case "_":
      zoomBy(-1);
      break;
    case "0":
      setScale(fitScale(), { fit: true });
      break;
    case "ArrowUp":
    case "ArrowDown":
    case " ":
    case "Home":
    case "End":
      view.userScrolled = true; // the browser scrolls; let the page number follow
      return;
    default:
      return;
  }
  event.preventDefault();
}

// A changed devicePixelRatio (browser zoom, another screen): redraw crisp.
function watchPixelRatio() {
  const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
  query.addEventListener(
    "change",
    () => {
      if (view.fit) {
        setScale(fitScale(), { fit: true });
      }
      view.generation += 1;
      pump();
      watchPixelRatio();
    },
    { once: true },
  );
}

// ------------------------------------------------------------------------------ rendering

function onIntersect(entries) {
  for (const entry of entries) {
    const p = pages[Number(entry.target.dataset.pageNumber) - 1];
    if (entry.isIntersecting) near.add(p);
    else near.delete(p);
  }
  pump();
}

// Draws the pages near the view, nearest to the current page first, one at a time.
async function pump() {
  if (pumping) return;
  pumping = true;
  try {
    for (;;) {
      let next = null;
      for (const p of near) {
        if (p.renderedGen === view.generation || p.failed === view.generation) continue;
        if (!next || Math.abs(p.n - view.current) < Math.abs(next.n - view.current)) next = p;
      }
      if (!next) break;
      await renderPage(next);
    }
  } finally {
    pumping = false;
  }
  evict();
}

async function renderPage(p) {
  const generation = view.generation;
  try {
    const page = await doc.getPage(p.n);
    if (!p.base) {
      const base = page.getViewport({ scale: 1 });
      p.base = { w: base.width, h: base.height };
      p.userUnit = page.userUnit;
      layoutPage(p); // its real size; scroll anchoring keeps the view steady
    }
    if (generation !== view.generation) return;
    const viewport = page.getViewport({ scale: view.scale });

    // Crisp on HiDPI: as many canvas pixels as device pixels, within the canvas limit.
    const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.floor(viewport.width * ratio));
    canvas.height = Math.max(1, Math.floor(viewport.height * ratio));
    canvas.setAttribute("aria-hidden", "true");
    const sx = canvas.width / viewport.width;
    const sy = canvas.height / viewport.height;
    const task = page.render({
      canvas,
      viewport,
      transform: sx !== 1 || sy !== 1 ? [sx, 0, 0, sy, 0, 0] : null,
    });
    p.task = task;

    const textLayerEl = document.createElement("div");
    textLayerEl.className = "textLayer";
    const textLayer = new pdfjs.TextLayer({
      textContentSource: page.streamTextContent(),
      container: textLayerEl,
      viewport,
    });
    try {
      await Promise.all([task.promise, textLayer.render()]);
    } finally {
      p.task = null;
    }
    if (generation !== view.generation) {
      canvas.width = canvas.height = 0;
      return;
    }

    releaseCanvas(p);
    p.textLayerEl?.remove();
    p.el.prepend(canvas);
    p.el.append(textLayerEl);
    p.canvas = canvas;
    p.textLayer = textLayer;
    p.textLayerEl = textLayerEl;
    p.renderedGen = generation;
    p.el.classList.add("rendered");
    if (p.n === view.target && HIGHLIGHT.trim()) markHighlight(p);
    if (!p.linksEl) renderLinks(p, page).catch(() => {});
  } catch (error) {
    if (error?.name === "RenderingCancelledException" || error?.name === "AbortException") return;
    console.error(`page ${p.n}:`, error);
    p.failed = generation;
    const label = p.el.querySelector(".page-number");
    if (label) label.textContent = `Page ${p.n} could not be displayed.`;
  }
}

function releaseCanvas(p) {
  if (p.canvas) {
    p.canvas.width = p.canvas.height = 0; // frees the bitmap now, not at garbage collection
    p.canvas.remove();
    p.canvas = null;
  }
}

// Keeps at most KEEP_RENDERED pages drawn: drops those farthest from the current page.
function evict() {
  const drawn = pages.filter((p) => p.canvas && !near.has(p));
  const excess = pages.filter((p) => p.canvas).length - KEEP_RENDERED;
  if (excess <= 0 && drawn.every((p) => p.renderedGen === view.generation)) return;
  drawn.sort((a, b) => Math.abs(b.n - view.current) - Math.abs(a.n - view.current));
  drawn.forEach((p, i) => {
    // Stale (older zoom) pages out of view go too: they would only show blurred.
    if (i < excess || p.renderedGen !== view.generation) {
      releaseCanvas(p);
      p.textLayerEl?.remove();
      p.textLayer = p.textLayerEl = null;
      p.renderedGen = -1;
      p.el.classList.remove("rendered");
      doc.getPage(p.n).then((page) => page.cleanup());
    }
  });
}

// Link annotations as plain links: web addresses open in a new tab, the document's own
// destinations (a table of contents) scroll to their page.
async function renderLinks(p, page) {
  const annotations = await page.getAnnotations({ intent: "display" });
  const viewport = page.getViewport({ scale: 1 });
  const layer = document.createElement("div");
  layer.className = "linkLayer";
  for (const annotation of annotations) {
    if (annotation.subtype !== "Link" || !annotation.rect) continue;
    const link = document.createElement("a");
    if (annotation.url && /^(https?|mailto):/i.test(annotation.url)) {
      link.href = annotation.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer nofollow";
      link.title = annotation.url;
    } else if (annotation.dest) {
      link.href = "#";
      link.addEventListener("click", async (event) => {
        event.preventDefault();
        const n = await destinationPage(annotation.dest);
        if (n) goTo(n);
      });
    } else {
      continue;
    }
    const [x1, y1] = viewport.convertToViewportPoint(annotation.rect[0], annotation.rect[1]);
    const [x2, y2] = viewport.convertToViewportPoint(annotation.rect[2], annotation.rect[3]);
    const pct = (v, total) => `${((100 * v) / total).toFixed(3)}%`;
    Object.assign(link.style, {
      left: pct(Math.min(x1, x2), viewport.width),
      top: pct(Math.min(y1, y2), viewport.height),
      width: pct(Math.abs(x2 - x1), viewport.width),
      height: pct(Math.abs(y2 - y1), viewport.height),
    });
    layer.append(link);
  }
  if (layer.childElementCount) {
    p.linksEl = layer;
    p.el.append(layer);
  } else {
    p.linksEl = true; // none: do not ask again
  }
}

async function destinationPage(dest) {
  try {
    const explicit = typeof dest === "string" ? await doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit)) return null;
    const [ref] = explicit;
    if (Number.isInteger(ref)) return ref + 1;
    if (ref && typeof ref === "object") return (await doc.getPageIndex(ref)) + 1;
  } catch {
    // a broken destination: stay
  }
  return null;
}

// ------------------------------------------------------------------------------ highlight
//
// The passage and the page's text are compared as "keys": letters and digits only, folded
// (NFKD without diacritics, lowercase), so whitespace, line breaks, hyphenation at line
// ends, punctuation, ligatures and a leading or trailing "…" do not matter, and a snippet
// cut mid-word still matches as a substring. The whole passage is looked up first; else the
// longest stretch both have in common, accepted when it spans at least 5 of the passage's
// words (all of them when fewer) and 20 characters, and then, difflib-like, the longest
// common stretches of what is left on either side, near it. The text-layer spans covering
// the match, widened to whole words, get the class "highlight" (partly covered spans get an
// inner <span class="highlight appended">).

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words: a match is not widened over them.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const widens = (ch) => WORD_CHAR.test(ch) && !UNSPACED.test(ch);
const foldCache = new Map();

function fold(ch) {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = "";
    for (const c of ch.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()) {
      if (WORD_CHAR.test(c)) folded += c;
    }
    foldCache.set(ch, folded);
  }
  return folded;
}

// The key of a list of strings, and for each key unit its string and offsets.
function pageKey(strings) {
  const parts = [];
  const item = [];
  const start = [];
  const end = [];
  strings.forEach((s, i) => {
    for (let off = 0; off < s.length; ) {
      const len = s.codePointAt(off) > 0xffff ? 2 : 1;
      const folded = fold(s.slice(off, off + len));
      for (let k = 0; k < folded.length; k++) {
        item.push(i);
        start.push(off);
        end.push(off + len);
      }
      parts.push(folded);
      off += len;
    }
  });
  return { key: parts.join(""), item, start, end };
}

// The passage's key, and for each key unit the index of its whitespace-separated word.
function passageKey(text) {
  const parts = [];
  const word = [];
  let index = 0;
  let inWord = false;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      if (inWord) index += 1;
      inWord = false;
      continue;
    }
    const folded = fold(ch);
    for (let k = 0; k < folded.length; k++) word.push(index);
    if (folded) inWord = true;
    parts.push(folded);
  }
  return { key: parts.join(""), word };
}

// The longest common substring of a[aFrom:aTo] and b[bFrom:bTo]: [aStart, bStart, length].
function longestCommon(a, aFrom, aTo, b, bFrom, bTo) {
  const m = aTo - aFrom;
  if (m <= 0 || bTo <= bFrom) return [0, 0, 0];
  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = a.charCodeAt(aFrom + i);
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  let best = 0;
  let bestA = 0;
  let bestB = 0;
  for (let j = bFrom; j < bTo; j++) {
    const c = b.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      if (codes[i - 1] === c) {
        const v = prev[i - 1] + 1;
        cur[i] = v;
        if (v > best) {
          best = v;
          bestA = aFrom + i - v;
          bestB = j - v + 1;
        }
      } else {
        cur[i] = 0;
      }
    }
    [prev, cur] = [cur, prev];
  }
  return [bestA, bestB, best];
}

// Ranges [start, end) of the page key that the passage covers; [] when it is not there.
function findPassage(passage, page) {
  const H = passage.key.slice(0, 4000);
  const P = page;
  if (H.length < 3) return [];
  const exact = P.indexOf(H);
  if (exact >= 0) return [[exact, exact + H.length]];

  const words = (from, to) => (to > from ? passage.word[to - 1] - passage.word[from] + 1 : 0);
  const [hs, ps, len] = longestCommon(H, 0, H.length, P, 0, P.length);
  if (len < Math.min(20, H.length) || words(hs, hs + len) < Math.min(5, words(0, H.length))) return [];

  const blocks = [[ps, ps + len]];
  // What is left of the passage on either side, near the block found (difflib-like).
  const sides = (hFrom, hTo, pFrom, pTo, depth) => {
    if (depth > 6 || hTo - hFrom < 4 || pTo - pFrom < 4) return;
    const [a, b, n] = longestCommon(H, hFrom, hTo, P, pFrom, pTo);
    if (n < Math.max(4, Math.min(12, hTo - hFrom))) return;
    blocks.push([b, b + n]);
    sides(hFrom, a, Math.max(pFrom, b - 2 * (a - hFrom) - 40), b, depth + 1);
    sides(a + n, hTo, b + n, Math.min(pTo, b + n + 2 * (hTo - a - n) + 40), depth + 1);
  };
  sides(0, hs, Math.max(0, ps - 2 * hs - 40), ps, 0);
  sides(hs + len, H.length, ps + len, Math.min(P.length, ps + len + 2 * (H.length - hs - len) + 40), 0);

  blocks.sort((x, y) => x[0] - y[0]);
  const extent = blocks[blocks.length - 1][1] - blocks[0][0];
  // Close together (small gaps where the texts differ): one stretch, gaps included.
  if (extent <= H.length * 1.3 + 30) return [[blocks[0][0], blocks[blocks.length - 1][1]]];
  return blocks;
}

// Map(text item index -> [[start, end], ...]) for key ranges, widened to whole words.
function itemRanges(strings, map, ranges) {
  const result = new Map();
  const add = (i, s, e) => {
    if (e <= s) return;
    const list = result.get(i) || [];
    list.push([s, e]);
    result.set(i, list);
  };
  for (const [ks, ke] of ranges) {
    const a = map.item[ks];
    const b = map.item[ke - 1];
    let x = map.start[ks];
    let y = map.end[ke - 1];
    for (let k = 0; k < 30 && x > 0 && widens(strings[a][x - 1]); k++) x--;
    for (let k = 0; k < 30 && y < strings[b].length && widens(strings[b][y]); k++) y++;
    for (let i = a; i <= b; i++) {
      add(i, i === a ? x : 0, i === b ? y : strings[i].length);
    }
  }
  for (const list of result.values()) {
    // merge overlapping ranges within one item
    list.sort((u, v) => u[0] - v[0]);
    for (let k = list.length - 1; k > 0; k--) {
      if (list[k][0] <= list[k - 1][1]) {
        list[k - 1][1] = Math.max(list[k - 1][1], list[k][1]);
        list.splice(k, 1);
      }
    }
  }
  return result;
}

function markHighlight(p) {
  const strings = p.textLayer.textContentItemsStr;
  if (!view.highlightRanges) {
    const map = pageKey(strings);
    const ranges = findPassage(passageKey(HIGHLIGHT), map.key);
    view.highlightRanges = itemRanges(strings, map, ranges);
  }
  const divs = p.textLayer.textDivs;
  for (const [i, list] of view.highlightRanges) {
    const div = divs[i];
    const str = strings[i];
    if (!div || !div.isConnected || !str.trim()) continue; // gaps (lone spaces) stay unmarked
    if (list.length === 1 && list[0][0] === 0 && list[0][1] === str.length) {
      div.classList.add("highlight");
      continue;
    }
    const nodes = [];
    let pos = 0;
    for (const [s, e] of list) {
      if (s > pos) nodes.push(str.slice(pos, s));
      const mark = document.createElement("span");
      mark.className = "highlight appended";
      mark.textContent = str.slice(s, e);
      nodes.push(mark);
      pos = e;
    }
    if (pos < str.length) nodes.push(str.slice(pos));
    div.replaceChildren(...nodes);
  }
}

// Once the target page is drawn: report, and bring the passage into view. Not in the text
// layer (a scanned page has none), it is looked for among the words OCR read on the page.
async function finishHighlight(p) {
  let marks = p.textLayerEl ? [...p.textLayerEl.querySelectorAll(".highlight")] : [];
  let source = marks.length ? "text" : "";
  if (!marks.length && HIGHLIGHT.trim() && root.dataset.wordsUrl && root.dataset.wordsSrc) {
    marks = await markOcrWords(p);
    if (marks.length) source = "ocr";
  }
  body.dataset.highlighted = String(marks.length);
  body.dataset.highlightSource = source;
  if (marks.length) {
    programmaticScroll(() => marks[0].scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" }));
  } else if (HIGHLIGHT.trim()) {
    notify(`The quoted passage was not found on page ${p.n}.`);
  }
}

// The boxes over the OCR words the passage covers on page p ([] if none, or on any failure:
// then the passage is just reported as not found).
async function markOcrWords(p) {
  try {
    const { markWords } = await import(root.dataset.wordsSrc);
    return await markWords(p.el, root.dataset.wordsUrl, (strings) => {
      const map = pageKey(strings);
      return findPassage(passageKey(HIGHLIGHT), map.key).map(([s, e]) => [map.item[s], map.item[e - 1]]);
    });
  } catch (error) {
    console.error("the words OCR read on this page:", error);
    return [];
  }
}

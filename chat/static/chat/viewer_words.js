// Highlighting on a scanned page (loaded by viewer.js only when it needs it). Such a page has no
// text layer for the passage to be found in, but OCR kept where it read each word
// (GET /documents/{id}/pages/{n}/words: [[text, x0, y0, x1, y1], ...], the box in fractions of
// the page from its top left). The passage is matched against those words by viewer.js's own
// matching (the same folding of case, accents, spaces and punctuation as on a text layer), and
// the words it covers get boxes over the canvas, one per stretch of a line. The boxes are in
// percent of the page, so they follow every zoom without being drawn again.

// The boxes of the passage on the page `pageEl`; [] when the page has no OCR words or the
// passage is not among them. `match(strings)` gives [first, last] word indexes per match.
export async function markWords(pageEl, url, match) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) return [];
  const { words } = await response.json();
  if (!Array.isArray(words) || !words.length) return [];
  const boxes = [];
  for (const [first, last] of match(words.map((word) => String(word[0])))) {
    let box = null;
    for (let i = first; i <= last; i++) {
      const [, x0, y0, x1, y1] = words[i].map(Number);
      if (box && sameLine(box, y0, y1) && x0 >= box.x0) {
        box = { x0: box.x0, y0: Math.min(box.y0, y0), x1: Math.max(box.x1, x1), y1: Math.max(box.y1, y1) };
        boxes[boxes.length - 1] = box;
      } else {
        box = { x0, y0, x1, y1 };
        boxes.push(box);
      }
    }
  }
  if (!boxes.length) return [];
  const layer = document.createElement("div");
  layer.className = "ocrLayer";
  const pct = (v) => `${(100 * Math.min(1, Math.max(0, v))).toFixed(3)}%`;
  const marks = boxes.map(({ x0, y0, x1, y1 }) => {
    const mark = document.createElement("div");
    mark.className = "highlight";
    Object.assign(mark.style, { left: pct(x0), top: pct(y0), width: pct(x1 - x0), height: pct(y1 - y0) });
    return mark;
  });
  layer.append(...marks);
  pageEl.querySelector(".ocrLayer")?.remove();
  pageEl.append(layer);
  return marks;
}

// Whether a word's vertical extent overlaps a box's by more than half the smaller height.
function sameLine(box, y0, y1) {
  const overlap = Math.min(box.y1, y1) - Math.max(box.y0, y0);
  return overlap > 0.5 * Math.min(box.y1 - box.y0, y1 - y0);
}

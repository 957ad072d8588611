// pdfchat's chat page: documents (upload with progress, list, delete, choose), chats
// (threads, follow-ups) and answers streamed from POST /chat/stream. It uses the public API
// with the session cookie and the CSRF token, like any client; nothing here is private API.
"use strict";

const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
const $ = (id) => document.getElementById(id);
const state = {
  conversationId: null,
  documents: new Map(), // id -> document, as the API returns it
  selected: new Set(), // ids a question searches; empty: all ready documents
  stream: null, // the AbortController of the answer being written
};
const POLL_MS = 1000;

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** The API's error bodies ({"detail"} or {"field": ["..."]}) as one sentence. */
function readableError(body, status) {
  if (body && typeof body.detail === "string") return body.detail;
  if (body && typeof body === "object") {
    const parts = Object.entries(body).map(([field, errors]) => {
      const text = Array.isArray(errors) ? errors.join(" ") : String(errors);
      return field === "non_field_errors" ? text : `${field}: ${text}`;
    });
    if (parts.length) return parts.join(" ");
  }
  return `The server answered HTTP ${status}.`;
}

async function api(path, options = {}) {
  const headers = { "X-CSRFToken": csrfToken, Accept: "application/json", ...(options.headers || {}) };
  const response = await fetch(path, { credentials: "same-origin", ...options, headers });
  if (response.status === 401) window.location.assign(`/accounts/login/?next=${encodeURIComponent("/")}`);
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(readableError(body, response.status), response.status);
  return body;
}

/** Every page of a paginated list. */
async function listAll(path) {
  const items = [];
  let url = path;
  for (let pages = 0; url && pages < 50; pages++) {
    const body = await api(url);
    items.push(...body.results);
    const next = body.next ? new URL(body.next, window.location.href) : null;
    url = next ? next.pathname + next.search : null;
  }
  return items;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name.startsWith("data-")) node.setAttribute(name, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node[name] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// --- Documents ------------------------------------------------------------------------------

function documentProgress(doc) {
  if (doc.status === "failed") return { label: "Failed", fraction: null };
  if (doc.status === "queued") return { label: "Waiting to be read…", fraction: 0 };
  if (doc.status === "processing" && doc.ocr_pages_total && doc.pages_done === doc.pages_total) {
    const done = doc.ocr_pages_done;
    return {
      label: `Recognising scanned page ${Math.min(done + 1, doc.ocr_pages_total)} of ${doc.ocr_pages_total} (OCR)`,
      fraction: done / doc.ocr_pages_total,
    };
  }
  if (doc.status === "processing") {
    const total = doc.pages_total || 0;
    return {
      label: total ? `Reading page ${doc.pages_done} of ${total}` : "Reading…",
      fraction: total ? doc.pages_done / total : 0,
    };
  }
  const scanned = (doc.ocr_pages || []).length;
  const pages = `${doc.pages_total} page${doc.pages_total === 1 ? "" : "s"}${scanned ? ` (${scanned} read by OCR)` : ""}`;
  if (doc.vector_status === "queued" || doc.vector_status === "running") {
    const fraction = doc.chunks ? doc.vectors_done / doc.chunks : 0;
    return { label: `${pages} · searchable · adding meaning search ${Math.round(fraction * 100)}%`, fraction };
  }
  if (doc.vector_status === "failed") return { label: `${pages} · keyword search only`, fraction: null };
  if (doc.vector_status === "off") return { label: `${pages} · ready`, fraction: null };
  return { label: `${pages} · fully indexed`, fraction: null };
}

function isSettled(doc) {
  return doc.status === "failed" || (doc.status === "ready" && !["queued", "running"].includes(doc.vector_status));
}

function renderDocument(doc) {
  const { label, fraction } = documentProgress(doc);
  const checkbox = element("input", {
    type: "checkbox",
    title: "Search this document",
    checked: state.selected.has(doc.document_id),
    disabled: doc.status !== "ready",
    onchange: (event) => {
      if (event.target.checked) state.selected.add(doc.document_id);
      else state.selected.delete(doc.document_id);
      renderScope();
    },
  });
  checkbox.setAttribute("aria-label", `Search ${doc.title}`);
  const remove = element("button", { class: "icon-btn", type: "button", title: "Delete", textContent: "✕" });
  remove.setAttribute("aria-label", `Delete ${doc.title}`);
  remove.addEventListener("click", () => deleteDocument(doc));
  const badgeClass = doc.status === "ready" ? "badge ready" : "badge";
  const item = element(
    "li",
    { class: `doc ${doc.status}`, "data-document-id": doc.document_id, "data-status": doc.status },
    element("div", { class: "row" }, checkbox, element("span", { class: "title", title: doc.title, textContent: doc.title }),
      element("span", { class: badgeClass, textContent: doc.status }), remove),
    element("div", { class: "meta", textContent: label }),
  );
  if (fraction !== null) {
    const bar = element("span");
    bar.style.width = `${Math.round(Math.min(1, fraction) * 100)}%`;
    item.append(element("div", { class: "progress", role: "progressbar", "aria-valuenow": Math.round(fraction * 100) }, bar));
  }
  if (doc.error) item.append(element("div", { class: "error", role: "alert", textContent: doc.error }));
  const unread = doc.ocr_pages_failed || [];
  if (unread.length && doc.status === "ready") {  // searchable without them; say which and why
    const list = unread.length > 8 ? `${unread.slice(0, 8).join(", ")}… (${unread.length})` : unread.join(", ");
    const text = `Not read (OCR): page${unread.length === 1 ? "" : "s"} ${list}. ${doc.ocr_error || ""}`;
    item.append(element("div", { class: "meta ocr-unread", textContent: text.trim() }));
  }
  if (doc.status === "failed" && /needs its password/.test(doc.error || "")) {
    item.append(element("button", {
      class: "btn small unlock", type: "button", textContent: "Enter its password…", onclick: () => unlockDocument(doc),
    }));
  }
  return item;
}

/** An encrypted PDF failed for want of its password: ask for it, read the stored file back
 * and upload it again with the password (the server stores an unlocked copy and forgets the
 * password); once that upload is in, the locked document is deleted. */
async function unlockDocument(doc) {
  const password = await askPassword(doc.title);
  if (!password) return;
  const response = await fetch(`/documents/${doc.document_id}/file`, { credentials: "same-origin" });
  if (!response.ok) return window.alert(`The PDF could not be read back (HTTP ${response.status}).`);
  const file = new File([await response.blob()], doc.filename, { type: "application/pdf" });
  uploadFile(file, {
    password,
    title: doc.title,
    onUploaded: async (body) => {
      if (body.document_id === doc.document_id) return;
      await api(`/documents/${doc.document_id}`, { method: "DELETE" }).catch(() => null);
      state.documents.delete(doc.document_id);
      state.selected.delete(doc.document_id);
      renderDocuments();
    },
  });
}

/** A password, asked in a modal dialog (outside the list, which polling redraws); null if cancelled. */
function askPassword(title) {
  return new Promise((resolve) => {
    const input = element("input", { type: "password", autocomplete: "off", required: true, name: "password" });
    input.setAttribute("aria-label", `Password of ${title}`);
    const dialog = element("dialog", { class: "password-dialog" },
      element("form", { method: "dialog" },
        element("p", { textContent: `“${title}” is encrypted. Its password unlocks it once and is not stored.` }),
        input,
        element("p", {},
          element("button", { class: "btn primary", type: "submit", value: "unlock", textContent: "Unlock" }), " ",
          element("button", { class: "btn", type: "button", textContent: "Cancel", onclick: () => dialog.close() }))));
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "unlock" ? input.value : null);
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

function renderDocuments() {
  const list = $("documents");
  const pending = [...list.querySelectorAll("li.uploading, li.rejected")];
  list.replaceChildren(...pending, ...[...state.documents.values()].map(renderDocument));
  const ready = [...state.documents.values()].filter((doc) => doc.status === "ready").length;
  $("doc-count").textContent = state.documents.size ? `${ready} ready` : "";
  $("no-documents").hidden = state.documents.size > 0 || pending.length > 0;
  renderScope();
}

function renderScope() {
  for (const id of [...state.selected]) if (!state.documents.has(id)) state.selected.delete(id);
  const names = [...state.selected].map((id) => state.documents.get(id).title);
  $("scope").textContent = names.length ? names.join(", ") : "all documents";
}

async function loadDocuments() {
  const docs = await listAll("/documents");
  state.documents = new Map(docs.map((doc) => [doc.document_id, doc]));
  renderDocuments();
}

let polling = null;
function pollDocuments() {
  if (polling) return;
  polling = setInterval(async () => {
    const open = [...state.documents.values()].filter((doc) => !isSettled(doc));
    if (!open.length) {
      clearInterval(polling);
      polling = null;
      return;
    }
    for (const doc of open) {
      try {
        state.documents.set(doc.document_id, await api(`/documents/${doc.document_id}`));
      } catch (error) {
        if (error.status === 404) state.documents.delete(doc.document_id);
      }
    }
    renderDocuments();
  }, POLL_MS);
}

/** Upload one file with a progress bar (XMLHttpRequest reports upload progress; fetch does not). */
function uploadFile(file, { password = "", title = null, onUploaded = null } = {}) {
  const bar = element("span");
  const meta = element("div", { class: "meta", textContent: "Uploading…" });
  const row = element(
    "li",
    { class: "doc uploading", "data-filename": file.name },
    element("div", { class: "row" }, element("span", { class: "title", textContent: file.name })),
    meta,
    element("div", { class: "progress" }, bar),
  );
  $("documents").prepend(row);
  $("no-documents").hidden = true;
  const form = new FormData();
  form.append("file", file);
  form.append("title", title ?? file.name.replace(/\.pdf$/i, ""));
  if (password) form.append("password", password);
  const request = new XMLHttpRequest();
  request.open("POST", "/documents");
  request.setRequestHeader("X-CSRFToken", csrfToken);
  request.setRequestHeader("Accept", "application/json");
  request.upload.addEventListener("progress", (event) => {
    if (event.lengthComputable) bar.style.width = `${Math.round((event.loaded / event.total) * 100)}%`;
  });
  request.addEventListener("load", () => {
    let body = null;
    try {
      body = JSON.parse(request.responseText);
    } catch {
      /* not JSON: said below */
    }
    if (request.status === 200 || request.status === 202) {
      row.remove();
      state.documents = new Map([[body.document_id, body], ...state.documents]);
      renderDocuments();
      pollDocuments();
      if (onUploaded) onUploaded(body);
    } else {
      row.className = "doc failed rejected";
      row.querySelector(".progress").remove();
      meta.textContent = "Not uploaded";
      const close = element("button", { class: "icon-btn", type: "button", title: "Dismiss", textContent: "✕" });
      close.addEventListener("click", () => row.remove());
      row.querySelector(".row").append(close);
      row.append(element("div", { class: "error", role: "alert", textContent: readableError(body, request.status) }));
    }
  });
  request.addEventListener("error", () => {
    meta.textContent = "The upload failed: the server could not be reached.";
    row.className = "doc failed rejected";
  });
  request.send(form);
}

async function deleteDocument(doc) {
  if (!window.confirm(`Delete “${doc.title}”? Its pages will no longer be searched.`)) return;
  try {
    await api(`/documents/${doc.document_id}`, { method: "DELETE" });
  } catch (error) {
    if (error.status !== 404) return window.alert(error.message);
  }
  state.documents.delete(doc.document_id);
  state.selected.delete(doc.document_id);
  renderDocuments();
}

function setUpUploads() {
  const zone = $("dropzone");
  $("file-input").addEventListener("change", (event) => {
    [...event.target.files].forEach((file) => uploadFile(file));
    event.target.value = "";
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    [...event.dataTransfer.files].forEach((file) => uploadFile(file));
  });
}

// --- Conversations --------------------------------------------------------------------------

async function loadConversations() {
  const conversations = await listAll("/conversations");
  const list = $("conversations");
  list.replaceChildren(
    ...conversations.map((conversation) => {
      const id = conversation.conversation_id;
      const open = element("button", {
        class: "open",
        type: "button",
        textContent: conversation.title || "Untitled chat",
        title: conversation.title,
        onclick: () => openConversation(id),
      });
      const remove = element("button", { class: "icon-btn", type: "button", title: "Delete chat", textContent: "✕" });
      remove.setAttribute("aria-label", `Delete chat ${conversation.title}`);
      remove.addEventListener("click", () => deleteConversation(id, conversation.title));
      return element("li", { class: id === state.conversationId ? "current" : "", "data-conversation-id": id }, open, remove);
    }),
  );
  $("no-conversations").hidden = conversations.length > 0;
}

async function openConversation(id) {
  if (state.stream) state.stream.abort();
  let conversation;
  try {
    conversation = await api(`/conversations/${id}`);
  } catch (error) {
    if (error.status === 404) return startNewChat();
    throw error;
  }
  state.conversationId = id;
  window.history.replaceState(null, "", `#c=${id}`);
  $("chat-title").textContent = conversation.title || "pdfchat";
  const messages = $("messages");
  messages.replaceChildren();
  for (const message of conversation.messages) {
    if (message.role === "user") messages.append(userMessage(message.text));
    else messages.append(assistantMessage({ text: message.text, sources: message.sources, backend: message.backend }));
  }
  messages.scrollTop = messages.scrollHeight;
  closeDrawer();
  loadConversations();
}

async function deleteConversation(id, title) {
  if (!window.confirm(`Delete the chat “${title || "Untitled chat"}”?`)) return;
  await api(`/conversations/${id}`, { method: "DELETE" }).catch(() => null);
  if (id === state.conversationId) startNewChat();
  loadConversations();
}

function startNewChat() {
  if (state.stream) state.stream.abort();
  state.conversationId = null;
  window.history.replaceState(null, "", window.location.pathname);
  $("chat-title").textContent = "pdfchat";
  $("messages").replaceChildren($("welcome") || welcome());
  $("question").focus();
  closeDrawer();
  loadConversations();
}

function welcome() {
  return element("div", { class: "welcome", id: "welcome" }, element("h1", { textContent: "Ask your PDFs" }),
    element("p", { textContent: "Upload documents on the left, then ask." }));
}

// --- Messages -------------------------------------------------------------------------------

function userMessage(text) {
  return element("div", { class: "msg user" }, element("div", { class: "bubble", textContent: text }));
}

function backendLabel(backend, model) {
  if (backend === "openai") return `Answered by ${model || "the model"} from your documents`;
  if (backend === "extractive") return "Offline: passages quoted from your documents (no model configured)";
  if (backend === "none") return "Not answered from the documents";
  return backend ? `Answered by ${backend}` : "";
}

function sourceLink(source) {
  const back = `/${state.conversationId ? `#c=${state.conversationId}` : ""}`;
  const query = new URLSearchParams({ page: source.page, highlight: source.snippet || "", back });
  return element(
    "a",
    { class: "source", href: `/documents/${source.document_id}/view?${query}`, "data-page": source.page },
    element("span", { class: "where", textContent: `${source.title} · p. ${source.page}${source.ocr ? " · OCR" : ""}` }),
    element("span", { class: "snippet", textContent: source.snippet || "" }),
  );
}

function assistantMessage({ text = "", sources = [], backend = "", model = "", streaming = false }) {
  const textNode = element("div", { class: "text", textContent: text });
  if (streaming) textNode.append(element("span", { class: "thinking", textContent: "Searching your documents…" }));
  const bubble = element("div", { class: "bubble" }, textNode);
  const node = element("div", { class: "msg assistant", "data-state": streaming ? "streaming" : "done" }, bubble);
  node.setSources = (list) => {
    bubble.querySelector(".sources")?.remove();
    if (list && list.length) bubble.append(element("div", { class: "sources" }, ...list.map(sourceLink)));
  };
  node.setBackend = (name, modelName) => {
    bubble.querySelector(".backend")?.remove();
    const label = backendLabel(name, modelName);
    if (label) bubble.append(element("div", { class: "backend", textContent: label }));
  };
  node.setSources(sources);
  if (!streaming) node.setBackend(backend, model);
  return node;
}

/** Server-sent events from a fetch response body: calls `on(type, data)` for each. */
async function readEvents(response, on) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let type = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) type = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      if (data.length) on(type, JSON.parse(data.join("\n")));
    }
  }
}

async function ask(question) {
  const messages = $("messages");
  $("welcome")?.remove();
  messages.append(userMessage(question));
  const answer = assistantMessage({ streaming: true });
  messages.append(answer);
  messages.scrollTop = messages.scrollHeight;
  const textNode = answer.querySelector(".text");
  const body = { message: question };
  if (state.conversationId) body.conversation_id = state.conversationId;
  else body.new_conversation = true;
  if (state.selected.size) body.document_ids = [...state.selected];

  const controller = new AbortController();
  state.stream = controller;
  setSending(true);
  let written = "";
  const fail = (message) => {
    answer.dataset.state = "error";
    textNode.replaceChildren(written, element("div", { class: "error", textContent: message }));
  };
  try {
    const response = await fetch("/chat/stream", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken, Accept: "text/event-stream" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!response.ok) {
      const errorBody = await response.json().catch(() => null);
      return fail(readableError(errorBody, response.status));
    }
    await readEvents(response, (type, data) => {
      if (type === "delta") {
        written += data.text;
        textNode.textContent = written;
      } else if (type === "sources") {
        answer.setSources(data.sources);
      } else if (type === "done") {
        // The thread's id first: the source links' "Back" returns to it (a new chat learns it here).
        if (data.conversation_id && data.conversation_id !== state.conversationId) {
          state.conversationId = data.conversation_id;
          window.history.replaceState(null, "", `#c=${data.conversation_id}`);
        }
        textNode.textContent = data.answer;
        answer.setSources(data.sources);
        answer.setBackend(data.backend, data.model);
        answer.dataset.state = "done";
        loadConversations();
      } else if (type === "error") {
        fail(data.error);
      }
      messages.scrollTop = messages.scrollHeight;
    });
    if (answer.dataset.state === "streaming") fail("The answer was cut off. Ask again?");
  } catch (error) {
    if (error.name === "AbortError") fail("Stopped.");
    else fail(`The answer could not be fetched: ${error.message}`);
  } finally {
    if (state.stream === controller) state.stream = null;
    setSending(false);
  }
}

function setSending(sending) {
  const button = $("send");
  button.textContent = sending ? "Stop" : "Send";
  button.classList.toggle("primary", !sending);
}

function setUpComposer() {
  const form = $("ask-form");
  const input = $("question");
  const counter = $("question-count");
  const grow = () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 192)}px`;
    // The limit (the textarea's maxlength, CHAT_MESSAGE_MAX_CHARS), shown as it comes near.
    const limit = input.maxLength;
    counter.hidden = !(limit > 0 && input.value.length >= limit * 0.8);
    counter.textContent = `· ${input.value.length.toLocaleString()} / ${limit.toLocaleString()} characters`;
    counter.classList.toggle("full", input.value.length >= limit);
  };
  input.addEventListener("input", grow);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (state.stream) return state.stream.abort();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    grow();
    ask(question);
  });
}

// --- The drawer (phone width) ---------------------------------------------------------------

function closeDrawer() {
  $("app").classList.remove("drawer-open");
  $("menu").setAttribute("aria-expanded", "false");
}

function setUpDrawer() {
  $("menu").addEventListener("click", () => {
    const open = $("app").classList.toggle("drawer-open");
    $("menu").setAttribute("aria-expanded", String(open));
  });
}

// --- Start ----------------------------------------------------------------------------------

async function start() {
  setUpUploads();
  setUpComposer();
  setUpDrawer();
  $("new-chat").addEventListener("click", startNewChat);
  await Promise.all([loadDocuments(), loadConversations()]);
  pollDocuments();
  const match = window.location.hash.match(/^#c=([0-9a-f-]+)$/);
  if (match) await openConversation(match[1]);
  document.body.dataset.ready = "true";
}

start().catch((error) => {
  document.body.dataset.ready = "error";
  $("messages").append(element("div", { class: "msg assistant", "data-state": "error" },
    element("div", { class: "bubble error", textContent: `The page could not load: ${error.message}` })));
});

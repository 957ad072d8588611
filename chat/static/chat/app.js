// pdfchat's chat page: documents (upload with progress, list, delete, choose), chats
// (threads, follow-ups), answers streamed from POST /chat/stream, and the team's side:
// collections (a picker for questions, uploads into one, new/rename/delete, a share dialog
// with roles) and API tokens. It uses the public API with the session cookie and the CSRF
// token, like any client; nothing here is private API. User text goes in with textContent only.
"use strict";

const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
const $ = (id) => document.getElementById(id);
const state = {
  conversationId: null,
  documents: new Map(), // id -> document, as the API returns it
  selected: new Set(), // ids a question searches; empty: all ready documents
  stream: null, // the AbortController of the answer being written
  collections: new Map(), // collection_id -> collection with my role, as GET /collections returns it
  askIn: new Set(), // collection ids a question searches; empty: all I may read (no collection_ids sent)
  docFilter: "", // the collection the document list shows and uploads go into; "": all (uploads: the default)
  documentLoads: 0, // the latest document list asked for: an older answer arriving late is dropped
  sharing: null, // the collection whose share dialog is open
  members: [], // its members, as last listed
  nameAction: null, // what the name dialog's submit does (create or rename)
  signedIn: document.body.dataset.signedIn === "true",
  username: document.body.dataset.username || "",
};
const POLL_MS = 1000;
const ROLES = ["viewer", "editor", "manager"];
const ROLE_HELP = {
  viewer: "Viewer: asks and reads",
  editor: "Editor: also uploads and deletes documents",
  manager: "Manager: also shares, renames and deletes the collection",
};
const KIND_LABEL = { personal: "personal", team: "team", library: "library" };

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** The API's error bodies ({"detail"} or {"field": ["..."]}) as one sentence. */
function readableError(body, status) {
  if (body && typeof body.detail === "string") return body.detail;
  if (body && Array.isArray(body.detail)) return body.detail.join(" "); // a serializer's {"detail": [...]}
  if (body && typeof body === "object") {
    const parts = Object.entries(body).map(([field, errors]) => {
      const text = Array.isArray(errors) ? errors.join(" ") : String(errors);
      return field === "non_field_errors" ? text : `${field}: ${text}`;
    });
    if (parts.length) return parts.join(" ");
  }
  return `The server answered HTTP ${status}.`;
}

/** A call of the API with the session and CSRF token; `json` (an object) is sent as the body. */
async function api(path, { json, ...options } = {}) {
  const headers = { "X-CSRFToken": csrfToken, Accept: "application/json", ...(options.headers || {}) };
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(json);
  }
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
    else if (name.startsWith("data-") || name.startsWith("aria-")) node.setAttribute(name, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node[name] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

/** Show `message` in an error paragraph (role=alert), or hide it when there is none. */
function showError(id, message) {
  const node = $(id);
  if (!node) return;
  node.textContent = message || "";
  node.hidden = !message;
}

function plural(count, word) {
  return `${count.toLocaleString()} ${word}${count === 1 ? "" : "s"}`;
}

function formatDate(iso, none = "—") {
  if (!iso) return none;
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

// --- Collections ----------------------------------------------------------------------------

const rankOf = (role) => ROLES.indexOf(role);
const canEdit = (collection) => Boolean(collection) && rankOf(collection.role) >= rankOf("editor");
const isManager = (collection) => Boolean(collection) && collection.role === "manager";

function roleBadge(role) {
  return element("span", { class: `badge role role-${role}`, textContent: role, title: ROLE_HELP[role] || role });
}

/** Where an upload goes when no collection is chosen, as the API decides: my personal
 * collection (the library while sign-in is off). The API does not say whose a personal
 * collection is, so mine is the one I manage that is named after me, else any I manage. */
function defaultCollection() {
  const all = [...state.collections.values()];
  if (!state.signedIn) return all.find((c) => c.kind === "library") || null;
  const personal = all.filter((c) => c.kind === "personal" && c.role === "manager");
  return personal.find((c) => c.name === `${state.username}'s documents`) || personal[0] || null;
}

function uploadTarget() {
  return state.docFilter ? state.collections.get(state.docFilter) || null : defaultCollection();
}

async function loadCollections() {
  const before = new Set(state.collections.keys());
  const collections = await listAll("/collections");
  state.collections = new Map(collections.map((c) => [c.collection_id, c]));
  const lost = [...before].filter((id) => !state.collections.has(id));
  const filterLost = state.docFilter && !state.collections.has(state.docFilter);
  if (filterLost) state.docFilter = "";
  renderCollections();
  renderDocuments(); // their collections' names and my roles there
  syncShareDialog();
  if (lost.length) await loadDocuments(); // the documents of a collection I left are not mine to list
  return lost;
}

function renderCollections() {
  for (const id of [...state.askIn]) if (!state.collections.has(id)) state.askIn.delete(id);
  const collections = [...state.collections.values()];
  $("collections").replaceChildren(...collections.map(renderCollection));
  $("no-collections").hidden = collections.length > 0;
  const select = $("doc-collection");
  select.replaceChildren(
    element("option", { value: "", textContent: "All collections" }),
    ...collections.map((c) => element("option", { value: c.collection_id, textContent: `${c.name} (${c.role})` })),
  );
  select.value = state.docFilter;
  renderPicker();
  renderUploadTarget();
}

function renderCollection(collection) {
  const { collection_id: id, name } = collection;
  const manager = isManager(collection);
  const show = element("button", {
    class: "open", type: "button", textContent: name, title: `Show the documents of ${name}`,
    onclick: () => setDocFilter(id),
  });
  const share = element("button", {
    class: "btn small", type: "button", textContent: manager ? "Share…" : "Members…", "aria-haspopup": "dialog",
    "aria-label": manager ? `Share ${name}` : `Members of ${name}`, onclick: () => openShare(collection),
  });
  const actions = element("div", { class: "actions" }, share);
  if (manager) {
    actions.append(element("button", {
      class: "btn small", type: "button", textContent: "Rename…", "aria-haspopup": "dialog", "aria-label": `Rename ${name}`,
      onclick: () => askName({
        heading: `Rename “${name}”`, submitLabel: "Rename", value: name,
        action: async (newName) => {
          await api(`/collections/${encodeURIComponent(id)}`, { method: "PATCH", json: { name: newName } });
          await loadCollections();
        },
      }),
    }));
  }
  if (manager && collection.kind === "team") {
    actions.append(element("button", {
      class: "btn small danger", type: "button", textContent: "Delete", "aria-label": `Delete ${name}`,
      onclick: () => deleteCollection(collection),
    }));
  }
  const meta = `${plural(collection.documents, "document")} · ${KIND_LABEL[collection.kind] || collection.kind}`;
  return element(
    "li",
    { class: id === state.docFilter ? "current" : "", "data-collection-id": id, "data-role": collection.role },
    element("div", { class: "row" }, show, roleBadge(collection.role)),
    element("div", { class: "meta", textContent: meta }),
    actions,
  );
}

/** The composer's picker: "All my collections" (no collection_ids sent) or the ticked ones. */
function renderPicker() {
  const options = [...state.collections.values()].map((collection) => {
    const box = element("input", {
      type: "checkbox",
      value: collection.collection_id,
      checked: state.askIn.has(collection.collection_id),
      "data-collection-id": collection.collection_id,
      onchange: (event) => {
        if (event.target.checked) state.askIn.add(collection.collection_id);
        else state.askIn.delete(collection.collection_id);
        renderPickerChoice(); // not the options: the box being ticked keeps the keyboard focus
      },
    });
    return element("label", { class: "option" }, box, " ", element("span", { class: "name", textContent: collection.name }),
      " ", roleBadge(collection.role));
  });
  $("picker-options").replaceChildren(...options);
  renderPickerChoice();
}

function renderPickerChoice() {
  for (const box of $("picker-options").querySelectorAll("input")) box.checked = state.askIn.has(box.value);
  $("picker-all").checked = state.askIn.size === 0;
  const names = [...state.askIn].map((id) => state.collections.get(id).name);
  $("picker-label").textContent = names.length ? names.join(", ") : "all my collections";
}

function renderUploadTarget() {
  const target = uploadTarget();
  const allowed = !target || canEdit(target); // not known: the server decides, and says why not
  const input = $("file-input");
  input.disabled = !allowed;
  $("dropzone").classList.toggle("disabled", !allowed);
  $("dropzone").setAttribute("aria-disabled", String(!allowed));
  $("upload-target").textContent = target ? `into ${target.name}` : "";
  const note = $("upload-note");
  note.hidden = allowed;
  note.textContent = allowed
    ? ""
    : `You are a ${target.role} in “${target.name}”: you may ask and read there, not upload. Its managers can make you an editor.`;
}

async function setDocFilter(id) {
  state.docFilter = id;
  renderCollections();
  closeDrawer();
  await loadDocuments();
}

async function deleteCollection(collection) {
  const count = collection.documents ? ` and its ${plural(collection.documents, "document")}` : "";
  if (!window.confirm(`Delete the collection “${collection.name}”${count}? Nobody will be able to read them again.`)) return;
  showError("collections-error", null);
  try {
    await api(`/collections/${encodeURIComponent(collection.collection_id)}`, { method: "DELETE" });
  } catch (error) {
    showError("collections-error", error.message);
    if (error.status !== 404) return;
  }
  await loadCollections();
  await loadDocuments();
}

/** The name dialog, for a new collection or a new name: it stays open, with what was typed
 * and the API's reason, until `action` succeeds or it is cancelled. */
function askName({ heading, submitLabel, value = "", action }) {
  $("name-heading").textContent = heading;
  $("name-submit").textContent = submitLabel;
  $("name-input").value = value;
  showError("name-error", null);
  state.nameAction = action;
  $("name-dialog").showModal();
  $("name-input").select();
}

function setUpCollections() {
  $("doc-collection").addEventListener("change", (event) => setDocFilter(event.target.value));
  $("new-collection")?.addEventListener("click", () => askName({
    heading: "New collection", submitLabel: "Create",
    action: async (name) => {
      const created = await api("/collections", { method: "POST", json: { name } });
      state.collections.set(created.collection_id, created);
      await loadCollections();
      await setDocFilter(created.collection_id); // its (empty) list, and uploads go there
    },
  }));
  const dialog = $("name-dialog");
  $("name-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = $("name-input").value.trim();
    if (!name) return showError("name-error", "Give it a name.");
    const submit = $("name-submit");
    submit.disabled = true;
    try {
      await state.nameAction(name);
      dialog.close();
    } catch (error) {
      showError("name-error", error.message);
    } finally {
      submit.disabled = false;
    }
  });
  $("name-cancel").addEventListener("click", () => dialog.close());

  const picker = $("collection-picker");
  $("picker-all").addEventListener("change", (event) => {
    if (event.target.checked) state.askIn.clear();
    renderPickerChoice(); // unticking "All" alone changes nothing: tick a collection instead
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !picker.open) return;
    const focused = picker.contains(document.activeElement);
    picker.open = false;
    if (focused) picker.querySelector("summary").focus();
  });
  document.addEventListener("click", (event) => {
    if (picker.open && !picker.contains(event.target)) picker.open = false;
  });
}

// --- The share dialog -----------------------------------------------------------------------

async function openShare(collection) {
  state.sharing = collection;
  state.members = [];
  showError("share-error", null);
  $("share-status").textContent = "";
  $("share-members").replaceChildren();
  renderShareHeader();
  $("share-dialog").showModal();
  await loadMembers();
}

function renderShareHeader() {
  const collection = state.sharing;
  const manager = isManager(collection);
  $("share-name").textContent = collection.name;
  $("share-form").hidden = !manager;
  $("share-readonly").hidden = manager;
  $("share-readonly").textContent = manager
    ? ""
    : `Only the managers of “${collection.name}” can change who has access; you are a ${collection.role} there.`;
}

/** After the collections were listed again: my role in the open dialog's collection may have
 * changed (I demoted myself), or I may have left it. */
function syncShareDialog() {
  const dialog = $("share-dialog");
  if (!dialog.open || !state.sharing) return;
  const now = state.collections.get(state.sharing.collection_id);
  if (!now) {
    dialog.close();
    showError("collections-error", `You are no longer a member of “${state.sharing.name}”.`);
    return;
  }
  const roleChanged = now.role !== state.sharing.role;
  state.sharing = now;
  renderShareHeader();
  if (roleChanged) renderMembers();
}

async function loadMembers() {
  const collection = state.sharing;
  try {
    const members = await listAll(`/collections/${encodeURIComponent(collection.collection_id)}/members`);
    if (state.sharing !== collection) return;
    state.members = members;
    renderMembers();
  } catch (error) {
    showError("share-error", error.message);
    if (error.status === 404) await loadCollections();
  }
}

function memberKey(member) {
  return member.username != null ? { username: member.username } : { group: member.group };
}

function memberLabel(member) {
  if (member.username == null) return `${member.group} (group)`;
  return member.username === state.username ? `${member.username} (you)` : member.username;
}

function renderMembers() {
  const manager = isManager(state.sharing);
  $("share-members").replaceChildren(...state.members.map((member) => {
    const label = memberLabel(member);
    let role = roleBadge(member.role);
    let remove = null;
    if (manager) {
      role = element("select", { "aria-label": `Role of ${label}`, onchange: (event) => changeRole(member, event.target.value) },
        ...ROLES.map((name) => element("option", { value: name, textContent: name })));
      role.value = member.role;
      remove = element("button", {
        class: "btn small danger", type: "button", textContent: "Remove", "aria-label": `Remove ${label}`,
        onclick: () => removeMember(member),
      });
    }
    const who = member.username != null ? `user:${member.username}` : `group:${member.group}`;
    return element("tr", { "data-member": who, "data-role": member.role },
      element("td", { textContent: label }), element("td", {}, role), element("td", {}, remove));
  }));
}

/** A member change, then the lists again (my own role may be what changed); the API's reason if refused. */
async function changeMembers(request, done) {
  const collection = state.sharing;
  showError("share-error", null);
  $("share-status").textContent = "";
  try {
    await request(`/collections/${encodeURIComponent(collection.collection_id)}`);
    $("share-status").textContent = done;
  } catch (error) {
    showError("share-error", error.message);
  }
  if (state.sharing !== collection) return;
  await loadMembers();
  await loadCollections();
}

function changeRole(member, role) {
  return changeMembers(
    (path) => api(`${path}/members`, { method: "POST", json: { ...memberKey(member), role } }),
    `${memberLabel(member)} is now a ${role}.`,
  );
}

function removeMember(member) {
  const self = member.username != null && member.username === state.username;
  if (self && !window.confirm(`Leave “${state.sharing.name}”? You will no longer be able to read it.`)) return null;
  const tail = member.username != null
    ? `members/${encodeURIComponent(member.username)}`
    : `groups/${encodeURIComponent(member.group)}`;
  return changeMembers((path) => api(`${path}/${tail}`, { method: "DELETE" }), `${memberLabel(member)} was removed.`);
}

function setUpShareDialog() {
  const dialog = $("share-dialog");
  $("share-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    state.sharing = null;
  });
  $("share-kind").addEventListener("change", (event) => {
    $("share-who").placeholder = event.target.value === "group" ? "group name" : "username";
  });
  $("share-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const who = $("share-who").value.trim();
    if (!who) return showError("share-error", "Name a person or a group.");
    const kind = $("share-kind").value;
    const role = $("share-role").value;
    const known = state.members.some((member) => member[kind] === who);
    const add = $("share-add");
    add.disabled = true;
    await changeMembers(
      (path) => api(`${path}/members`, { method: "POST", json: { [kind]: who, role } }),
      known ? `${who} is now a ${role}.` : `${who} was added as a ${role}.`,
    );
    add.disabled = false;
    if ($("share-error").hidden) $("share-who").value = ""; // kept when refused: nothing typed is lost
  });
}

// --- API tokens -----------------------------------------------------------------------------

async function openTokens() {
  hideNewToken();
  showError("token-error", null);
  $("token-collections").replaceChildren(...[...state.collections.values()].map((collection) =>
    element("label", { class: "option" },
      element("input", { type: "checkbox", name: "collection", value: collection.collection_id }), " ",
      element("span", { textContent: collection.name }), " ", roleBadge(collection.role))));
  $("tokens-dialog").showModal();
  await loadTokens();
}

function tokenStatus(token) {
  if (token.revoked_at) return "revoked";
  return token.active ? "active" : "expired";
}

async function loadTokens() {
  let tokens;
  try {
    tokens = await listAll("/tokens");
  } catch (error) {
    return showError("token-error", error.message);
  }
  $("token-list").replaceChildren(...tokens.map((token) => {
    const status = tokenStatus(token);
    const collections = token.collection_ids.length
      ? token.collection_ids.map((id) => state.collections.get(id)?.name || "a collection you left").join(", ")
      : "all you may read";
    const revoke = status === "active"
      ? element("button", {
        class: "btn small danger", type: "button", textContent: "Revoke", "aria-label": `Revoke ${token.name}`,
        onclick: () => revokeToken(token),
      })
      : null;
    return element("tr", { "data-token-id": token.token_id, "data-status": status },
      element("td", { textContent: token.name }),
      element("td", {}, element("code", { textContent: `${token.prefix}…` })),
      element("td", { textContent: token.scopes.join(", ") }),
      element("td", { textContent: collections }),
      element("td", { textContent: formatDate(token.created_at) }),
      element("td", { textContent: formatDate(token.expires_at, "never") }),
      element("td", { textContent: formatDate(token.last_used_at, "never") }),
      element("td", {}, element("span", { class: `badge status-${status}`, textContent: status })),
      element("td", {}, revoke));
  }));
  $("no-tokens").hidden = tokens.length > 0;
}

async function revokeToken(token) {
  if (!window.confirm(`Revoke the token “${token.name}”? Whatever uses it stops working at once.`)) return;
  showError("token-error", null);
  try {
    await api(`/tokens/${encodeURIComponent(token.token_id)}`, { method: "DELETE" });
  } catch (error) {
    showError("token-error", error.message);
  }
  await loadTokens();
}

function showNewToken(created) {
  $("new-token-name").textContent = created.name;
  $("new-token-value").value = created.token;
  $("copy-status").textContent = "";
  $("new-token").hidden = false;
  $("new-token-value").focus();
  $("new-token-value").select();
}

/** The clear-text token leaves the page with the dialog: it is shown this once. */
function hideNewToken() {
  $("new-token").hidden = true;
  $("new-token-value").value = "";
  $("new-token-name").textContent = "";
  $("copy-status").textContent = "";
}

async function copyToken() {
  const input = $("new-token-value");
  let copied = false;
  try {
    await navigator.clipboard.writeText(input.value);
    copied = true;
  } catch {
    input.select();
    copied = document.execCommand("copy"); // where the Clipboard API is refused (plain http, permissions)
  }
  $("copy-status").textContent = copied ? "Copied." : "Copying was refused: select it and press Ctrl+C (⌘C).";
}

function setUpTokens() {
  const dialog = $("tokens-dialog");
  if (!dialog) return; // signed out (sign-in off): tokens belong to a user
  $("open-tokens").addEventListener("click", openTokens);
  $("tokens-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", hideNewToken);
  $("copy-token").addEventListener("click", copyToken);
  const tomorrow = new Date(Date.now() + 86_400_000);
  $("token-expires").min = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
  const form = $("token-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError("token-error", null);
    const name = $("token-name").value.trim();
    if (!name) return showError("token-error", "Give the token a name.");
    const scopes = [...form.querySelectorAll("input[name=scope]:checked")].map((box) => box.value);
    if (!scopes.length) return showError("token-error", "Tick at least one thing the token may do.");
    const body = { name, scopes };
    const collectionIds = [...form.querySelectorAll("input[name=collection]:checked")].map((box) => box.value);
    if (collectionIds.length) body.collection_ids = collectionIds;
    const expires = $("token-expires").value;
    if (expires) body.expires_at = new Date(`${expires}T23:59:59`).toISOString(); // the end of that day, here
    const create = $("token-create");
    create.disabled = true;
    try {
      const created = await api("/tokens", { method: "POST", json: body });
      form.reset();
      showNewToken(created);
      await loadTokens();
    } catch (error) {
      showError("token-error", error.message);
    } finally {
      create.disabled = false;
    }
  });
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
  const collection = state.collections.get(doc.collection_id);
  let remove = null;
  if (!collection || canEdit(collection)) { // a viewer may not delete: no button that can only be refused
    remove = element("button", { class: "icon-btn", type: "button", title: "Delete", textContent: "✕" });
    remove.setAttribute("aria-label", `Delete ${doc.title}`);
    remove.addEventListener("click", () => deleteDocument(doc));
  }
  const badgeClass = doc.status === "ready" ? "badge ready" : "badge";
  const meta = element("div", { class: "meta" }, label);
  if (collection) meta.append(" · in ", element("span", { class: "collection", textContent: collection.name }));
  const item = element(
    "li",
    {
      class: `doc ${doc.status}`, "data-document-id": doc.document_id, "data-status": doc.status,
      "data-collection-id": doc.collection_id || "",
    },
    element("div", { class: "row" }, checkbox, element("span", { class: "title", title: doc.title, textContent: doc.title }),
      element("span", { class: badgeClass, textContent: doc.status }), remove),
    meta,
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
    collectionId: doc.collection_id, // where the locked one is
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
    document.body.prepend(dialog); // first of the page's dialogs: `dialog button[type=submit]` finds this one
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
  const load = ++state.documentLoads;
  const filter = state.docFilter;
  let docs;
  try {
    docs = await listAll(filter ? `/documents?collection_id=${encodeURIComponent(filter)}` : "/documents");
  } catch (error) {
    if (!(filter && error.status === 404)) throw error;
    showError("collections-error", error.message); // the collection went (or I left it): show them all
    if (state.docFilter === filter) state.docFilter = "";
    await loadCollections();
    return loadDocuments();
  }
  if (load !== state.documentLoads) return; // the filter changed meanwhile: a later list is coming
  state.documents = new Map(docs.map((doc) => [doc.document_id, doc]));
  renderDocuments();
  pollDocuments();
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
        const now = await api(`/documents/${doc.document_id}`);
        if (state.documents.has(doc.document_id)) state.documents.set(doc.document_id, now); // not if filtered out meanwhile
      } catch (error) {
        if (error.status === 404) state.documents.delete(doc.document_id);
      }
    }
    renderDocuments();
  }, POLL_MS);
}

/** Upload one file with a progress bar (XMLHttpRequest reports upload progress; fetch does not). */
function uploadFile(file, { password = "", title = null, onUploaded = null, collectionId = state.docFilter } = {}) {
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
  if (collectionId) form.append("collection_id", collectionId); // none: my personal collection
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
      if (!state.docFilter || state.docFilter === body.collection_id) {
        state.documents = new Map([[body.document_id, body], ...state.documents]);
      }
      renderDocuments();
      pollDocuments();
      loadCollections().catch(() => null); // its document count
      if (onUploaded) onUploaded(body);
    } else {
      row.className = "doc failed rejected";
      row.querySelector(".progress").remove();
      meta.textContent = "Not uploaded";
      const close = element("button", { class: "icon-btn", type: "button", title: "Dismiss", textContent: "✕" });
      close.addEventListener("click", () => row.remove());
      row.querySelector(".row").append(close);
      row.append(element("div", { class: "error", role: "alert", textContent: readableError(body, request.status) }));
      if ([403, 404].includes(request.status)) loadCollections().catch(() => null); // my role there changed
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
  loadCollections().catch(() => null); // its document count
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
    if ($("file-input").disabled) return; // a viewer there: the note under the zone says so
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
  const collection = state.collections.get(source.collection_id);
  return element(
    "a",
    {
      class: "source", href: `/documents/${source.document_id}/view?${query}`, "data-page": source.page,
      "data-collection-id": source.collection_id || "",
    },
    element("span", { class: "where", textContent: `${source.title} · p. ${source.page}${source.ocr ? " · OCR" : ""}` }),
    collection ? element("span", { class: "collection", title: "The collection it is in", textContent: collection.name }) : null,
    source.section ? element("span", { class: "section", title: "Where it stands in the document", textContent: source.section }) : null,
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
  const askedIn = [...state.askIn];
  if (askedIn.length) body.collection_ids = askedIn; // none: every collection I may read

  const controller = new AbortController();
  state.stream = controller;
  setSending(true);
  let written = "";
  const fail = (message) => {
    answer.dataset.state = "error";
    textNode.replaceChildren(written, element("div", { class: "error", textContent: message }));
  };
  /** Access changed (a collection I left, a role taken away): list my collections again and
   * say which of the ticked ones went, since the picker no longer offers them. */
  const accessChanged = async () => {
    const names = new Map(askedIn.map((id) => [id, state.collections.get(id)?.name || "a collection"]));
    await loadCollections().catch(() => null);
    const gone = askedIn.filter((id) => !state.collections.has(id)).map((id) => `“${names.get(id)}”`);
    if (gone.length) {
      const which = gone.join(", ");
      const now = state.askIn.size ? "the others you picked" : "all your collections";
      textNode.append(element("div", { class: "note", textContent: `${which} is no longer yours to read; the next question asks in ${now}.` }));
    }
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
      fail(readableError(errorBody, response.status));
      if ([403, 404].includes(response.status)) await accessChanged();
      return;
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
        accessChanged(); // perhaps access was lost while it was written
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
  setUpCollections();
  setUpShareDialog();
  setUpTokens();
  $("new-chat").addEventListener("click", startNewChat);
  await Promise.all([loadCollections(), loadDocuments(), loadConversations()]);
  const match = window.location.hash.match(/^#c=([0-9a-f-]+)$/);
  if (match) await openConversation(match[1]);
  document.body.dataset.ready = "true";
}

start().catch((error) => {
  document.body.dataset.ready = "error";
  $("messages").append(element("div", { class: "msg assistant", "data-state": "error" },
    element("div", { class: "bubble error", textContent: `The page could not load: ${error.message}` })));
});

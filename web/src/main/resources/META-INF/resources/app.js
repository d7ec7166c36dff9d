// ArtGen's page: submit a prompt (or start from a picture), watch the job go queued → running → succeeded
// over WebSocket, browse the gallery, and open a picture for its details, downloads and variations.
"use strict";

// Colour theme: automatic (the system's prefers-color-scheme), or light or dark as chosen, remembered here.
const THEMES = [["auto", "Auto", "◐"], ["light", "Light", "☀"], ["dark", "Dark", "☾"]];
function applyTheme(name) {
  const [id, label, icon] = THEMES.find(t => t[0] === name) || THEMES[0];
  if (id === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = id;
  document.getElementById("theme-name").textContent = label;
  document.getElementById("theme-icon").textContent = icon;
  document.getElementById("theme").setAttribute("aria-label", "Colour theme: " + label.toLowerCase() + " (change)");
}
applyTheme(localStorage.getItem("artgen.theme"));
document.getElementById("theme").addEventListener("click", () => {
  const current = document.documentElement.dataset.theme || "auto";
  const next = THEMES[(THEMES.findIndex(t => t[0] === current) + 1) % THEMES.length][0];
  localStorage.setItem("artgen.theme", next);
  applyTheme(next);
});

showAccount();

const form = document.getElementById("generate");
const fields = ["model", "prompt", "size", "quality", "background", "output_format", "n", "images"];
const jobsSection = document.getElementById("jobs");
const connection = document.getElementById("connection");
const cards = new Map();
const latest = new Map(); // job id → the newest version of the job this page has seen
let models = [];

async function loadModels() {
  const response = await api("/v1/models");
  models = (await response.json()).data;
  const select = document.getElementById("model");
  select.replaceChildren(...models.map(m => new Option(m.id, m.id)));
  select.addEventListener("change", showModelOptions);
  showModelOptions();
}

function chosenModel() {
  return models.find(m => m.id === form.model.value);
}

/** Offers exactly the chosen model's values; a parameter the model does not take is not shown at all. */
function showModelOptions() {
  const model = chosenModel();
  if (!model) return;
  for (const [field, values] of [["size", model.sizes], ["quality", model.qualities],
                                 ["background", model.backgrounds], ["output_format", model.output_formats]]) {
    const select = document.getElementById(field);
    const previous = select.value;
    select.replaceChildren(...values.map(v => new Option(v, v)));
    if (values.includes(previous)) select.value = previous;
    select.closest(".field").hidden = values.length === 0;
  }
  const n = document.getElementById("n");
  n.max = model.max_images;
  showAttachOptions();
}

function clearErrors() {
  for (const field of [...fields, "form"]) document.getElementById(field + "-error").textContent = "";
}

// Starting from a picture: uploaded at once to /v1/uploads, then sent as the job's input. A model that
// edits takes it with the prompt; one that only makes variations takes the picture alone.
const attach = document.getElementById("attach");
const attached = { upload: null };

function inputOperation(model) {
  if (!model || !model.inputs) return null;
  if (model.operations.includes("edit")) return "edit";
  if (model.operations.includes("variation")) return "variation";
  return null;
}

function showAttachOptions() {
  const model = chosenModel();
  const operation = inputOperation(model);
  document.getElementById("images-field").hidden = operation === null;
  if (operation === null) {
    removeAttachment();
    return;
  }
  const mime = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };
  attach.accept = model.inputs.formats.map(f => mime[f]).filter(Boolean).join(",");
  document.getElementById("attach-hint").textContent = operation === "edit"
    ? "The prompt says how to change it."
    : "Makes variations of the picture; no prompt needed.";
  const variation = operation === "variation" && attached.upload !== null;
  form.prompt.disabled = variation;
  form.prompt.placeholder = variation ? "Variations need no prompt" : "a lighthouse at dusk, watercolor";
}

async function uploadAttachment() {
  const file = attach.files[0];
  document.getElementById("images-error").textContent = "";
  if (!file) return;
  const body = new FormData();
  body.append("file", file);
  document.getElementById("attached-name").textContent = "Uploading " + file.name + "…";
  document.getElementById("attached").hidden = false;
  try {
    const response = await api("/v1/uploads", { method: "POST", body, headers: { "Accept": "application/json" } });
    const payload = await response.json();
    if (!response.ok) {
      removeAttachment();
      document.getElementById("images-error").textContent =
        (payload.errors && payload.errors[0] ? payload.errors[0].message : payload.detail) || payload.title;
      return;
    }
    attached.upload = payload;
    const preview = document.getElementById("attached-image");
    preview.src = payload.content_url;
    preview.alt = "The picture to start from: " + file.name;
    document.getElementById("attached-name").textContent = file.name + " · " + payload.width + "×" + payload.height;
  } catch (e) {
    removeAttachment();
    document.getElementById("images-error").textContent = "Could not upload: " + e.message;
  }
  showAttachOptions();
}

function removeAttachment() {
  attached.upload = null;
  attach.value = "";
  document.getElementById("attached").hidden = true;
  document.getElementById("attached-image").removeAttribute("src");
  form.prompt.disabled = false;
}

attach.addEventListener("change", uploadAttachment);
document.getElementById("attached-remove").addEventListener("click", () => {
  removeAttachment();
  showAttachOptions();
  attach.focus();
});

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const button = document.getElementById("submit");
  button.disabled = true;
  const model = chosenModel();
  const body = {
    model: form.model.value,
    prompt: form.prompt.value,
    size: form.size.value,
    quality: form.quality.value,
    background: form.background.value,
    output_format: form.output_format.value,
    n: Number(form.n.value)
  };
  const operation = inputOperation(model);
  if (attached.upload && operation) {
    body.operation = operation;
    body.images = [attached.upload.id];
    if (operation === "variation") delete body.prompt;
  }
  for (const key of Object.keys(body)) if (body[key] === "") delete body[key];
  try {
    const response = await api("/v1/jobs", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    });
    const payload = await response.json();
    if (response.ok) {
      show(payload);
      if (attached.upload) {
        removeAttachment();
        showAttachOptions();
      }
    } else {
      showProblem(payload);
    }
  } catch (e) {
    document.getElementById("form-error").textContent = "Could not reach ArtGen: " + e.message;
  } finally {
    button.disabled = false;
  }
}

function showProblem(problem) {
  const errors = problem.errors || [];
  for (const error of errors) {
    const field = error.field.replace(/\[\d+\]$/, ""); // images[0] → images
    const target = document.getElementById((fields.includes(field) ? field : "form") + "-error");
    target.textContent = error.field + " " + error.message;
  }
  const first = errors.map(e => e.field.replace(/\[\d+\]$/, "")).find(f => fields.includes(f));
  if (first) document.getElementById(first === "images" ? "attach" : first).focus();
  if (errors.length === 0) document.getElementById("form-error").textContent = problem.detail || problem.title;
}

// The gallery: newest first. New jobs (submitted here or announced over the WebSocket) go on top; older
// pages are appended below as the user scrolls. Every job has exactly one card, kept in `cards`, and
// an event only ever rebuilds its own card, so the page stays quick with thousands of pictures.
const PAGE_SIZE = 24;
const galleryEnd = document.getElementById("gallery-end");
const galleryStatus = document.getElementById("gallery-status");
const gallery = {
  cursor: undefined, // undefined: the first page is not in yet; null: no older jobs; else next_cursor
  loading: false,
  retry: 0
};

/** Shows a job from a live event or a submission: updated in place if shown, else added at the top. */
function show(job) {
  render(cardFor(job, card => jobsSection.prepend(card)), job);
  showEmpty();
}

function showEmpty() {
  document.getElementById("empty").hidden = cards.size > 0 || gallery.cursor !== null;
}

/** What a job is of, in words: its prompt, or for a variation the source's prompt when this page knows it. */
function describe(job) {
  if (job.request.prompt) return job.request.prompt;
  const source = job.request.images && job.request.images[0];
  const sourceJob = source && latest.get("job_" + source.id.replace(/^img_/, "").replace(/_\d+$/, ""));
  return sourceJob && sourceJob.request.prompt ? "Variation of: " + sourceJob.request.prompt : "Variation of a picture";
}

// Waiting jobs show how long they have waited; one timer ticks every such card.
const waiting = new Map(); // job id → [element, since]
function elapsed(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? s + " s" : Math.floor(s / 60) + " min " + (s % 60) + " s";
}
setInterval(() => {
  for (const [id, [element, since]] of waiting) {
    if (!element.isConnected) waiting.delete(id);
    else element.textContent = elapsed(Date.now() - since);
  }
}, 1000);

/** The job's card, created and placed by `place` if the job has none yet. */
function cardFor(job, place) {
  let card = cards.get(job.id);
  if (!card) {
    card = document.createElement("article");
    card.className = "job";
    card.dataset.jobId = job.id;
    cards.set(job.id, card);
    place(card);
  }
  return card;
}

function render(card, job) {
  latest.set(job.id, job);
  const shown = Number(card.dataset.updatedAt || 0);
  const updated = Date.parse(job.updated_at);
  if (shown > updated) return; // an older event arriving late changes nothing
  if (shown === updated && card.dataset.state === job.state) return; // nothing new: keep the pictures as they are
  card.dataset.updatedAt = String(updated);
  card.dataset.state = job.state;
  card.classList.toggle("failed", job.state === "failed");

  const pictures = document.createElement("div");
  pictures.className = "pictures";
  if (job.state === "succeeded") {
    const images = job.images || [];
    pictures.classList.toggle("many", images.length > 1);
    for (const [index, image] of images.entries()) {
      const link = document.createElement("a");
      link.href = image.url; // without script, the full picture; with it, the detail view
      link.setAttribute("aria-label", "Details of picture " + (index + 1) + " of " + images.length);
      link.addEventListener("click", event => {
        event.preventDefault();
        openDetail(job.id, image.id, link);
      });
      const img = document.createElement("img");
      img.loading = "lazy";
      img.decoding = "async";
      if (image.width && image.height) {
        img.width = image.width; // the picture's own proportions reserve its space before it arrives
        img.height = image.height;
      }
      img.alt = describe(job);
      img.src = image.thumbnail_url || image.url;
      link.append(img);
      pictures.append(link);
    }
  } else {
    const placeholder = document.createElement("div");
    placeholder.className = "placeholder";
    placeholder.textContent = job.state === "failed" ? "✕" : job.state === "canceled" ? "—" : "…";
    placeholder.setAttribute("aria-hidden", "true");
    pictures.append(placeholder);
  }

  const meta = document.createElement("div");
  meta.className = "meta";
  const prompt = document.createElement("p");
  prompt.className = "prompt";
  prompt.textContent = describe(job);
  const state = document.createElement("span");
  state.className = "state";
  state.textContent = job.state;
  meta.append(prompt, state);
  if (job.state === "queued" || job.state === "running") {
    const since = document.createElement("span");
    since.className = "elapsed";
    const start = Date.parse(job.created_at);
    since.textContent = elapsed(Date.now() - start);
    waiting.set(job.id, [since, start]);
    meta.append(document.createTextNode(" "), since);
  } else {
    waiting.delete(job.id);
  }
  meta.append(document.createTextNode(" · " + job.request.model + " · " + job.request.size));
  if (job.usage && (job.usage.input_tokens || job.usage.output_tokens)) {
    const usage = document.createElement("p");
    usage.className = "usage";
    const tokens = job.usage.input_tokens + job.usage.output_tokens;
    usage.textContent = tokens.toLocaleString() + " tokens · $" + Number(job.usage.cost_usd).toFixed(4);
    meta.append(usage);
  }
  if (job.error && job.state !== "succeeded") {
    const reason = document.createElement("p");
    reason.className = "reason";
    reason.textContent = job.error.message;
    meta.append(reason);
  }
  card.replaceChildren(pictures, meta);
}

const detail = document.getElementById("detail");
let detailJobId = null;
let detailImage = null;
let detailOpener = null;

/** The detail view: the full picture, every parameter, usage and what can be done with it. */
function openDetail(jobId, imageId, opener) {
  const job = latest.get(jobId);
  const image = job.images.find(i => i.id === imageId) || job.images[0];
  detailJobId = jobId;
  detailImage = image;
  detailOpener = opener || null;
  document.getElementById("detail-error").textContent = "";
  const picture = document.getElementById("detail-image");
  picture.src = image.url;
  picture.alt = describe(job);
  picture.width = image.width;
  picture.height = image.height;
  document.getElementById("detail-prompt").textContent = describe(job);
  const request = job.request;
  const rows = [
    ["Model", request.model],
    ["Operation", request.operation],
    ["Size", image.width + "×" + image.height],
    ["Quality", request.quality],
    ["Background", request.background],
    ["Format", image.format],
    ["Seed", request.seed],
    ["Style", request.style],
    ["Pictures", request.n],
    ["From", request.images && request.images.length ? request.images.map(i => i.id).join(", ") : null],
    ["Attempts", job.attempts],
    ["Finished", job.finished_at && new Date(job.finished_at).toLocaleString()]
  ].filter(([, value]) => value !== null && value !== undefined && value !== "");
  document.getElementById("detail-params").replaceChildren(...rows.flatMap(([name, value]) => {
    const dt = document.createElement("dt");
    dt.textContent = name;
    const dd = document.createElement("dd");
    dd.textContent = String(value);
    return [dt, dd];
  }));
  const usage = job.usage;
  document.getElementById("detail-usage").textContent = usage
    ? usage.images + " picture(s)" + (usage.input_tokens || usage.output_tokens
        ? " · " + (usage.input_tokens + usage.output_tokens).toLocaleString() + " tokens" : "")
      + " · $" + Number(usage.cost_usd).toFixed(4)
    : "";
  const download = document.getElementById("detail-download");
  download.href = image.download_url;
  const nativeAlpha = job.request.background === "transparent";
  download.textContent = nativeAlpha ? "Download (transparent)" : "Download";
  // Background removal works on PNG and JPEG; a picture made transparent already has its own alpha.
  document.getElementById("detail-transparent").hidden = nativeAlpha || !["png", "jpeg"].includes(image.format);
  const more = document.getElementById("detail-more");
  const variation = moreLikeThis(job, image);
  more.hidden = variation === null;
  more.title = variation ? "Makes " + variation.n + " new pictures from this one (" + variation.operation + ")" : "";
  showDeliveries(jobId);
  detail.showModal();
  document.getElementById("detail-close").focus();
}

// The job's webhook deliveries, if it has any: each attempt's status and when the next one is due.
async function showDeliveries(jobId) {
  const box = document.getElementById("detail-webhooks");
  box.hidden = true;
  const response = await api("/v1/jobs/" + jobId + "/deliveries");
  if (!response.ok || detailJobId !== jobId) return;
  const { data } = await response.json();
  document.getElementById("detail-deliveries").replaceChildren(...data.map(d => {
    const li = document.createElement("li");
    const attempts = d.log.map(a => (a.status ?? a.outcome) + " in " + a.latency_ms + " ms").join(", ");
    li.textContent = d.type + " → " + d.url + ": " + d.state
      + (attempts ? " (" + attempts + ")" : "")
      + (d.next_attempt_at ? ", next try " + new Date(d.next_attempt_at).toLocaleTimeString() : "");
    return li;
  }));
  box.hidden = data.length === 0;
}

// Focus goes back to the picture that opened the view, so keyboard users keep their place in the gallery.
detail.addEventListener("close", () => {
  if (detailOpener && detailOpener.isConnected) detailOpener.focus();
  else jobsSection.focus();
});

/**
 * "More like this": variations of the picture where its model makes them (the local model, dall-e-2),
 * else an edit of it with its own prompt (GPT image models); null when its model takes no such input.
 */
function moreLikeThis(job, image) {
  const model = models.find(m => m.id === job.request.model);
  const inputs = model && model.inputs;
  if (!inputs || !inputs.formats.includes(image.format) || image.bytes > inputs.max_bytes) return null;
  if (inputs.square_only && image.width !== image.height) return null;
  const body = { model: model.id, images: [image.id], n: Math.min(Math.max(job.request.n, 2), model.max_images) };
  if (model.operations.includes("variation")) {
    body.operation = "variation";
  } else if (model.operations.includes("edit") && job.request.prompt) {
    body.operation = "edit";
    body.prompt = job.request.prompt;
    if (model.qualities.includes(job.request.quality)) body.quality = job.request.quality;
  } else {
    return null;
  }
  const size = image.width + "x" + image.height;
  if (model.sizes.includes(size)) body.size = size;
  if (model.backgrounds.includes(job.request.background)) body.background = job.request.background;
  if (model.output_formats.includes(job.request.output_format)) body.output_format = job.request.output_format;
  return body;
}

async function submitFromDetail(body) {
  const response = await api("/v1/jobs", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept": "application/json" },
    body: JSON.stringify(body)
  });
  const payload = await response.json();
  if (!response.ok) {
    document.getElementById("detail-error").textContent = payload.detail || payload.title;
    return;
  }
  show(payload);
  detailOpener = null; // the new job's card is at the top: focus goes there
  detail.close();
  cards.get(payload.id)?.scrollIntoView({ block: "nearest" });
}

async function moreLikeThisClicked() {
  const job = latest.get(detailJobId);
  const body = job && moreLikeThis(job, detailImage);
  if (body) await submitFromDetail(body);
}

/** Downloads the picture as a PNG with its plain background removed; the server says when it has none. */
async function downloadTransparent() {
  const button = document.getElementById("detail-transparent");
  button.disabled = true;
  document.getElementById("detail-error").textContent = "";
  try {
    const response = await api(detailImage.download_url + "?background=transparent");
    if (!response.ok) {
      const problem = await response.json();
      document.getElementById("detail-error").textContent = problem.detail || problem.title;
      return;
    }
    const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") || "");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name ? name[1] : "artgen-transparent.png";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (e) {
    document.getElementById("detail-error").textContent = "Could not download: " + e.message;
  } finally {
    button.disabled = false;
  }
}

/** Re-run: the same settings with a fresh seed, so it makes a new picture rather than the same one. */
async function rerun() {
  const request = latest.get(detailJobId).request;
  const body = {
    operation: request.operation, model: request.model, prompt: request.prompt, n: request.n, size: request.size,
    quality: request.quality, background: request.background, output_format: request.output_format,
    output_compression: request.output_compression, moderation: request.moderation, style: request.style,
    images: request.images && request.images.length ? request.images.map(i => i.id) : null,
    mask: request.mask ? request.mask.id : null
  };
  for (const key of Object.keys(body)) if (body[key] === null || body[key] === undefined) delete body[key];
  await submitFromDetail(body);
}

async function deleteJob() {
  const response = await api("/v1/jobs/" + detailJobId, { method: "DELETE" });
  if (response.status !== 204 && response.status !== 404) {
    const problem = await response.json();
    document.getElementById("detail-error").textContent = problem.detail || problem.title;
    return;
  }
  const card = cards.get(detailJobId);
  const next = card && (card.nextElementSibling || card.previousElementSibling);
  card?.remove();
  cards.delete(detailJobId);
  latest.delete(detailJobId);
  detailOpener = next ? next.querySelector("a") : null; // focus moves on to a neighbour
  detail.close();
  showEmpty();
}

document.getElementById("detail-rerun").addEventListener("click", rerun);
document.getElementById("detail-more").addEventListener("click", moreLikeThisClicked);
document.getElementById("detail-transparent").addEventListener("click", downloadTransparent);
document.getElementById("detail-delete").addEventListener("click", deleteJob);

function setGalleryStatus(state, text) {
  galleryStatus.dataset.state = state;
  if (galleryStatus.textContent !== text) galleryStatus.textContent = text;
}

async function fetchPage(cursor) {
  const url = "/v1/jobs?limit=" + PAGE_SIZE + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "");
  const response = await api(url, { headers: { "Accept": "application/json" } });
  if (!response.ok) throw new Error("HTTP " + response.status);
  return response.json();
}

/** Appends the next older page below the cards shown; one load at a time, none after the last page. */
async function loadMore() {
  if (gallery.loading || gallery.cursor === null) return;
  gallery.loading = true;
  jobsSection.setAttribute("aria-busy", "true");
  setGalleryStatus("loading", "Loading…");
  try {
    const page = await fetchPage(gallery.cursor);
    const older = document.createDocumentFragment();
    for (const job of page.data) latest.set(job.id, job); // a variation's source may be further down this page
    for (const job of page.data) render(cardFor(job, card => older.append(card)), job);
    jobsSection.append(older); // one insertion for the whole page
    gallery.cursor = page.next_cursor ?? null;
    gallery.retry = 0;
    showEmpty();
    if (gallery.cursor === null) {
      setGalleryStatus("done", jobsSection.childElementCount === 0 ? "" : "That’s everything.");
      endObserver.disconnect();
    } else {
      setGalleryStatus("idle", "");
    }
  } catch (e) {
    gallery.retry++;
    setGalleryStatus("error", "Could not load older jobs; trying again…");
    setTimeout(watchEnd, Math.min(1000 * 2 ** gallery.retry, 30000));
    return;
  } finally {
    gallery.loading = false;
    jobsSection.removeAttribute("aria-busy");
  }
  watchEnd(); // if the end is still in sight (a short page, a tall screen) this loads the next page too
}

/** (Re)starts watching the end of the gallery; observing afresh reports at once whether it is in sight. */
function watchEnd() {
  if (gallery.cursor === null) return;
  endObserver.unobserve(galleryEnd);
  endObserver.observe(galleryEnd);
}

const endObserver = new IntersectionObserver(entries => {
  if (entries.some(entry => entry.isIntersecting)) loadMore();
}, { rootMargin: "0px 0px 800px 0px" }); // start loading well before the last card scrolls into view

/**
 * Catch-up after (re)connecting: re-reads the newest page only. Known jobs are updated in place;
 * unknown ones are slotted in after the job the server lists before them (or on top), so neither
 * the scroll position nor the pagination cursor changes.
 */
async function refreshNewest() {
  let page;
  try {
    page = await fetchPage(null);
  } catch (e) {
    return; // the next reconnect tries again; live events keep coming meanwhile
  }
  let previous = null;
  for (const job of page.data) {
    const after = previous;
    const card = cardFor(job, card => (after ? after.after(card) : jobsSection.prepend(card)));
    render(card, job);
    previous = card;
  }
}

function connect(delay = 500) {
  const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/v1/events");
  socket.onopen = () => {
    connection.textContent = "Live";
    connection.dataset.state = "open";
    delay = 500;
    refreshNewest(); // catch up on anything that happened while disconnected
  };
  socket.onmessage = message => show(JSON.parse(message.data).job);
  socket.onclose = () => {
    connection.textContent = "Reconnecting…";
    connection.dataset.state = "closed";
    setTimeout(() => connect(Math.min(delay * 2, 10000)), delay);
  };
}

form.addEventListener("submit", submit);
form.prompt.addEventListener("keydown", event => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
loadModels().then(connect);
watchEnd(); // the gallery's end is in sight on an empty page: this loads the first page
form.prompt.focus();

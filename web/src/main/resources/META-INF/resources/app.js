// ArtGen's minimal page: submit a prompt, watch the job go queued → running → succeeded over WebSocket.
"use strict";

const form = document.getElementById("generate");
const fields = ["model", "prompt", "size", "quality", "n"];
const jobsSection = document.getElementById("jobs");
const connection = document.getElementById("connection");
const cards = new Map();
const latest = new Map(); // job id → the newest version of the job this page has seen
let models = [];

async function loadModels() {
  const response = await fetch("/v1/models");
  models = (await response.json()).data;
  const select = document.getElementById("model");
  select.replaceChildren(...models.map(m => new Option(m.id, m.id)));
  select.addEventListener("change", showModelOptions);
  showModelOptions();
}

function showModelOptions() {
  const model = models.find(m => m.id === document.getElementById("model").value);
  if (!model) return;
  document.getElementById("size").replaceChildren(...model.sizes.map(v => new Option(v, v)));
  document.getElementById("quality").replaceChildren(...model.qualities.map(v => new Option(v, v)));
  const n = document.getElementById("n");
  n.max = model.max_images;
}

function clearErrors() {
  for (const field of [...fields, "form"]) document.getElementById(field + "-error").textContent = "";
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const button = document.getElementById("submit");
  button.disabled = true;
  const body = {
    model: form.model.value,
    prompt: form.prompt.value,
    size: form.size.value,
    quality: form.quality.value,
    n: Number(form.n.value)
  };
  try {
    const response = await fetch("/v1/jobs", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    });
    const payload = await response.json();
    if (response.ok) {
      show(payload);
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
    const target = document.getElementById((fields.includes(error.field) ? error.field : "form") + "-error");
    target.textContent = error.field + " " + error.message;
  }
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
}

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
    for (const image of images) {
      const link = document.createElement("a");
      link.href = image.url; // without script, the full picture; with it, the detail view
      link.addEventListener("click", event => {
        event.preventDefault();
        openDetail(job.id, image.id);
      });
      const img = document.createElement("img");
      img.loading = "lazy";
      img.decoding = "async";
      if (image.width && image.height) {
        img.width = image.width; // the picture's own proportions reserve its space before it arrives
        img.height = image.height;
      }
      img.alt = job.request.prompt;
      img.src = image.thumbnail_url || image.url;
      link.append(img);
      pictures.append(link);
    }
  } else {
    const placeholder = document.createElement("div");
    placeholder.className = "placeholder";
    placeholder.textContent = job.state === "failed" ? "✕" : job.state === "canceled" ? "—" : "…";
    pictures.append(placeholder);
  }

  const meta = document.createElement("div");
  meta.className = "meta";
  const prompt = document.createElement("p");
  prompt.className = "prompt";
  prompt.textContent = job.request.prompt;
  const state = document.createElement("span");
  state.className = "state";
  state.textContent = job.state;
  meta.append(prompt, state, document.createTextNode(" · " + job.request.model + " · " + job.request.size));
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

/** The detail view: the full picture, every parameter, usage and what can be done with it. */
function openDetail(jobId, imageId) {
  const job = latest.get(jobId);
  const image = job.images.find(i => i.id === imageId) || job.images[0];
  detailJobId = jobId;
  document.getElementById("detail-error").textContent = "";
  const picture = document.getElementById("detail-image");
  picture.src = image.url;
  picture.alt = job.request.prompt || "";
  picture.width = image.width;
  picture.height = image.height;
  document.getElementById("detail-prompt").textContent = job.request.prompt || "Variation";
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
  document.getElementById("detail-download").href = image.download_url;
  detail.showModal();
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
  const response = await fetch("/v1/jobs", {
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
  detail.close();
}

async function deleteJob() {
  const response = await fetch("/v1/jobs/" + detailJobId, { method: "DELETE" });
  if (response.status !== 204 && response.status !== 404) {
    const problem = await response.json();
    document.getElementById("detail-error").textContent = problem.detail || problem.title;
    return;
  }
  cards.get(detailJobId)?.remove();
  cards.delete(detailJobId);
  latest.delete(detailJobId);
  detail.close();
}

document.getElementById("detail-rerun").addEventListener("click", rerun);
document.getElementById("detail-delete").addEventListener("click", deleteJob);

function setGalleryStatus(state, text) {
  galleryStatus.dataset.state = state;
  if (galleryStatus.textContent !== text) galleryStatus.textContent = text;
}

async function fetchPage(cursor) {
  const url = "/v1/jobs?limit=" + PAGE_SIZE + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "");
  const response = await fetch(url, { headers: { "Accept": "application/json" } });
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
    for (const job of page.data) render(cardFor(job, card => older.append(card)), job);
    jobsSection.append(older); // one insertion for the whole page
    gallery.cursor = page.next_cursor ?? null;
    gallery.retry = 0;
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

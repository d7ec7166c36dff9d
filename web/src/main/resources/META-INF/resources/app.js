// ArtGen's minimal page: submit a prompt, watch the job go queued → running → succeeded over WebSocket.
"use strict";

const form = document.getElementById("generate");
const fields = ["model", "prompt", "size", "quality", "n"];
const jobsSection = document.getElementById("jobs");
const connection = document.getElementById("connection");
const cards = new Map();
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

function show(job) {
  let card = cards.get(job.id);
  if (!card) {
    card = document.createElement("article");
    card.className = "job";
    card.dataset.jobId = job.id;
    cards.set(job.id, card);
    jobsSection.prepend(card);
  }
  const shown = Number(card.dataset.updatedAt || 0);
  const updated = Date.parse(job.updated_at);
  if (shown > updated) return; // an older event arriving late changes nothing
  card.dataset.updatedAt = String(updated);
  card.dataset.state = job.state;
  card.classList.toggle("failed", job.state === "failed");

  const pictures = document.createElement("div");
  pictures.className = "pictures";
  if (job.state === "succeeded") {
    for (const image of job.images) {
      const link = document.createElement("a");
      link.href = image.download_url;
      const img = document.createElement("img");
      img.src = image.url;
      img.alt = job.request.prompt;
      img.width = image.width;
      img.height = image.height;
      img.loading = "lazy";
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

function connect(delay = 500) {
  const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/v1/events");
  socket.onopen = () => {
    connection.textContent = "Live";
    connection.dataset.state = "open";
    delay = 500;
    loadRecent(); // catch up on anything that happened while disconnected
  };
  socket.onmessage = message => show(JSON.parse(message.data).job);
  socket.onclose = () => {
    connection.textContent = "Reconnecting…";
    connection.dataset.state = "closed";
    setTimeout(() => connect(Math.min(delay * 2, 10000)), delay);
  };
}

async function loadRecent() {
  const response = await fetch("/v1/jobs?limit=20");
  if (!response.ok) return;
  const page = await response.json();
  for (const job of page.data.slice().reverse()) show(job);
}

form.addEventListener("submit", submit);
form.prompt.addEventListener("keydown", event => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
loadModels().then(connect);
form.prompt.focus();

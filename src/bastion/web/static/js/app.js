// Bastion's own script (no third-party code): progressive enhancement of server-rendered
// pages. Text from the server is inserted as HTML only when the server rendered it
// (autoescaped); anything built here uses textContent.

const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";

async function postForm(url, form) {
  const response = await fetch(url, {
    method: "POST",
    body: new URLSearchParams(new FormData(form)),
    headers: { "X-CSRF-Token": csrf(), "X-Requested-With": "fetch" },
    credentials: "same-origin",
  });
  return response;
}

function askPage() {
  const form = document.getElementById("ask-form");
  if (!form) return;
  const thread = document.getElementById("thread");
  const input = document.getElementById("question");
  const button = document.getElementById("ask-button");
  const progress = document.getElementById("progress");
  const conversation = document.getElementById("conversation-id");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    button.disabled = true;
    progress.hidden = false;
    const started = performance.now();
    try {
      const response = await postForm("/app/ask", form);
      if (response.redirected || response.status === 401) { location.href = "/app/login"; return; }
      const html = await response.text();
      const holder = document.createElement("div");
      holder.innerHTML = html; // server-rendered, autoescaped by Jinja2
      const turn = holder.querySelector("article.turn");
      if (turn) {
        thread.append(turn);
        if (turn.dataset.conversation && turn.dataset.conversation !== conversation.value) {
          conversation.value = turn.dataset.conversation;
          nameConversation(turn.dataset.conversation, turn.querySelector(".question").textContent);
        }
        enhance(turn);
        turn.scrollIntoView({ block: "nearest" });
        turn.querySelector(".answer-text, .refusal, .pending")?.setAttribute("tabindex", "-1");
        // Timings (ms) for `python -m benchmarks web`: submit to answer in the page, the flow's
        // own time, and the server's whole request (the flow plus rendering the fragment).
        turn.dataset.clientMs = String(performance.now() - started);
        turn.dataset.serverAskMs = String(Number(response.headers.get("x-bastion-ask-ms") || 0));
        turn.dataset.serverPageMs = String(Number(response.headers.get("x-bastion-page-ms") || 0));
        // A new chart loads after the answer (it renders once the answer is sent).
        const charts = Array.from(turn.querySelectorAll("figure.chart img"));
        const drawn = () => {
          if (charts.every((img) => img.complete)) {
            turn.dataset.chartMs = String(performance.now() - started);
          }
        };
        charts.forEach((img) => img.addEventListener("load", drawn, { once: true }));
        if (charts.length) drawn();
      } else {
        const p = document.createElement("p");
        p.className = "error";
        p.setAttribute("role", "alert");
        p.textContent = `Something went wrong (${response.status}). Please try again.`;
        thread.append(p);
      }
      input.value = "";
    } catch (error) {
      const p = document.createElement("p");
      p.className = "error";
      p.setAttribute("role", "alert");
      p.textContent = "Bastion could not be reached. Check the connection and try again.";
      thread.append(p);
    } finally {
      button.disabled = false;
      progress.hidden = true;
      input.focus();
    }
  });

  document.addEventListener("click", (event) => {
    const target = event.target;
    if (target instanceof HTMLButtonElement && target.classList.contains("suggestion")) {
      input.value = target.textContent.trim();
      form.requestSubmit();
    }
  });
}

// A new conversation: the address names it (a reload or a bookmark opens it again), and it
// heads the list of the user's conversations.
function nameConversation(id, question) {
  const address = `/app/ask?c=${encodeURIComponent(id)}`;
  history.replaceState(null, "", address);
  const list = document.getElementById("conversations");
  if (!list) return;
  list.querySelectorAll("a[aria-current]").forEach((a) => a.removeAttribute("aria-current"));
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = address;
  link.title = question;
  link.textContent = question;
  link.setAttribute("aria-current", "page");
  const when = document.createElement("span");
  when.className = "meta";
  when.textContent = "just now";
  item.append(link, " ", when);
  list.prepend(item);
  list.closest("nav").hidden = false;
  document.getElementById("no-conversations")?.remove();
}

// On a phone the list of conversations starts closed, below the conversation.
function foldConversationsOnPhones() {
  const details = document.getElementById("history");
  if (details && window.matchMedia("(max-width: 860px)").matches) details.open = false;
}

function sortTable(table, column, button) {
  const body = table.tBodies[0];
  const ascending = button.dataset.order !== "asc";
  table.querySelectorAll("button.sort").forEach((b) => {
    delete b.dataset.order;
    b.closest("th").removeAttribute("aria-sort");
  });
  button.dataset.order = ascending ? "asc" : "desc";
  button.closest("th").setAttribute("aria-sort", ascending ? "ascending" : "descending");
  const rows = Array.from(body.rows);
  const key = (row) => row.cells[column].dataset.value ?? row.cells[column].textContent;
  const numeric = rows.every((row) => key(row) === "" || !Number.isNaN(Number(key(row))));
  rows.sort((a, b) => {
    const x = key(a), y = key(b);
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    return ascending ? order : -order;
  });
  body.append(...rows);
  sortCsvLink(table, column, ascending);
}

// The CSV is built on the server; its link asks for the order the table shows.
function sortCsvLink(table, column, ascending) {
  const link = table.closest("article")?.querySelector("a.csv");
  if (!link) return;
  const url = new URL(link.href, window.location.href);
  url.searchParams.set("sort", String(column));
  url.searchParams.set("order", ascending ? "asc" : "desc");
  link.href = url.pathname + url.search;
}

function enhance(root) {
  root.querySelectorAll("figure.chart img").forEach((img) => {
    const failed = () => {
      const note = document.createElement("p");
      note.className = "meta";
      note.textContent = "The chart could not be drawn; the table below has the same numbers.";
      img.closest("figure").replaceWith(note);
    };
    if (img.complete && img.naturalWidth === 0) failed();
    else img.addEventListener("error", failed, { once: true });
  });
  root.querySelectorAll("table.sortable").forEach((table) => {
    table.querySelectorAll("button.sort").forEach((button, index) => {
      button.addEventListener("click", () => sortTable(table, index, button));
    });
  });
}

askPage();
foldConversationsOnPhones();
enhance(document);

// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to an error summary after a failed form post, so screen readers announce it.
  const summary = document.querySelector(".utrecht-alert--error");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
});

// Live preview of Markdown in the redactie: the server renders it exactly as it will appear.
document.addEventListener("DOMContentLoaded", () => {
  const source = document.querySelector("textarea[data-preview]");
  if (!source) return;
  const target = document.getElementById(source.dataset.preview);
  const token = source.form.querySelector("input[name=_csrf]").value;
  let timer = null;
  let sent = 0;
  const render = async () => {
    const ticket = ++sent;
    const body = new URLSearchParams({ body: source.value, _csrf: token });
    try {
      const res = await fetch("/redactie/voorbeeld", { method: "POST", body, credentials: "same-origin" });
      if (ticket !== sent) return; // a newer request is on its way
      if (res.ok) target.innerHTML = await res.text();
      else target.textContent = "Het voorbeeld is nu niet beschikbaar.";
    } catch {
      if (ticket === sent) target.textContent = "Het voorbeeld is nu niet beschikbaar.";
    }
  };
  source.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(render, 300);
  });
  render();
});

// LOB-scan: save each change at once, so nothing is lost when a phone locks or a tab closes.
// Without JavaScript the answers are saved with every "Opslaan en verder".
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-autosave]");
  if (!form) return;
  const status = form.querySelector(".koers-autosave");
  let timer = null;
  const save = async () => {
    try {
      const res = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { "X-Koers-Autosave": "1" },
        credentials: "same-origin",
      });
      status.textContent = res.ok ? "Uw antwoorden zijn bewaard." : "Bewaren lukte niet; gebruik de knop onderaan.";
    } catch {
      status.textContent = "Geen verbinding; uw antwoorden worden bewaard met de knop onderaan.";
    }
  };
  form.addEventListener("change", () => save());
  form.addEventListener("input", (e) => {
    if (e.target.tagName !== "TEXTAREA") return;
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
});

// Drafts: a form marked data-draft keeps what is typed in this tab (sessionStorage, gone with
// the tab, so nothing stays behind on a shared school computer). A dropped connection, a reload
// or a save that never reached the server loses nothing: the form is filled in again. The draft
// is dropped once the server confirms a save (the next page shows an "ok" message).
document.addEventListener("DOMContentLoaded", () => {
  const store = window.sessionStorage;
  const pending = store.getItem("koers-draft-pending");
  if (pending && document.querySelector(".utrecht-alert--ok")) {
    store.removeItem(pending);
    store.removeItem("koers-draft-pending");
  }
  const form = document.querySelector("form[data-draft]");
  if (!form) return;
  const key = "koers-draft:" + form.dataset.draft;
  const status = form.querySelector(".koers-autosave");
  const fields = () => [...form.elements].filter((el) => el.name && el.type !== "hidden" && el.type !== "submit");
  try {
    const data = JSON.parse(store.getItem(key) || "null");
    let restored = false;
    for (const el of data ? fields() : []) {
      if (!(el.name in data)) continue;
      if (el.type === "checkbox") {
        const on = data[el.name].includes(el.value);
        restored ||= el.checked !== on;
        el.checked = on;
      } else if (el.value !== data[el.name][0]) {
        el.value = data[el.name][0];
        restored = true;
      }
    }
    if (restored && status) status.textContent = "De tekst van daarnet is teruggezet. Nog niet opgeslagen.";
  } catch {
    store.removeItem(key);
  }
  const save = () => {
    const data = {};
    for (const el of fields()) {
      if (el.type !== "checkbox") data[el.name] = [el.value];
      else if (el.checked) (data[el.name] ||= []).push(el.value);
      else data[el.name] ||= [];
    }
    try {
      store.setItem(key, JSON.stringify(data));
      if (status) status.textContent = "Tussendoor bewaard in dit tabblad. Klik op Opslaan om het op te slaan.";
    } catch {
      // Storage full or switched off: the form still posts as it is.
    }
  };
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", () => store.setItem("koers-draft-pending", key));
});

// A print button where printing helps (the scan results); hidden without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});

// Work that takes a while (reading or applying a list of thousands of students): a form marked
// data-busy says what is happening while the server works (in a role=status element inside it,
// .koers-busy), and its button cannot be pressed twice. The button is disabled only after the
// browser took its value into the post. With data-progress (a URL answering
// {"state": "busy", "done": n, "total": m}) the page asks every half second how far the work is
// and shows it in its <progress> and as a percentage; the post itself goes as any form does, so an
// answer (the next page, or an error) replaces the page as usual.
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-busy]")) {
    form.addEventListener("submit", () => {
      form.setAttribute("aria-busy", "true");
      const status = form.querySelector(".koers-busy");
      if (status) status.textContent = form.dataset.busy;
      const button = form.querySelector("button[type=submit]");
      if (button) setTimeout(() => { button.disabled = true; }, 0);
      const bar = form.querySelector("progress");
      if (!form.dataset.progress || !bar) return;
      const ask = async () => {
        try {
          const res = await fetch(form.dataset.progress, { headers: { accept: "application/json" }, credentials: "same-origin" });
          const p = await res.json();
          if (p.state !== "busy" || !(p.total > 0)) return;
          bar.hidden = false;
          bar.max = p.total;
          bar.value = p.done;
          if (status) status.textContent = `${form.dataset.busy} ${Math.floor((100 * p.done) / p.total)}% klaar.`;
        } catch (e) {
          // No answer: the words of data-busy stay.
        }
      };
      setInterval(ask, 500);
    });
  }
});

// data-follow (a URL answering {"state": "busy" | "done", "done": n, "total": m}): a section that
// shows how far work in the background is (a nieuwsbrief being sent). Every two seconds its
// <progress> and its role=status text follow the answer; once done, the page is read again for
// the final figures. Without JavaScript the section has a link to read the page again.
document.addEventListener("DOMContentLoaded", () => {
  const section = document.querySelector("[data-follow]");
  if (!section) return;
  const bar = section.querySelector("progress");
  const status = section.querySelector("[role=status]");
  const timer = setInterval(async () => {
    try {
      const res = await fetch(section.dataset.follow, { headers: { accept: "application/json" }, credentials: "same-origin" });
      const p = await res.json();
      if (p.state === "done") {
        clearInterval(timer);
        location.reload();
        return;
      }
      if (bar && p.total > 0) {
        bar.max = p.total;
        bar.value = p.done;
      }
      if (status) status.textContent = `Bezig: ${p.done} van ${p.total} verwerkt.`;
    } catch (e) {
      clearInterval(timer); // no answer: the link to read the page again stays
    }
  }, 2000);
});

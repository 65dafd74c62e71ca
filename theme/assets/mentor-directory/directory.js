// Mentor Directory page behaviour. Plain ES module; the pages work without it.

/** Turns an obscured address back into a mailto link, only when the visitor asks for it. */
function bindEmailButtons(root) {
  for (const button of root.querySelectorAll("button[data-email]")) {
    button.addEventListener("click", () => {
      const address = [...atob(button.dataset.email)].reverse().join("");
      const link = document.createElement("a");
      link.href = `mailto:${address}`;
      link.textContent = address;
      button.replaceWith(link);
      link.focus();
    }, { once: true });
  }
}

function bind() {
  bindEmailButtons(document);
}

// With Material's instant navigation, scripts run once: re-bind on every page it swaps in.
if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(bind);
} else {
  bind();
}

// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to an error summary after a failed form post, so screen readers announce it.
  const summary = document.querySelector(".utrecht-alert--error");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
});

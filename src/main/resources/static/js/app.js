// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // On wide screens the menu is always open; keep <details> state consistent for screen readers.
  const menu = document.querySelector('details.menu');
  if (menu && window.matchMedia('(min-width: 900px)').matches) {
    menu.open = true;
  }
});
// Upload progress for imports: htmx reports XHR upload progress on the form.
document.addEventListener('htmx:xhr:progress', (evt) => {
  const bar = evt.target.querySelector('progress');
  if (bar && evt.detail.lengthComputable) {
    bar.value = Math.round((evt.detail.loaded / evt.detail.total) * 100);
  }
});

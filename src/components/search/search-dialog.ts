import './yinji-search';

/**
 * The search dialog, loaded the first time a visitor opens search (the header's button, "/" or Ctrl/Cmd+K).
 * A modal <dialog> keeps focus inside it and closes on Esc; focus returns to where it was.
 */
let wired = false;

/** Starts loading Pagefind, the reader's index and the glossary: the visitor is about to search. */
export function prepareDialogSearch() {
  document.querySelector('dialog[data-search-dialog]')?.querySelector('yinji-search')?.prepare();
}

export function openSearch() {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const box = dialog?.querySelector('yinji-search');
  if (!dialog || !box) return;
  if (!wired) {
    wired = true;
    box.prepare();
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // Tab and Shift+Tab go round the dialog's own controls, never out to the page or the browser.
    dialog.addEventListener('keydown', (event) => {
      // A search field would spend Esc on clearing itself; in this dialog Esc always closes.
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((el) => el.offsetParent !== null);
      const first = stops[0];
      const last = stops.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
    // A click on the backdrop (outside the panel) closes, as people expect of a modal.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  box.focusField();
}

/**
 * No way out: the same rules for the kiosk's shell and for each page in its frame. Every touch, key or
 * scroll is reported (it keeps the kiosk awake); every link's click goes to `follow`, which decides where
 * it leads; no context menu, no selection, no dragging a link away, no zoom with the wheel or the keyboard
 * (pinch is off in CSS, touch-action, and in Chromium's flags; see scripts/kiosk.mjs).
 */
export interface Guarded {
  /** The page is the site's, in the frame (not the shell). */
  inFrame: boolean;
  activity: () => void;
  follow: (event: MouseEvent) => void;
}

export function guard(target: Document, { inFrame, activity, follow }: Guarded) {
  const win = target.defaultView!;
  for (const type of ['pointerdown', 'keydown', 'wheel', 'input', 'scroll'] as const) {
    target.addEventListener(type, activity, { capture: true, passive: true });
  }
  for (const type of ['contextmenu', 'selectstart', 'dragstart'] as const) target.addEventListener(type, (event) => event.preventDefault());
  win.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
  target.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && /^[-+=0]$/.test(event.key)) event.preventDefault();
  });
  target.addEventListener('click', follow, { capture: true });
  target.addEventListener(
    'submit',
    (event) => {
      if (inFrame) event.preventDefault(); // the site's search page: the kiosk's own search answers instead
    },
    { capture: true },
  );
}

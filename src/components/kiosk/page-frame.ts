/**
 * The frame in which the kiosk shows the site's pages. Every page opens in place of the last one
 * (location.replace), so the kiosk's history never grows: a back gesture or key has nowhere to go,
 * least of all out of the kiosk.
 */
export class PageFrame {
  #frame: HTMLIFrameElement | undefined;
  readonly #container: HTMLElement;
  readonly #loaded: (frame: HTMLIFrameElement) => void;

  /** `loaded` is called as each page has loaded in the frame (or failed to). */
  constructor(container: HTMLElement, loaded: (frame: HTMLIFrameElement) => void) {
    this.#container = container;
    this.#loaded = loaded;
  }

  get isOpen() {
    return this.#frame !== undefined;
  }

  /** The address of the page in the frame; none when there is no frame, or its page is of another origin. */
  url(): URL | undefined {
    try {
      return this.#frame?.contentWindow ? new URL(this.#frame.contentWindow.location.href) : undefined;
    } catch {
      return undefined;
    }
  }

  open(href: string, title: string) {
    const url = new URL(href, location.href);
    if (this.#frame) {
      this.#frame.contentWindow?.location.replace(url.href);
      return;
    }
    const frame = document.createElement('iframe');
    frame.className = 'page-frame';
    frame.title = title;
    frame.src = url.href; // set before it is attached: the frame starts with this page, not a history entry
    frame.addEventListener('load', () => this.#loaded(frame));
    this.#frame = frame;
    this.#container.append(frame);
  }

  /** A jump within the page on show, still without history. */
  jump(hash: string) {
    this.#frame?.contentWindow?.location.replace(hash);
  }

  set title(title: string) {
    if (this.#frame) this.#frame.title = title;
  }

  drop() {
    this.#frame?.remove();
    this.#frame = undefined;
  }
}

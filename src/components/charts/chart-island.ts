/**
 * The chart island: a custom element around a server-drawn SVG chart. It only enhances what is there:
 * - details of a mark on hover and on keyboard focus, in a tooltip (screen readers hear the mark's own label);
 * - one tab stop per chart, arrow keys (and Home/End) to move between its marks;
 * - an entrance motion when the chart scrolls into view (CSS honours prefers-reduced-motion), or, with
 *   `entrance="on-demand"` (the kiosk's slides, where nothing scrolls), when told: the `yinji-chart:draw`
 *   event plays it, `yinji-chart:undraw` sets the chart back for its next appearance.
 * The geometry is in percent of the width, so a resize needs no redraw; the tooltip just follows its mark.
 */
class YinjiChart extends HTMLElement {
  #tip: HTMLElement | null = null;
  #marks: SVGGElement[] = [];

  connectedCallback() {
    this.#tip = this.querySelector('.chart-tip');
    this.#marks = [...this.querySelectorAll<SVGGElement>('.mark')];
    for (const mark of this.#marks) {
      mark.addEventListener('pointerenter', () => this.#show(mark));
      mark.addEventListener('pointerleave', () => this.#hide());
      mark.addEventListener('focus', () => this.#show(mark));
      mark.addEventListener('blur', () => this.#hide());
      mark.addEventListener('keydown', (event) => this.#move(event, mark));
    }
    window.addEventListener('resize', () => this.#hide(), { passive: true });
    this.#enter();
  }

  #show(mark: SVGGElement) {
    const tip = this.#tip;
    const figure = this.querySelector('figure');
    if (!tip || !figure) return;
    tip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: mark.dataset.value ?? '' }), mark.dataset.label ?? '');
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    const left = Math.min(Math.max(box.left - frame.left, 8), frame.width - tip.offsetWidth - 8);
    tip.style.left = `${left}px`;
    tip.style.top = `${box.top - frame.top - tip.offsetHeight - 8}px`;
  }

  #hide() {
    if (this.#tip) this.#tip.hidden = true;
  }

  #move(event: KeyboardEvent, mark: SVGGElement) {
    const index = this.#marks.indexOf(mark);
    const last = this.#marks.length - 1;
    const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = this.#marks[Math.min(Math.max(next, 0), last)]!;
    mark.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  }

  #enter() {
    if (this.getAttribute('entrance') === 'on-demand') return this.#onDemand();
    if (!('IntersectionObserver' in window) || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    // Only charts still below the fold animate: one already on screen stays still (no flash, no shift).
    const rect = this.getBoundingClientRect();
    if (rect.top < window.innerHeight) return;
    this.classList.add('will-enter');
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.classList.remove('will-enter');
          observer.disconnect();
        }
      },
      { threshold: 0.3 },
    );
    observer.observe(this);
  }

  /** A chart on a slide that is not showing waits, bars folded, until its slide appears; never empty axes on a shown slide. */
  #onDemand() {
    const still = matchMedia('(prefers-reduced-motion: reduce)');
    const undraw = () => {
      if (!still.matches) this.classList.add('will-enter');
    };
    this.addEventListener('yinji-chart:undraw', undraw);
    this.addEventListener('yinji-chart:draw', () => {
      // Start from folded even if the slide was never hidden, then let the CSS transition unfold it.
      undraw();
      void this.getBoundingClientRect();
      this.classList.remove('will-enter');
    });
    undraw();
  }
}

if (!customElements.get('yinji-chart')) customElements.define('yinji-chart', YinjiChart);

/** The largest text that fits: at least the base size (4.6 % of the screen height), at most 1.6×. */
const FIT = { min: 1, max: 1.6, steps: 7 } as const;

/**
 * Makes a shown slide's text as large as fits its screen: many slides filled only the top half.
 * A binary search over `--kns-fit` (slides.css sizes everything in em from it). A quiz slide must
 * fit both before and after its answer is revealed, so revealing never makes it overflow.
 */
export function fitSlide(slide: HTMLElement): void {
  const inner = slide.querySelector<HTMLElement>('.kns-slide__inner');
  if (!inner) return;
  const style = getComputedStyle(slide);
  const room = slide.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const revealed = slide.hasAttribute('data-revealed');
  const states = slide.dataset.kind === 'quiz' ? [false, true] : [revealed];
  const fits = (scale: number) => {
    slide.style.setProperty('--kns-fit', String(scale));
    const ok = states.every((state) => {
      slide.toggleAttribute('data-revealed', state);
      return inner.scrollHeight <= room + 1 && inner.scrollWidth <= inner.clientWidth + 1;
    });
    slide.toggleAttribute('data-revealed', revealed);
    return ok;
  };
  let low: number = FIT.min;
  let high: number = FIT.max;
  if (fits(high)) low = high;
  else if (fits(low))
    for (let i = 0; i < FIT.steps; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
  // Rounded down: a scale rounded up can wrap one more line than the one that was measured.
  slide.style.setProperty('--kns-fit', String(Math.floor(low * 1000) / 1000));
}

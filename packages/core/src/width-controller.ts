import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Redraws that wait for their frame, per host, so the host's `updateComplete` can wait for them too. */
const waiting = new WeakMap<ReactiveControllerHost, Set<Promise<void>>>();

/** A promise for the redraws at a new width that are waiting for their frame; undefined when none is. */
export function measuredRedraws(host: ReactiveControllerHost): Promise<unknown> | undefined {
  const set = waiting.get(host);
  return set?.size ? Promise.all(set) : undefined;
}

/**
 * Tracks the width of an element in the host's shadow DOM (the chart's box) with a ResizeObserver,
 * so charts lay out for the space they have, from a 240 px sidebar to a full article column.
 * Whole pixels only: sub-pixel jitter must not re-render.
 *
 * A new width is drawn in the next animation frame, not from inside the observer's callback: a
 * draw there changes the size of boxes being observed (this one's height, a page's observer on its
 * document) after the browser has measured them for this frame, and the browser then reports
 * "ResizeObserver loop completed with undelivered notifications" as an error on the window, which
 * host pages' error trackers record.
 */
export class WidthController implements ReactiveController {
  width: number;
  private observer?: ResizeObserver;
  private target?: Element;
  private next = 0;
  private frame = 0;
  private done?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    fallbackWidth = 480,
  ) {
    this.width = fallbackWidth;
    host.addController(this);
  }

  /** Whether the observer has reported a width, even one still waiting for its frame. */
  get hasMeasurement(): boolean {
    return this.next > 0;
  }

  /** Call after each render with the element to measure; re-targets when the element changed. */
  observe(target: Element | null | undefined): void {
    if (!target || target === this.target) return;
    this.observer ??= new ResizeObserver((entries) => this.measured(entries));
    if (this.target) this.observer.unobserve(this.target);
    this.target = target;
    this.observer.observe(target);
  }

  private measured(entries: ResizeObserverEntry[]): void {
    const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
    if (width <= 0) return;
    this.next = width;
    if (this.frame || width === this.width) return;
    const pending = new Promise<void>((resolve) => (this.done = resolve));
    let set = waiting.get(this.host);
    if (!set) waiting.set(this.host, (set = new Set()));
    set.add(pending);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.next !== this.width) {
        this.width = this.next;
        this.host.requestUpdate();
      }
      this.settle(pending);
    });
  }

  private settle(pending: Promise<void>): void {
    waiting.get(this.host)?.delete(pending);
    this.done?.();
    this.done = undefined;
  }

  hostConnected(): void {
    if (this.target && this.observer) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    waiting.delete(this.host);
    this.done?.();
    this.done = undefined;
  }
}

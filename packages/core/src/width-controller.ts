import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the width of an element in the host's shadow DOM (the chart's box) with a ResizeObserver,
 * so charts lay out for the space they have, from a 240 px sidebar to a full article column.
 * Whole pixels only: sub-pixel jitter must not re-render.
 */
export class WidthController implements ReactiveController {
  width: number;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost,
    fallbackWidth = 480,
  ) {
    this.width = fallbackWidth;
    host.addController(this);
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
    if (width > 0 && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    if (this.target && this.observer) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

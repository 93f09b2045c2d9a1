import { css } from 'lit';

/**
 * The styles of what the part loaded on demand draws (view/interaction.ts), adopted by the
 * element's shadow root when it arrives; like styles.ts, they read only the private token
 * variables. The highlight (`.active` on the overlay) fades everything under one rect in the
 * background colour (`.dim`); the path is drawn again over it, and the words over that
 * (view/words.ts), so labels keep their contrast. The tooltip sits next to the active item.
 */
export const interactionStyles = css`
  .overlay:not(.active) > .shade {
    display: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .overlay.active > .shade {
      animation: shade-in var(--_motion-duration) ease-out;
    }
  }
  @keyframes shade-in {
    from {
      opacity: 0;
    }
  }
  .dim {
    fill: var(--_color-background);
    fill-opacity: 0.85;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(22em, 90%);
    padding: var(--_space-1) var(--_space-2);
    background: var(--_color-background);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
  }
  @media (forced-colors: active) {
    .dim {
      fill: Canvas;
    }
  }
`;

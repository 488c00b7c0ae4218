/** @module Whether the user asked their system for less motion (`prefers-reduced-motion`), followed as it changes. */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * True while the system asks for reduced motion: Ant Design's animations (waves, loading icons
 * sliding in and out, drawers) are then turned off, and controls change state at once.
 *
 * @example
 * const theme = { token: { motion: !usePrefersReducedMotion() } };
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}

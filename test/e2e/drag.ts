/** @module Keyboard drags in the browser tests: each step waits until dnd-kit can take the next key. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits for dnd-kit's screen-reader announcement, then for two frames. A keyboard drag measures
 * its drop targets in an effect after it announces the pick-up, and an arrow key pressed before
 * that is dropped (its coordinates getter finds no rectangles), so a busy machine could lose it.
 */
export async function announced(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator('[id^=DndLiveRegion]').textContent()).toBe(text);
  await page.evaluate('new Promise((settle) => requestAnimationFrame(() => requestAnimationFrame(settle)))');
}

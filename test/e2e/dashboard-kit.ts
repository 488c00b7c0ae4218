/** @module What the dashboards' browser tests read of a dashboard: charts loaded, their data tables, and their canvases' pixels. */
import type { Page } from 'playwright-core';

/** Waits for the charts of the filters `query` asks, then for every chart to be computed. */
export async function loaded(page: Page, query: string): Promise<void> {
  await page.locator(`[data-testid="dashboard-charts"][data-query="${query}"][data-loading="false"]`).waitFor();
  // The charts fade back in once loaded: wait for it, so screenshots show them as people see them.
  await page.waitForFunction("[...document.querySelectorAll('.ant-spin-container')].every((e) => getComputedStyle(e).opacity === '1')");
}

/** A chart's rows as its accessible data table reads: `label: value`, in order. */
export async function rows(page: Page, id: string): Promise<string[]> {
  return page.getByTestId(`chart-data-${id}`).locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '').join(': ')));
}

/** The part of a canvas the checks below read (the tests are typed without the DOM). */
interface Canvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { readonly data: ArrayLike<number> } } | null;
}

/** Whether a drawn chart's canvas holds anything but its transparent background. */
export function painted(page: Page, id: string): Promise<boolean> {
  return page.getByTestId(`chart-${id}`).locator('canvas').first().evaluate((c) => {
    const canvas = c as unknown as Canvas;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
    return false;
  });
}

/** How many pixels of a drawn chart's canvas are painted exactly `#rrggbb`, opaque. */
export function pixelsOf(page: Page, id: string, hex: string): Promise<number> {
  return page.getByTestId(`chart-${id}`).locator('canvas').first().evaluate((c, rgb) => {
    const canvas = c as unknown as Canvas;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2] && data[i + 3] === 255) n++;
    return n;
  }, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
}

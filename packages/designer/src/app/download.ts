/** @module Handing a file the page made to the browser as a download. */

/**
 * Hands `blob` to the browser as a download named `file`.
 *
 * @example
 * download('customers.csv', new Blob(['\ufeff企业名称\r\n'], { type: 'text/csv' }))
 */
export function download(file: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.click();
  // The download has started once the click is handled; the address is no longer needed after.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * What the browser tests read from a download: a button clicked as a reader clicks it, the file it
 * offers (its name and bytes), and a PNG's size from its header.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** Clicks `button` and returns the file the page offers: its suggested name and its bytes. */
export async function downloadFrom(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** A PNG's width and height in pixels, from its IHDR chunk (right after the signature). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

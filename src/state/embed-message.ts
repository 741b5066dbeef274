/**
 * What an embed page and the course page around it agree on: the message that carries the embed
 * page's height, `{ type: 'nn-embed-height', height, id }` (height in CSS pixels of the whole
 * page, id the embed's slug), and the course page widths the embed codes are measured for.
 */

/** The `type` of the height message. */
export const EMBED_HEIGHT_MESSAGE = 'nn-embed-height';

/** The height message an embed page posts to its parent. */
export interface EmbedHeightMessage {
  readonly type: typeof EMBED_HEIGHT_MESSAGE;
  readonly height: number;
  readonly id: string;
}

/** The course page widths an instructor picks from, in CSS pixels: a phone, a column, a wide page. */
export const EMBED_WIDTHS = [360, 700, 1000] as const;
export type EmbedWidth = (typeof EMBED_WIDTHS)[number];

/** The width the codes are made for until an instructor picks another. */
export const DEFAULT_EMBED_WIDTH: EmbedWidth = 700;

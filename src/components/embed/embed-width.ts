/**
 * The course page width the instructors' page makes embed codes for, shared by the width choice,
 * the list of embeds and the snippet maker (one module, so one signal on the page).
 */
import { signal } from '@preact/signals';
import { DEFAULT_EMBED_WIDTH } from '../../state/embed-message.ts';

export const embedWidth = signal<number>(DEFAULT_EMBED_WIDTH);

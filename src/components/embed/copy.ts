/**
 * Copies a text box's code to the clipboard, or, where the browser refuses (no permission, an
 * older browser), selects it for the reader to copy, and says which happened.
 */
export async function copyFromBox(box: HTMLTextAreaElement): Promise<string> {
  try {
    await navigator.clipboard.writeText(box.value);
    return 'Copied.';
  } catch {
    box.focus();
    box.select();
    return 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

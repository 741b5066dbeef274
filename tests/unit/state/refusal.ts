/** The message of a refused parse or check (fails the test when it was accepted). */
export function refusal(result: { ok: true } | { ok: false; message: string }): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

/**
 * Completes each page's Content Security Policy with the hashes of its inline scripts.
 *
 * Astro hashes the scripts and styles it bundles, but not the small inline scripts that
 * Starlight writes with `is:inline` (theme choice, sidebar state), so a strict policy would block
 * them. After the build, this reads every HTML page, hashes each inline script exactly as the
 * browser will (SHA-256 of its text), and adds the missing hashes to that page's `script-src`.
 * The policy stays strict: no 'unsafe-inline', and only scripts that are in our own build output
 * are allowed.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** Script types that the browser does not execute, so CSP does not apply to them. */
function isData(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
  return type !== undefined && type !== 'module' && !type.includes('javascript');
}

/** The CSP source expression for a script's text: 'sha256-<base64>'. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Returns the page with every inline script's hash in its policy's script-src. */
export function addInlineScriptHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (!isData(attributes)) hashes.add(scriptHash(text));
  }
  const directives = meta[2]!.split(';').map((directive) => {
    const trimmed = directive.trim();
    if (!trimmed.startsWith('script-src ')) return directive;
    const missing = [...hashes].filter((hash) => !trimmed.includes(hash));
    return missing.length ? ` ${trimmed} ${missing.join(' ')}` : directive;
  });
  return html.replace(CSP_META, `$1${directives.join(';')}$3`);
}

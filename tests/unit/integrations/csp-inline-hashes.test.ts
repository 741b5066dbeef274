import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes } from '../../../src/integrations/csp-inline-hashes.ts';

/** SHA-256 in base64, computed here independently of the module under test. */
const sha = (text: string) => createHash('sha256').update(text).digest('base64');

const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'"></head><body>${body}</body></html>`;

describe('addInlineScriptHashes', () => {
  it('adds the hash of each inline script to script-src and leaves other directives alone', () => {
    const out = addInlineScriptHashes(
      page('<script>a()</script><script type="module">b()</script>'),
    );
    expect(out).toContain(
      `script-src 'self' 'sha256-AAA=' 'sha256-${sha('a()')}' 'sha256-${sha('b()')}'`,
    );
    expect(out).toContain("default-src 'self'; ");
    expect(out).toContain("; style-src 'self'");
  });

  it('skips external and non-executable scripts', () => {
    const html = page(
      '<script src="/x.js"></script><script type="application/ld+json">{}</script>',
    );
    expect(addInlineScriptHashes(html)).toBe(html);
  });

  it('never allows inline scripts wholesale', () => {
    expect(addInlineScriptHashes(page('<script>c()</script>'))).not.toContain('unsafe-inline');
  });

  it('leaves a page without a policy unchanged', () => {
    expect(addInlineScriptHashes('<script>a()</script>')).toBe('<script>a()</script>');
  });
});

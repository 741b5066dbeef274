import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../site/lib/links.ts';

const files = new Set(['/_astro/app.css', '/favicon.svg']);
const exists = (path: string) => files.has(path);

describe('the link gate', () => {
  const home = {
    url: '/',
    html: '<a href="chapter/#start">x</a><link rel="stylesheet" href="/_astro/app.css">',
  };
  const chapter = {
    url: '/chapter/',
    html: '<h2 id="start">Start</h2><a href="../">home</a><a href="#top">up</a>',
  };

  it('passes a site whose links and fragments all resolve', () => {
    expect(findBrokenLinks([home, chapter], exists)).toEqual([]);
  });

  it('reads character references in a link, so an & in its query is not taken for a fragment', () => {
    const page = {
      url: '/',
      html:
        '<a href="chapter/?a.x=1&#x26;a.y=2#start">x</a><a href="chapter/?a.x=1&#38;b=2#nowhere">y</a>' +
        '<a href="chapter/?a=1&amp;b=2#start">z</a>',
    };
    expect(findBrokenLinks([page, chapter], exists)).toEqual([
      {
        page: '/',
        href: 'chapter/?a.x=1&b=2#nowhere',
        reason: 'no element with id "nowhere" on /chapter/',
      },
    ]);
  });

  it('fails a link to a page that was not built', () => {
    const page = { url: '/', html: '<a href="/missing/">x</a>' };
    expect(findBrokenLinks([page], exists)).toEqual([
      { page: '/', href: '/missing/', reason: '/missing/ is not in the build' },
    ]);
  });

  it('fails a fragment that names no element on its page', () => {
    const page = { url: '/', html: '<a href="chapter/#nowhere">x</a>' };
    expect(findBrokenLinks([page, chapter], exists)).toHaveLength(1);
  });

  it('fails a missing image or script, and ignores other origins and data: URLs', () => {
    const page = {
      url: '/',
      html: '<img src="/img/gone.png" alt=""><a href="https://doi.org/x">cite</a><img src="data:," alt="">',
    };
    expect(findBrokenLinks([page], exists).map((b) => b.href)).toEqual(['/img/gone.png']);
  });
});

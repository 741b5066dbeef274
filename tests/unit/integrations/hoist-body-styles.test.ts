import { describe, expect, it } from 'vitest';
import { hoistBodyStyles } from '../../../src/integrations/hoist-body-styles.ts';

describe('hoistBodyStyles', () => {
  it('moves a style from the body to the end of the head, once', () => {
    const html =
      '<html><head><title>t</title></head><body><div><style>a{x:1}</style><p>x</p><style>a{x:1}</style></div></body></html>';
    expect(hoistBodyStyles(html)).toBe(
      '<html><head><title>t</title><style>a{x:1}</style></head><body><div><p>x</p></div></body></html>',
    );
  });

  it('leaves a page without body styles unchanged', () => {
    const html = '<html><head><style>b{}</style></head><body><p>x</p></body></html>';
    expect(hoistBodyStyles(html)).toBe(html);
  });
});

import { describe, expect, it } from 'vitest';
import { toPlainExcerpt, toSafeHtml } from './rich-text';

describe('toSafeHtml', () => {
  it('turns plain text into paragraphs and line breaks, escaping what looks like markup', () => {
    expect(toSafeHtml('Första stycket\nrad två\n\nAndra & sista')).toBe(
      '<p>Första stycket<br />rad två</p><p>Andra &amp; sista</p>',
    );
  });

  it('keeps paragraphs, lists and links, and removes scripts, handlers and javascript: links', () => {
    const html = toSafeHtml(
      '<p onclick="x()">Hej</p><script>alert(1)</script><img src=x onerror="alert(1)">' +
        '<ul><li><a href="https://example.se" target="_blank">länk</a></li></ul><a href="javascript:alert(1)">elak</a>',
    );
    expect(html).toBe(
      '<p>Hej</p><ul><li><a href="https://example.se" rel="nofollow noopener">länk</a></li></ul><a rel="nofollow noopener">elak</a>',
    );
  });

  it('gives the words alone for excerpts', () => {
    expect(toPlainExcerpt('<p>Hej <a href="https://x.se">där</a></p><script>x</script>')).toBe('Hej där');
    expect(toPlainExcerpt('Tom & Jerry <3 och fler ord', 12)).toBe('Tom & Jerry…');
  });
});

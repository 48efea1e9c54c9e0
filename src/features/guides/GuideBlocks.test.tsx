import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuideBlocks } from './GuideBlocks';
import { code, guide, inbox, p, recipe, see, table, tryIt, type GuideBlock } from './guide-format';

const html = (...blocks: GuideBlock[]) => renderToStaticMarkup(<GuideBlocks blocks={blocks} onTry={() => {}} />);

describe('GuideBlocks', () => {
  it('renders a Try it as a labelled group: HTTP badge, method name, path and the values it fills', () => {
    const out = html(tryIt('The second page', 'v3.contacts.list', { params: { limit: 100, offset: 100 } }));
    expect(out).toMatch(/role="group" aria-labelledby="([^"]+)-label".*id="\1-label">The second page</);
    expect(out).toContain('aria-label="Try it: List, search and filter contacts"');
    expect(out).toContain('<span class="badge http-get" aria-hidden="true">GET</span>');
    expect(out).toContain('/api/3/contacts</span>');
    expect(out).toContain('>limit=100</span><span class="guide-try-value">offset=100</span>');
  });

  it('names a v1 Try it by its api_action, and says so when a method is missing instead of offering a dead button', () => {
    expect(html(tryIt('v1', 'v1.user_me'))).toContain('api_action=user_me');
    const missing = html(tryIt('Gone', 'v3.nope'));
    expect(missing).not.toContain('<button');
    expect(missing).toContain('Gone: this method is not in the catalog.');
  });

  it('keeps text inert: markup in paragraphs, code and table cells is escaped, never rendered', () => {
    const out = html(
      p('<img src=x onerror=alert(1)> `<b>`'),
      code('c', '<script>x</script>'),
      table('t', ['<i>'], [['<u>']]),
    );
    expect(out).not.toMatch(/<(img|script|b|i|u)[\s>]/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; <code>&lt;b&gt;</code>');
    expect(out).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('labels "See also" links by the index titles and links them to their workspace paths', () => {
    const out = html(see(guide('paging'), recipe('first-call'), inbox));
    expect(out).toContain('href="/guides/paging"');
    expect(out).toContain('Paging</a>');
    expect(out).toContain('href="/recipes/first-call"');
    expect(out).toContain('First call: who am I?</a>');
    expect(out).toContain('href="/webhooks"');
    expect(html(see())).toBe('');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdown } from './InlineMarkdown';

const html = (text: string) => renderToStaticMarkup(<InlineMarkdown text={text} />);

describe('InlineMarkdown', () => {
  it('renders code and links as elements, with no literal backticks', () => {
    expect(html('sort by `id` ([docs](https://example.com/docs))')).toBe(
      'sort by <code>id</code> (<a href="https://example.com/docs" target="_blank" rel="noopener noreferrer">docs</a>)',
    );
  });

  it('escapes markup in text, code and labels', () => {
    expect(html('<b>x</b> `<script>` [<i>](/m/a)')).toBe(
      '&lt;b&gt;x&lt;/b&gt; <code>&lt;script&gt;</code> <a href="/m/a">&lt;i&gt;</a>',
    );
  });

  it('never renders a script link', () => {
    expect(html('[go](javascript:alert(1))')).toBe('go');
  });
});

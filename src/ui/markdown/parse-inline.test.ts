import { describe, expect, it } from 'vitest';
import { isSafeHref, parseInline, plainText } from './parse-inline';

describe('parseInline', () => {
  it('reads inline code without the backticks', () => {
    expect(parseInline('page with `id_greater` instead')).toEqual([
      { type: 'text', text: 'page with ' },
      { type: 'code', text: 'id_greater' },
      { type: 'text', text: ' instead' },
    ]);
  });

  it('keeps Markdown inside code as literal text, and reads double-backtick spans', () => {
    expect(parseInline('`**not bold**` and ``a`b``')).toEqual([
      { type: 'code', text: '**not bold**' },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'a`b' },
    ]);
  });

  it('leaves an unclosed backtick as text', () => {
    expect(parseInline('a ` b')).toEqual([{ type: 'text', text: 'a ` b' }]);
  });

  it('reads links with formatted labels', () => {
    expect(parseInline('see [the `fields` API](https://developers.activecampaign.com/reference)')).toEqual([
      { type: 'text', text: 'see ' },
      {
        type: 'link',
        href: 'https://developers.activecampaign.com/reference',
        children: [
          { type: 'text', text: 'the ' },
          { type: 'code', text: 'fields' },
          { type: 'text', text: ' API' },
        ],
      },
    ]);
  });

  it('renders an unsafe link target as its label only', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: 'click' }]);
    expect(plainText(parseInline('[x](data:text/html,hi) y'))).toBe('x y');
  });

  it('reads strong and emphasis, but not snake_case or spaced asterisks', () => {
    expect(parseInline('**DEFAULT** and *new* or _old_')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'DEFAULT' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'new' }] },
      { type: 'text', text: ' or ' },
      { type: 'em', children: [{ type: 'text', text: 'old' }] },
    ]);
    expect(parseInline('use id_greater_than and 2 * 3 * 4')).toEqual([
      { type: 'text', text: 'use id_greater_than and 2 * 3 * 4' },
    ]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\`not code\\` \\*x\\*')).toEqual([{ type: 'text', text: '`not code` *x*' }]);
  });

  it('treats HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});

describe('isSafeHref', () => {
  it('allows web, mail and same-site targets only', () => {
    expect(isSafeHref('https://example.com/a')).toBe(true);
    expect(isSafeHref('mailto:support@example.com')).toBe(true);
    expect(isSafeHref('/m/v3.contacts.list')).toBe(true);
    expect(isSafeHref('#params')).toBe(true);
    expect(isSafeHref('//evil.example')).toBe(false);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeHref('vbscript:x')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { buildBundle, describeProblem } from './bundle-model';
import { countMarks, toSegments, type MarkedText } from './marked-text';
import { plainTextBundle, renderPlainText } from './plain-text';
import { DEFAULT_POLICY, NO_EXTRA_REDACTION } from './redaction-policy';
import { COPY_BODY_LIMIT, markdownBundle, renderSupportBundle } from './support-bundle';
import { captureCall } from './test-exchanges';

const KEY = 'preview-key-5f4e3d2c1b';

/** A v3 create whose answer echoes the key, with an email and a phone in both directions. */
function call() {
  return captureCall(
    'v3.contacts.create',
    { params: {}, body: { contact: { email: 'ada@example.com', phone: '+44 20 7946 0958', firstName: 'Augusta' } } },
    KEY,
    {
      status: 422,
      body: JSON.stringify({
        errors: [{ title: `Duplicate: ada@example.com (key ${KEY})`, source: { pointer: '/data/attributes/email' } }],
        contact: { phone: '+44 20 7946 0958', firstName: 'Augusta' },
      }),
    },
  );
}

/** Where each placeholder occurs in the text, outside the sentences that explain them. */
function placeholderPositions(text: string): number[] {
  const prose = ['put your API key in place of YOUR_API_KEY'];
  const at: number[] = [];
  for (const p of /\[(?:REDACTED|EMAIL|PHONE)\]|YOUR_API_KEY/g[Symbol.matchAll](text)) {
    if (prose.some((s) => text.slice(Math.max(0, p.index - 40), p.index + 20).includes(s))) continue;
    at.push(p.index);
  }
  return at;
}

function markStarts(m: MarkedText): number[] {
  let at = 0;
  const starts: number[] = [];
  for (const s of toSegments(m)) {
    if (s.redacted) starts.push(at);
    at += s.text.length;
  }
  return starts;
}

describe('the bundle preview', () => {
  it.each([
    ['Markdown', markdownBundle, renderSupportBundle],
    ['plain text', plainTextBundle, renderPlainText],
  ] as const)(
    '%s: the segments join to exactly the copied text, and every placeholder is a mark',
    (_n, marked, copy) => {
      const { exchange, method } = call();
      const input = {
        exchange,
        method,
        explorerVersion: '1',
        browser: 'b',
        policy: { fields: ['firstName'], maskContacts: true },
        problem: 'ada@example.com is refused',
      };
      const preview = marked(buildBundle(input));
      expect(
        toSegments(preview)
          .map((s) => s.text)
          .join(''),
      ).toBe(copy(input));
      expect(markStarts(preview)).toEqual(placeholderPositions(preview.text));
      expect(countMarks(preview)).toEqual({
        key: 2, // the Api-Token header, and YOUR_API_KEY in the cURL command
        secret: 1, // the key echoed in the error title
        field: 3, // firstName in the request body, the response and the command
        email: 4, // the request body, the error title, the command and the problem
        phone: 3, // the request body, the response and the command
      });
    },
  );

  it('changes the preview and the copied text the same way when masking is switched off', () => {
    const { exchange, method } = call();
    const base = { exchange, method, explorerVersion: '1', browser: 'b' };
    const masked = markdownBundle(buildBundle({ ...base, policy: DEFAULT_POLICY }));
    const open = markdownBundle(buildBundle({ ...base, policy: NO_EXTRA_REDACTION }));
    expect(masked.text).toBe(renderSupportBundle({ ...base, policy: DEFAULT_POLICY }));
    expect(open.text).toBe(renderSupportBundle({ ...base, policy: NO_EXTRA_REDACTION }));
    expect(masked.text).not.toContain('ada@example.com');
    expect(open.text).toContain('ada@example.com');
    expect(countMarks(open)).toEqual({ key: 2, secret: 1 });
  });

  it('takes a new problem without redoing the bodies, with the same redaction', () => {
    const { exchange, method } = call();
    const m = buildBundle({ exchange, method, explorerVersion: '1', browser: 'b' });
    const described = describeProblem(m, '  Mail ada@example.com\nis refused ');
    expect(described.problem.text).toBe('Mail [EMAIL] is refused');
    expect(described.marked).toBe(m.marked);
    expect(markdownBundle(described).text).toContain('**Problem:** Mail [EMAIL] is refused');
  });

  it('shows the cut body of a long answer, as the copy does, without splitting a placeholder', () => {
    const long = JSON.stringify({ contacts: Array.from({ length: 2000 }, (_, i) => ({ email: `c${i}@example.com` })) });
    // Longer than the cut even once every address reads [EMAIL].
    expect(long.replace(/c\d+@example\.com/g, '[EMAIL]').length).toBeGreaterThan(COPY_BODY_LIMIT);
    const c = captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body: long });
    const input = { exchange: c.exchange, method: c.method, explorerVersion: '1', browser: 'b' };
    const preview = markdownBundle(buildBundle(input));
    expect(preview.text).toBe(renderSupportBundle(input));
    expect(preview.text).toMatch(/… \[truncated: \d+ more characters; download the HAR for the whole body\]/);
    expect(markStarts(preview)).toEqual(placeholderPositions(preview.text));
  });
});

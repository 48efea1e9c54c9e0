import { describe, expect, it } from 'vitest';
import { INBOX_NAME_MAX_LENGTH, inboxNameProblem, inboxPath } from './inbox-name';

describe('inboxNameProblem', () => {
  it.each(['sandbox', 'my-app', 'a', '0', 'crm-2', 'a'.repeat(INBOX_NAME_MAX_LENGTH)])('accepts %s', (name) =>
    expect(inboxNameProblem(name)).toBeUndefined(),
  );

  it.each([
    ['', /Give the inbox a name/],
    ['a'.repeat(INBOX_NAME_MAX_LENGTH + 1), /at most 40 characters \(this one has 41\)/],
    ['Sandbox', /lowercase/],
    ['-lead', /starts and ends/],
    ['trail-', /starts and ends/],
    ['two words', /lowercase/],
    ['a/b', /lowercase/],
    ['..', /lowercase/],
    ['%2e', /lowercase/],
    ['naïve', /lowercase/],
    ['<script>', /lowercase/],
  ])('refuses %j', (name, message) => expect(inboxNameProblem(name)).toMatch(message));
});

it('builds the inbox path', () => expect(inboxPath('my-app')).toBe('/webhooks/inbox/my-app'));

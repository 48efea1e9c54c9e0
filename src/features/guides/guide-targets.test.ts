import { describe, expect, it } from 'vitest';
import { internalTarget, targetLabel } from './guide-targets';

describe('internalTarget', () => {
  it('reads workspace paths, ignoring a query or fragment', () => {
    expect(internalTarget('/guides/paging')).toEqual({ kind: 'guide', id: 'paging' });
    expect(internalTarget('/recipes/first-call#step-2')).toEqual({ kind: 'recipe', id: 'first-call' });
    expect(internalTarget('/m/v3.users.me?x=1')).toEqual({ kind: 'method', id: 'v3.users.me' });
    expect(internalTarget('/webhooks')).toEqual({ kind: 'webhooks' });
  });

  it('leaves every other href to the browser', () => {
    for (const href of ['https://developers.activecampaign.com/', '//evil.example/guides/x', '/history', '/', '#top']) {
      expect(internalTarget(href), href).toBeUndefined();
    }
  });
});

describe('targetLabel', () => {
  it('names targets by their titles, and nothing for an unknown id', () => {
    expect(targetLabel({ kind: 'guide', id: 'v1-vs-v3' })).toBe('v1 versus v3');
    expect(targetLabel({ kind: 'method', id: 'v3.users.me' })).toBe('Get the user who owns the API key');
    expect(targetLabel({ kind: 'guide', id: 'nope' })).toBeUndefined();
  });
});

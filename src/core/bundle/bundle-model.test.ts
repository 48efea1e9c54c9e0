import { describe, expect, it } from 'vitest';
import { buildBundle, CONTRACT_AUTO_LIMIT, contractCheckDeferred, contractLines } from './bundle-model';
import { renderPlainText } from './plain-text';
import { renderSupportBundle } from './support-bundle';
import { captureCall } from './test-exchanges';

const KEY = 'bundle-model-key-0001';
// A documented list shape, padded past the limit with a field the contract does not mention.
const bigBody = JSON.stringify({ contacts: [], meta: { total: '0' }, pad: 'x'.repeat(CONTRACT_AUTO_LIMIT) });

function call(body: string) {
  return captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body });
}

describe('contract check of large bodies', () => {
  it('is deferred only for answers above the limit', () => {
    expect(contractCheckDeferred(call('{"contacts":[]}').exchange)).toBe(false);
    expect(contractCheckDeferred(call(bigBody).exchange)).toBe(true);
  });

  it('is left out of the model when skipped, and says so', () => {
    const { exchange, method } = call(bigBody);
    const m = buildBundle({ exchange, method, explorerVersion: '1', browser: '', skipContract: true });
    expect(m.contract).toBeUndefined();
    expect(m.contractSkipped).toBe(true);
    expect(contractLines(m)).toEqual(['Not checked: the body is large and the check was not run.']);
  });

  it('is always run for the copied texts, whatever the body size', () => {
    const { exchange, method } = call(bigBody);
    const input = { exchange, method, explorerVersion: '1', browser: '' };
    // The padded body lacks two documented keys: the check must have parsed it to know.
    expect(buildBundle(input).contract?.map((d) => d.path)).toEqual(['scoreValues', 'meta.page_input']);
    expect(renderSupportBundle(input)).toContain('- scoreValues is missing.');
    expect(renderPlainText(input)).toContain('* meta.page_input is missing.');
    expect(renderSupportBundle(input)).not.toContain('Not checked');
  });
});

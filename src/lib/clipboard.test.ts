import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyReporting } from './clipboard';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyReporting', () => {
  it('copies the text and reports the sentence it was given', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await expect(copyReporting('curl https://example.invalid', 'Copied')).resolves.toBe('Copied');
    expect(writeText).toHaveBeenCalledWith('curl https://example.invalid');
  });

  it("reports why the browser refused, in the browser's words", async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) },
    });
    await expect(copyReporting('text', 'Copied')).resolves.toBe('Could not copy: Document is not focused.');
  });
});

/** Decoding more than this in one go holds the page for tens of milliseconds (20 MB: ~40–150 ms). */
const SLICE_BYTES = 2 * 1024 * 1024;

/** Lets the page paint and handle input; a message, unlike a nested timer, is not clamped to 4 ms. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * UTF-8 bytes to text, a slice per task so a large body never blocks the page
 * for long. The streaming decoder carries characters split between slices.
 */
export async function decodeText(bytes: ArrayBuffer): Promise<string> {
  const decoder = new TextDecoder();
  if (bytes.byteLength <= SLICE_BYTES) return decoder.decode(bytes);
  const parts: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += SLICE_BYTES) {
    const slice = new Uint8Array(bytes, at, Math.min(SLICE_BYTES, bytes.byteLength - at));
    parts.push(decoder.decode(slice, { stream: true }));
    await yieldToPage();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

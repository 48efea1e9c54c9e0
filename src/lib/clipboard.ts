/** Copies text; falls back to a hidden textarea where the async API is unavailable (e.g. plain http on a LAN). */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The browser refused to copy.');
}

/** Copies text and returns the sentence to show the user: `done`, or why the browser would not copy. */
export async function copyReporting(text: string, done: string): Promise<string> {
  try {
    await copyText(text);
    return done;
  } catch (e) {
    return `Could not copy: ${e instanceof Error ? e.message : String(e)}`;
  }
}

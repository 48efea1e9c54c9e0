/**
 * POSTs to one of the explorer server's sandbox admin routes. Same-origin
 * only: the server refuses these calls from any other page.
 */
export async function postSandboxAdmin(path: '/explorer-api/sandbox/reset-key' | '/explorer-api/sandbox/reset-data') {
  const res = await fetch(path, { method: 'POST', cache: 'no-store' });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`The explorer server answered ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}.`);
  }
}

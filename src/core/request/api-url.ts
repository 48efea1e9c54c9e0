/**
 * Normalises what a user pasted as "API URL" into the origin requests go to,
 * and explains the common mistakes in words.
 */

/** `note` explains a harmless fix that was made, or something the user should know before sending. */
export type ApiUrlCheck = { ok: true; origin: string; note?: string } | { ok: false; message: string };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
/** The hosts the explorer's proxy forwards to by default (see src/server/proxy/target-policy.ts). */
const AC_API_HOST = /^[a-z0-9-]+\.(api-us1\.com|activehosted\.com)$/;
const EXAMPLE = 'https://youraccount.api-us1.com';

/** Validates an API URL (https, an origin, no UI host) and returns its origin. */
export function checkApiUrl(input: string): ApiUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter the API URL from Settings > Developer.' };
  if (/^["'<]|["'>]$/.test(text)) return { ok: false, message: 'Remove the quotes or brackets around the URL.' };
  if (/\s/.test(text)) return { ok: false, message: 'The URL contains a space; paste just the API URL.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `This is not a URL. It looks like ${EXAMPLE}.` };
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    return { ok: false, message: 'Use https:// — ActiveCampaign only answers over HTTPS.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Remove the user name or password from the URL; the key goes in "API key".' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (/^\/api\/3(\/|$)/i.test(path)) {
    return {
      ok: false,
      message: `Leave out ${path}: enter just the origin, e.g. ${EXAMPLE}. The explorer adds /api/3/….`,
    };
  }
  if (/^\/admin\/api\.php$/i.test(path)) {
    return {
      ok: false,
      message: `Leave out /admin/api.php: enter just ${EXAMPLE}. The explorer adds it for v1 calls.`,
    };
  }
  if (/\.activecampaign\.com$/i.test(url.hostname)) {
    return {
      ok: false,
      message: `That is ActiveCampaign's website, not your API URL. Copy the API URL from Settings > Developer (${EXAMPLE}).`,
    };
  }
  if (/^\/app(\/|$)/i.test(path) || (/\.activehosted\.com$/i.test(url.hostname) && path !== '')) {
    return {
      ok: false,
      message: `That is the address of your account's web app, not the API URL. In the app open Settings > Developer and copy the API URL (${EXAMPLE}).`,
    };
  }
  if (path !== '' || url.search || url.hash) {
    return { ok: false, message: `Enter only the origin, e.g. ${EXAMPLE} (no path, query or #).` };
  }
  const notes: string[] = [];
  if (text.endsWith('/')) notes.push(`The trailing / is dropped: requests go to ${url.origin}/api/3/….`);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) notes.push(`https:// was added: ${url.origin}.`);
  if (!loopback && !AC_API_HOST.test(url.hostname)) {
    notes.push(
      `${url.hostname} is not an ActiveCampaign API host (*.api-us1.com, *.activehosted.com); the proxy refuses it unless the explorer was started with --allow-origin ${url.origin}.`,
    );
  }
  return notes.length > 0 ? { ok: true, origin: url.origin, note: notes.join(' ') } : { ok: true, origin: url.origin };
}

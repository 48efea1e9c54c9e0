/**
 * Normalises what a user pasted as "API URL" into the origin requests go to,
 * and explains the common mistakes in words.
 */

export type ApiUrlCheck = { ok: true; origin: string } | { ok: false; message: string };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Validates an API URL (https, an origin, no UI host) and returns its origin. */
export function checkApiUrl(input: string): ApiUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter the API URL from Settings > Developer.' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: 'This is not a URL. It looks like https://youraccount.api-us1.com.' };
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    return { ok: false, message: 'Use https:// — ActiveCampaign only answers over HTTPS.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Remove the user name or password from the URL; the key goes in "API key".' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (/^\/api\/3$/.test(path)) {
    return { ok: false, message: 'Leave out /api/3: enter just https://youraccount.api-us1.com.' };
  }
  if (path !== '' || url.search || url.hash) {
    return { ok: false, message: 'Enter only the origin, e.g. https://youraccount.api-us1.com (no path).' };
  }
  if (/\.activecampaign\.com$/i.test(url.hostname) && !loopback) {
    return {
      ok: false,
      message:
        'That is the website, not your API URL. Copy the API URL from Settings > Developer (https://youraccount.api-us1.com).',
    };
  }
  return { ok: true, origin: url.origin };
}

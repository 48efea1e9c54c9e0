/**
 * Decides, from the `X-Target-Origin` header alone and before any connection,
 * whether the proxy may forward there.
 */

export interface TargetPolicy {
  /** Exact origins allowed besides ActiveCampaign's hosts (the sandbox, `--allow-origin`). */
  extraOrigins: readonly string[];
}

/**
 * `checkAddress` is false only for explicit origins written as an IP literal or `localhost`: the operator named
 * that address. A host name, even an explicitly allowed one, can be re-pointed by DNS, so its address is checked.
 */
export type TargetCheck = { ok: true; url: URL; checkAddress: boolean } | { ok: false; message: string };

const LITERAL_HOST = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/** ActiveCampaign API hosts: `<account>.api-us1.com` (documented) and `<account>.activehosted.com` (widely used). */
const AC_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.(?:api-us1\.com|activehosted\.com)$/;

/** Normalises an operator-supplied origin (`--allow-origin`), or explains why it is not a bare origin. */
export function normaliseAllowedOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--allow-origin ${raw} is not a URL; use a bare origin like http://127.0.0.1:8080.`);
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    url.username ||
    url.password ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  ) {
    throw new Error(
      `--allow-origin ${raw} must be a bare http(s) origin like http://127.0.0.1:8080 (no path or user).`,
    );
  }
  return url.origin;
}

/** Checks a target origin string against the policy. */
export function checkTarget(raw: string | undefined, policy: TargetPolicy): TargetCheck {
  if (!raw) return { ok: false, message: 'Missing X-Target-Origin header.' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `X-Target-Origin is not a URL: ${raw}` };
  }
  // Only a bare origin is accepted, so userinfo, paths or odd spellings cannot smuggle another target.
  if (url.origin === 'null' || `${url.origin}` !== raw.replace(/\/$/, '') || url.username || url.password) {
    return { ok: false, message: `X-Target-Origin must be a bare origin like https://account.api-us1.com, not ${raw}` };
  }
  if (policy.extraOrigins.includes(url.origin))
    return { ok: true, url, checkAddress: !LITERAL_HOST.test(url.hostname) };
  if (url.protocol === 'https:' && url.port === '' && AC_HOST.test(url.hostname)) {
    return { ok: true, url, checkAddress: true };
  }
  return {
    ok: false,
    message: `The proxy only forwards to ActiveCampaign API hosts over https (*.api-us1.com, *.activehosted.com) and to origins allowed with --allow-origin; ${url.origin} is neither.`,
  };
}

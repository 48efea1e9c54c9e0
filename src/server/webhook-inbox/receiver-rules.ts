import { INBOX_PATH_PREFIX, inboxNameProblem } from '../../core/webhooks/inbox-name';

/** The only content type accepted: what ActiveCampaign sends (`$_POST`-readable form data). */
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** What the receiver needs to know about a request before reading its body. */
export interface IncomingDelivery {
  method: string;
  /** Path and query as requested. */
  target: string;
  contentType: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

export type ReceiverDecision =
  { ok: true; inbox: string } | { ok: false; status: number; message: string; headers?: Record<string, string> };

/** Whether a request path is the receiver's (`/webhooks/inbox…`); other paths are not its business. */
export function isReceiverPath(target: string): boolean {
  const path = target.split('?', 1)[0] ?? '';
  return path === INBOX_PATH_PREFIX.slice(0, -1) || path.startsWith(INBOX_PATH_PREFIX);
}

/**
 * Decides, from the request line and headers alone, whether a delivery is
 * taken: a POST of a form body to a well-named inbox, not sent by a browser
 * on behalf of another site. Any web page can make the browser POST a form to
 * a loopback URL, so a foreign `Origin` or a cross-site `Sec-Fetch-Site` is
 * refused; real senders (ActiveCampaign through a tunnel, the sandbox, curl)
 * send neither. The `Host` is not checked: a tunnel forwards its own.
 */
export function decideDelivery(req: IncomingDelivery, ownOrigins: readonly string[]): ReceiverDecision {
  if (req.method !== 'POST') {
    return {
      ok: false,
      status: 405,
      headers: { Allow: 'POST' },
      message: `A webhook inbox accepts POST only, not ${req.method}. To see its deliveries open /webhooks in the explorer.`,
    };
  }
  if (req.secFetchSite === 'cross-site' || req.secFetchSite === 'same-site') {
    return {
      ok: false,
      status: 403,
      message: `Deliveries sent by a browser for another website (Sec-Fetch-Site: ${req.secFetchSite}) are refused.`,
    };
  }
  if (req.origin !== undefined && !ownOrigins.includes(req.origin)) {
    return {
      ok: false,
      status: 403,
      message: `Deliveries sent by a browser for ${req.origin} are refused; webhook senders send no Origin.`,
    };
  }
  const path = req.target.split('?', 1)[0] ?? '';
  const rawName = path.startsWith(INBOX_PATH_PREFIX) ? path.slice(INBOX_PATH_PREFIX.length) : '';
  const problem = inboxNameProblem(rawName);
  if (problem) {
    return { ok: false, status: 400, message: `Not an inbox URL (/webhooks/inbox/<name>): ${problem}` };
  }
  const mediaType = (req.contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== FORM_TYPE) {
    return {
      ok: false,
      status: 415,
      headers: { 'Accept-Post': FORM_TYPE },
      message: `A webhook inbox takes form bodies (Content-Type: ${FORM_TYPE}), as ActiveCampaign sends them; got ${
        req.contentType ? `"${req.contentType.slice(0, 100)}"` : 'no Content-Type'
      }.`,
    };
  }
  return { ok: true, inbox: rawName };
}

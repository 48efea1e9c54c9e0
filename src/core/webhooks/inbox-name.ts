/**
 * Names of the explorer's webhook inboxes: the last segment of
 * `/webhooks/inbox/<name>`. Kept short and plain so a name can never be
 * anything but a name in a URL, a file or a label.
 */

/** Where the explorer's own server receives deliveries; the inbox name follows. */
export const INBOX_PATH_PREFIX = '/webhooks/inbox/';

/** Longest inbox name accepted. */
export const INBOX_NAME_MAX_LENGTH = 40;

/** The inbox the explorer suggests first (the sandbox's events go there by default). */
export const DEFAULT_INBOX_NAME = 'sandbox';

const NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Why `name` cannot name an inbox, or undefined when it can. */
export function inboxNameProblem(name: string): string | undefined {
  if (name === '') return 'Give the inbox a name, e.g. "sandbox" or "my-app".';
  if (name.length > INBOX_NAME_MAX_LENGTH) {
    return `An inbox name has at most ${INBOX_NAME_MAX_LENGTH} characters (this one has ${name.length}).`;
  }
  if (!NAME.test(name)) {
    return 'An inbox name uses only lowercase letters a–z, digits and "-", and starts and ends with a letter or digit.';
  }
  return undefined;
}

/** The inbox's path on the explorer's server (`/webhooks/inbox/sandbox`). */
export function inboxPath(name: string): string {
  return `${INBOX_PATH_PREFIX}${name}`;
}

/**
 * What a workspace tab shows: a method, a guide, a recipe or the webhooks
 * inbox. Each has one path (its deep link) and one key (how the tab list
 * stores and compares it), so routes and tabs cannot disagree.
 */

export type TabTarget =
  | { kind: 'method'; id: string }
  | { kind: 'guide'; id: string }
  | { kind: 'recipe'; id: string }
  | { kind: 'webhooks' };

type TabKind = TabTarget['kind'];

const PREFIX: Record<Exclude<TabKind, 'webhooks'>, string> = { method: '/m/', guide: '/guides/', recipe: '/recipes/' };

/** The SPA path a target lives at (`/m/v3.contacts.list`, `/guides/paging`, `/recipes/first-call`, `/webhooks`). */
export function targetPath(target: TabTarget): string {
  return target.kind === 'webhooks' ? '/webhooks' : `${PREFIX[target.kind]}${encodeURIComponent(target.id)}`;
}

/** The target a path names, if any (`/` and `/history` name none). */
export function targetFromPath(pathname: string): TabTarget | undefined {
  if (/^\/webhooks\/?$/.test(pathname)) return { kind: 'webhooks' };
  for (const kind of ['method', 'guide', 'recipe'] as const) {
    const prefix = PREFIX[kind];
    if (!pathname.startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length).replace(/\/$/, '');
    if (rest === '' || rest.includes('/')) return undefined;
    try {
      return { kind, id: decodeURIComponent(rest) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A stable string for a target: `method:v3.contacts.list`, `webhooks`. */
export function targetKey(target: TabTarget): string {
  return target.kind === 'webhooks' ? 'webhooks' : `${target.kind}:${target.id}`;
}

/** The target a key names; a bare method id (tabs stored before tabs had kinds) reads as a method. */
export function parseTargetKey(key: string): TabTarget | undefined {
  if (key === 'webhooks') return { kind: 'webhooks' };
  const m = /^(method|guide|recipe):(.+)$/.exec(key);
  if (m?.[1] && m[2]) return { kind: m[1] as 'method' | 'guide' | 'recipe', id: m[2] };
  return /^v[13]\./.test(key) ? { kind: 'method', id: key } : undefined;
}

import type { ChoiceGroup, OpenChoice } from '../../core/navigation/open-in';
import type { Role } from '../../core/navigation/resource-index';
import type { MenuGroup } from '../../ui/menu/PopupMenu';

const GROUP_LABEL: Record<Role, string> = {
  get: 'Read',
  related: 'Related',
  change: 'Change · opens filled, not sent',
  delete: 'Delete · opens filled, not sent',
};

/** A menu item's id: one method may take the same id in two parameters (`contact` and `contactid`). */
export function choiceKey(choice: OpenChoice): string {
  return `${choice.methodId}|${choice.param}`;
}

/** Where an entry leads, short: `/contacts/{id}`, `…/notes` below it, `/contacts?tagid`, `v1 contact_view`. */
function detail(choice: OpenChoice): string {
  if (choice.api === 'v1') return `v1 ${choice.where}`;
  const path = choice.where.replace(/^\/api\/3/, '');
  if (choice.via === 'query') return `${path}?${choice.param}`;
  const after = path.split(`{${choice.param}}`)[1];
  return after ? `…${after}` : path;
}

/** The "Open in…" menu's groups, in the order the index gives: read, related, change, delete. */
export function menuGroups(groups: readonly ChoiceGroup[]): MenuGroup[] {
  return groups.map((g) => ({
    label: GROUP_LABEL[g.role],
    items: g.choices.map((c) => ({
      id: choiceKey(c),
      label: c.summary,
      detail: detail(c),
      decoration: (
        <span className={`method-tag http-${c.http.toLowerCase()}`}>{c.http === 'DELETE' ? 'DEL' : c.http}</span>
      ),
    })),
  }));
}

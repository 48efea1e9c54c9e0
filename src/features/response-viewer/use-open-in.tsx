import { useMemo, useState, type ReactNode } from 'react';
import { detectRow, type RowTarget } from '../../core/navigation/detect';
import { singularOf } from '../../core/navigation/inflect';
import { matchLink, resolveRelation, type LinkTarget } from '../../core/navigation/links';
import { openInChoices, sendAtOnce, type ChoiceGroup } from '../../core/navigation/open-in';
import { formatPath, parsePath, type PathSegment } from '../../core/response/json-path';
import type { MethodValues } from '../../core/request/types';
import { findSummary, loadMethod } from '../../lib/catalog-client';
import type { RowAction, RowActionContext, RowActions } from '../../ui/json-tree/row-action';
import type { ShownRow } from '../../ui/json-tree/tree-source';
import { PopupMenu, type MenuAnchor } from '../../ui/menu/PopupMenu';
import { choiceKey, menuGroups } from './open-in-menu';
import { resourceIndex, type ResponseNavigation } from './response-navigation';

interface OpenMenu {
  label: string;
  groups: readonly ChoiceGroup[];
  anchor: MenuAnchor;
  context: RowActionContext;
}

/** Paths of rows seen lately, parsed once: the tree asks for every rendered row on each paint. */
const parsed = new Map<string, PathSegment[]>();
function segmentsOf(path: string): PathSegment[] {
  let segments = parsed.get(path);
  if (!segments) {
    if (parsed.size > 5000) parsed.clear();
    segments = parsePath(path);
    parsed.set(path, segments);
  }
  return segments;
}

/** What a row of the tree points at, from its path and shown value only (cheap, and the same in the worker case). */
function targetOf(row: ShownRow, subject: string | undefined): RowTarget | undefined {
  if (row.type !== 'string' && row.type !== 'number') return undefined;
  // A cut string is longer than any id or link.
  if (row.type === 'string' && (row.length ?? 0) > (row.text ?? '').length) return undefined;
  const value = row.type === 'number' ? Number(row.text) : row.text;
  return detectRow(resourceIndex(), segmentsOf(row.path), value, subject);
}

/** Opens a method filled with `values`, sending at once only a read the values satisfy; says what it did. */
async function openFilled(
  navigation: ResponseNavigation,
  methodId: string,
  values: MethodValues,
  read: boolean,
  say: (note: string) => void,
  note = '',
): Promise<void> {
  const summary = findSummary(methodId)?.summary ?? methodId;
  try {
    const method = await loadMethod(methodId);
    const send = sendAtOnce(method, read, values);
    navigation.openMethod(methodId, values, { send });
    say(`${send ? 'Sent' : 'Opened'} ${summary}${note}`);
  } catch (e) {
    say(`Could not open ${summary}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** "contact 251": a collection's record for people (`dealStages` → "dealStage 3"). */
function recordName(collection: string, id: string): string {
  return `${singularOf(collection.split('/').pop() ?? collection)} ${id}`;
}

/**
 * "Open in…" for the parsed tree: ids offer the methods that take them (a menu), `links` URLs open
 * their method at once. Reads send at once when the id alone satisfies the method; everything else
 * opens filled and waits for Send. Returns the tree's row actions and the menu to render.
 */
export function useOpenIn(
  methodId: string,
  navigation: ResponseNavigation | undefined,
): { rowActions: RowActions | undefined; menu: ReactNode } {
  const [menu, setMenu] = useState<OpenMenu>();
  const rowActions = useMemo((): RowActions | undefined => {
    if (!navigation) return undefined;
    const subject = resourceIndex().subjectOf.get(methodId);
    const followLink = async (row: ShownRow, url: string, context: RowActionContext) => {
      const index = resourceIndex();
      const match = matchLink(index, url);
      let target: LinkTarget | undefined;
      if (match?.kind === 'exact') target = match.target;
      else if (match?.kind === 'relation') {
        // `links.stage` of a deal names the stage through the deal's own `stage` field.
        const segments = segmentsOf(row.path);
        const fieldPath = formatPath([...segments.slice(0, -2), match.relation.name]);
        const json = await context.source.valueJson(fieldPath);
        target = resolveRelation(index, match.relation, json === undefined ? undefined : (JSON.parse(json) as unknown));
      }
      if (!target) {
        context.say(
          match?.kind === 'relation'
            ? `Nothing to open: this record's ${match.relation.name} is empty, or no catalog method reads it.`
            : 'No catalog method reads this link.',
        );
        return;
      }
      const note =
        target.how === 'parent'
          ? ` (the record this link belongs to: no catalog method reads …/${match?.kind === 'relation' ? match.relation.name : ''})`
          : '';
      await openFilled(navigation, target.methodId, { params: target.params }, true, context.say, note);
    };
    return {
      actionFor(row): RowAction | undefined {
        const target = targetOf(row, subject);
        if (!target) return undefined;
        if (target.kind === 'link')
          return { label: 'Open', name: `Open ${row.key ?? 'link'}: ${target.url}`, style: 'value', menu: false };
        return {
          label: 'Open in…',
          name: `Open in… ${recordName(target.collection, target.id)}`,
          style: 'button',
          menu: true,
        };
      },
      perform(row, context) {
        const target = targetOf(row, subject);
        if (target?.kind === 'link') void followLink(row, target.url, context);
        else if (target?.kind === 'id') {
          const groups = openInChoices(resourceIndex(), target.collection, target.id);
          setMenu({
            label: `Open ${recordName(target.collection, target.id)} in`,
            groups,
            anchor: context.anchor,
            context,
          });
        }
      },
    };
  }, [methodId, navigation]);

  const shown = menu && (
    <PopupMenu
      label={menu.label}
      groups={menuGroups(menu.groups)}
      anchor={menu.anchor}
      onSelect={(key) => {
        setMenu(undefined);
        const choice = menu.groups.flatMap((g) => g.choices).find((c) => choiceKey(c) === key);
        if (choice && navigation)
          void openFilled(navigation, choice.methodId, choice.values, choice.read, menu.context.say);
      }}
      onClose={(reason) => {
        setMenu(undefined);
        if (reason !== 'outside') menu.context.restoreFocus();
      }}
    />
  );
  return { rowActions, menu: shown };
}

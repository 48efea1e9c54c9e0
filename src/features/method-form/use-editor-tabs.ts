import { createElement, Fragment, useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import type { MethodDef } from '../../core/catalog/types';
import { readSession, writeSession } from '../../lib/session-store';
import type { EditorTab } from './EditorTabs';
import { BodyLabel, ParamsLabel } from './TabLabels';

export type TabId = 'params' | 'body' | 'headers' | 'docs' | 'code';
const tabSchema = z.enum(['params', 'body', 'headers', 'docs', 'code']);

/**
 * The editor's tabs for a method (Params unless it has only a body, Body when it has one, Headers,
 * Docs and Code when given) and the active one, remembered per method for the session.
 */
export function useEditorTabs(
  method: MethodDef,
  shown: { headers: number | undefined; docs: boolean; code: boolean },
): { tabs: EditorTab[]; active: TabId; selectTab: (id: string) => void } {
  const body = method.api === 'v3' ? method.body : undefined;
  const { headers, docs, code } = shown;
  const tabs = useMemo(() => {
    const list: EditorTab[] = [];
    if (method.params.length > 0 || !body) list.push({ id: 'params', label: createElement(ParamsLabel) });
    if (body) list.push({ id: 'body', label: createElement(BodyLabel) });
    const count = headers === undefined ? null : createElement('span', { className: 'tab-count' }, ` (${headers})`);
    list.push({ id: 'headers', label: createElement(Fragment, null, 'Headers', count) });
    if (docs) list.push({ id: 'docs', label: 'Docs' });
    if (code) list.push({ id: 'code', label: 'Code' });
    return list;
  }, [method, body, headers, docs, code]);
  const key = `explorer.form-tab.${method.id}`;
  const [tab, setTab] = useState<TabId>(
    () => readSession(key, tabSchema) ?? (method.params.length > 0 || !body ? 'params' : 'body'),
  );
  const active: TabId = tabs.some((t) => t.id === tab) ? tab : ((tabs[0]?.id ?? 'params') as TabId);
  const selectTab = useCallback(
    (id: string) => {
      const next = tabSchema.parse(id);
      setTab(next);
      writeSession(key, next);
    },
    [key],
  );
  return { tabs, active, selectTab };
}

/**
 * The v1 side of the engine: any documented action without a hand-tuned
 * handler is answered from the shared store in the documented v1 shape
 * (snake_case keys, rows keyed "0", "1", …). Reads look records up by `id`,
 * `ids`, `email` or `username`; deletes remove them for v3 too (with the
 * same cascades); adds and edits write the same records v3 reads. Other
 * actions answer their documented body.
 */
import { catalog } from '../../../core/catalog/registry';
import type { V1Method } from '../../../core/catalog/types';
import { conform } from '../engine/conform';
import { settleWrite } from '../engine/handle';
import { resourceByName, shapeOfTable } from '../engine/model';
import type { Attrs } from '../engine/resource';
import type { SandboxResponse } from '../http-types';
import { text } from '../resources/common';
import { fail, numbered, ok, type V1Call } from './call';
import { resourceOf, verbOf } from './resources';

type Row = Record<string, unknown>;
const ENVELOPE = new Set(['result_code', 'result_message', 'result_output']);

const byAction = new Map(catalog.filter((m): m is V1Method => m.api === 'v1').map((m) => [m.action, m] as const));

/** The documented success body's fields (without the envelope). */
function documentedFields(m: V1Method): Row {
  const success = m.responses.find(
    (r) =>
      r.status === 200 && typeof r.example === 'object' && r.example !== null && (r.example as Row).result_code === 1,
  );
  const example = (success?.example as Row | undefined) ?? {};
  return Object.fromEntries(Object.entries(example).filter(([k]) => !ENVELOPE.has(k)));
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** A store row in a documented v1 record's shape: each key from the row (snake or camel case) where it has it. */
function asV1(row: Row, documented: Row): Row {
  const out: Row = {};
  for (const k of Object.keys(documented)) {
    const v = row[k] ?? row[camel(k)];
    out[k] = v === undefined ? documented[k] : v;
  }
  out.id = String(row.id);
  return conform(out, documented) as Row;
}

function isRowMap(fields: Row): Row | undefined {
  const first = fields['0'];
  return typeof first === 'object' && first !== null ? (first as Row) : undefined;
}

/** Serves `action` from the engine, or undefined when the catalog does not document it. */
export function serveV1(action: string, call: V1Call): SandboxResponse | undefined {
  const m = byAction.get(action);
  if (!m) return undefined;
  const fields = documentedFields(m);
  const resource = resourceOf(action);
  const model = resource && resourceByName.get(resource.table);
  if (!resource || !model) return ok(call, fields);
  const { table } = resource;
  const { db } = call;
  const verb = verbOf(action, resource.prefix);
  const param = (name: string) => call.param(name)?.trim() ?? '';
  const rows = () => [...(call.store.tables.get(table)?.rows.values() ?? [])];
  switch (verb) {
    case 'read': {
      const keyed = (['email', 'username', 'hash'] as const).find((k) => param(k) !== '');
      const row = keyed
        ? rows().find((r) => text(r[keyed]).toLowerCase() === param(keyed).toLowerCase())
        : db.find(table, param('id') || param('ids').split(',')[0] || '');
      return row ? ok(call, asV1(db.wire(table, row), fields)) : fail(call);
    }
    case 'list': {
      const item = isRowMap(fields);
      const wanted = param('ids') || param('id');
      const all = rows();
      const chosen = wanted && wanted !== 'all' ? all.filter((r) => wanted.split(',').includes(r.id)) : all;
      if (!item) return ok(call, fields);
      return chosen.length > 0
        ? ok(call, numbered(chosen.slice(0, 100).map((r) => asV1(db.wire(table, r), item))))
        : fail(call);
    }
    case 'delete': {
      const ids = (param('ids') || param('id'))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const removed = ids.filter((id) => db.remove(table, id));
      return removed.length > 0 ? ok(call, fields, 'Deleted') : fail(call);
    }
    case 'add':
    case 'edit': {
      const current = verb === 'edit' ? db.find(table, param('id')) : undefined;
      if (verb === 'edit' && !current) return fail(call);
      const { writable } = shapeOfTable(table);
      const attrs: Attrs = {};
      for (const [k, v] of call.pairs) {
        const key = writable.has(k) ? k : camel(k);
        if (writable.has(key) && !/^api_/.test(k)) attrs[key] = v;
      }
      // The same unique keys and relation checks as v3: a duplicate title or a missing related record fails.
      const settled = settleWrite(call.store, db, model, current, attrs);
      if (settled.kind === 'existing') return ok(call, { ...fields, id: settled.row.id }, 'Added');
      if (settled.kind === 'refused' || settled.errors.length > 0) {
        return fail(call, settled.errors.map((e) => e.title).join('; '));
      }
      const row = settled.target ? db.update(table, settled.target, attrs) : db.insert(table, attrs);
      return ok(call, { ...fields, ...(verb === 'add' ? { id: row.id } : {}) }, verb === 'add' ? 'Added' : 'Updated');
    }
    default:
      return ok(call, fields);
  }
}

import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import { csvCell, exportParts } from './export';
import { expectedPages, fetchAllNext, fetchAllStart, remainingMs } from './fetch-plan';
import { createPageMerge } from './merge';
import { isLastPage, lastOffset, modePatch, pageLabel, pageSteps, readPage, withParams } from './page';
import { pagingSpecOf, type PagingSpec } from './paging-spec';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`no method ${id}`);
  return m;
}

function spec(id: string): PagingSpec {
  const s = pagingSpecOf(method(id));
  if (!s) throw new Error(`${id} does not page`);
  return s;
}

function must<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('expected a page');
  return v;
}

const contacts = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: String(from + i), email: `c${from + i}@example.org` }));

describe('paging spec from the catalog', () => {
  it('knows v3 offset paging with its maximum, and keyset paging for contacts', () => {
    expect(spec('v3.contacts.list')).toEqual({
      style: 'offset',
      api: 'v3',
      defaultLimit: 20,
      maxLimit: 100,
      keyset: true,
      rootKey: 'contacts',
    });
    expect(spec('v3.tags.list')).toMatchObject({ style: 'offset', keyset: false, rootKey: 'tags' });
  });

  it('knows v1 *_paginator actions and page-based v1 lists, and leaves other methods alone', () => {
    expect(spec('v1.contact_paginator')).toMatchObject({ style: 'offset', api: 'v1', rootKey: 'rows' });
    expect(spec('v1.contact_list')).toEqual({ style: 'page', api: 'v1', pageSize: 20 });
    expect(pagingSpecOf(method('v3.contacts.create'))).toBeUndefined();
    expect(pagingSpecOf(method('v3.contacts.get'))).toBeUndefined();
  });
});

describe('offset pages', () => {
  const s = spec('v3.contacts.list');
  it('reads "1–20 of 22" with meta.total as a string and offers Next and Last', () => {
    const page = readPage(s, { params: {} }, { contacts: contacts(1, 20), meta: { total: '22' } });
    expect(page).toMatchObject({ mode: 'offset', offset: 0, limit: 20, total: 22, lastId: 20 });
    if (!page) return;
    expect(pageLabel(page)).toBe('1–20 of 22');
    expect(pageSteps(page)).toEqual({ next: { offset: 20 }, last: { offset: 20 } });
  });

  it('on the last page offers only First and Previous', () => {
    const page = readPage(
      s,
      { params: { offset: '20', limit: 20 } },
      { contacts: contacts(21, 2), meta: { total: 22 } },
    );
    if (!page) throw new Error('no page');
    expect(pageLabel(page)).toBe('21–22 of 22');
    expect(isLastPage(page)).toBe(true);
    expect(pageSteps(page)).toEqual({ first: { offset: 0 }, previous: { offset: 0 } });
  });

  it('computes the last offset for exact and partial last pages', () => {
    expect(lastOffset(22, 20)).toBe(20);
    expect(lastOffset(40, 20)).toBe(20);
    expect(lastOffset(41, 20)).toBe(40);
    expect(lastOffset(0, 20)).toBe(0);
  });

  it('treats an empty list as one last page with no steps', () => {
    const page = readPage(s, { params: {} }, { contacts: [], meta: { total: '0' } });
    if (!page) throw new Error('no page');
    expect(pageLabel(page)).toBe('No records');
    expect(isLastPage(page)).toBe(true);
    expect(pageSteps(page)).toEqual({});
  });

  it('without a total, a full page has a Next and no Last', () => {
    const page = readPage(s, { params: { limit: 2 } }, { contacts: contacts(1, 2) });
    if (!page) throw new Error('no page');
    expect(pageSteps(page)).toEqual({ next: { offset: 2 } });
  });

  it('is no page for a body without the list', () => {
    expect(readPage(s, { params: {} }, { message: 'Forbidden' })).toBeUndefined();
    expect(readPage(s, { params: {} }, 'text')).toBeUndefined();
  });
});

describe('keyset pages (contacts)', () => {
  const s = spec('v3.contacts.list');
  it('switches to id_greater with orders[id]=ASC and steps by the last id', () => {
    const values = withParams({ params: { offset: 40, search: 'doe' } }, modePatch('keyset'));
    expect(values.params).toEqual({ search: 'doe', id_greater: 0, 'orders[id]': 'ASC' });
    const page = readPage(s, values, { contacts: contacts(1, 20), meta: { total: '250' } });
    if (!page) throw new Error('no page');
    expect(page.mode).toBe('keyset');
    expect(pageLabel(page)).toBe('1–20 of 250 after id 0');
    expect(pageSteps(page)).toEqual({ next: { id_greater: 20 } });
    const second = readPage(s, withParams(values, { id_greater: 20 }), {
      contacts: contacts(21, 20),
      meta: { total: '230' },
    });
    if (!second) throw new Error('no page');
    expect(pageSteps(second)).toEqual({ first: { id_greater: 0 }, next: { id_greater: 40 } });
  });

  it('knows the keyset last page from the remaining total', () => {
    const values = { params: { id_greater: 240, 'orders[id]': 'ASC' } };
    const page = readPage(s, values, { contacts: contacts(241, 10), meta: { total: '10' } });
    if (!page) throw new Error('no page');
    expect(isLastPage(page)).toBe(true);
    expect(fetchAllNext(values, page)).toBeUndefined();
  });
});

describe('v1 pages', () => {
  it('reads a *_paginator answer: rows, total as a string, offset/limit', () => {
    const s = spec('v1.contact_paginator');
    const body = { result_code: 1, paginator: 1, offset: 0, limit: 2, total: '5', cnt: 2, rows: contacts(1, 2) };
    const page = readPage(s, { params: { limit: 2, offset: 0 } }, body);
    if (!page) throw new Error('no page');
    expect(pageLabel(page)).toBe('1–2 of 5');
    expect(pageSteps(page)).toEqual({ next: { offset: 2 }, last: { offset: 4 } });
  });

  it('reads a page-based v1 list keyed "0", "1", … and steps by page number', () => {
    const s = spec('v1.contact_list');
    const body: Record<string, unknown> = { result_code: 1, result_message: 'Success' };
    contacts(21, 20).forEach((c, i) => (body[String(i)] = c));
    const page = readPage(s, { params: { page: 2 } }, body);
    if (!page) throw new Error('no page');
    expect(page.records).toHaveLength(20);
    expect(pageLabel(page)).toBe('21–40');
    expect(pageSteps(page)).toEqual({ first: { page: 1 }, previous: { page: 1 }, next: { page: 3 } });
  });
});

describe('fetch all and merging', () => {
  const s = spec('v3.contacts.list');
  it('starts at offset 0 with the chosen page size, else the largest, and walks to the end', () => {
    expect(fetchAllStart(s, { params: { offset: 60, limit: 20, search: 'x' } }).params).toEqual({
      offset: 0,
      limit: 20,
      search: 'x',
    });
    const start = fetchAllStart(s, { params: { offset: 60, search: 'x' } });
    expect(start.params).toEqual({ offset: 0, search: 'x', limit: 100 });
    const first = readPage(s, start, { contacts: contacts(1, 100), meta: { total: '250' } });
    if (!first) throw new Error('no page');
    expect(expectedPages(first)).toBe(3);
    expect(fetchAllNext(start, first)?.params.offset).toBe(100);
  });

  it('keeps a keyset start when the user chose keyset paging', () => {
    const start = fetchAllStart(s, { params: { id_greater: 500, 'orders[id]': 'ASC', limit: 500 } });
    expect(start.params).toEqual({ id_greater: 0, 'orders[id]': 'ASC', limit: 100 });
  });

  it('merges pages into one document with the root key and the stated total, consistent data reports nothing', () => {
    const merge = createPageMerge();
    const v = { params: { limit: 2 } };
    merge.add(
      must(readPage(s, { params: { ...v.params, offset: 0 } }, { contacts: contacts(1, 2), meta: { total: '3' } })),
    );
    merge.add(
      must(readPage(s, { params: { ...v.params, offset: 2 } }, { contacts: contacts(3, 1), meta: { total: '3' } })),
    );
    const doc = JSON.parse(merge.documentText(true)) as { contacts: { id: string }[]; meta: { total: string } };
    expect(doc.contacts.map((c) => c.id)).toEqual(['1', '2', '3']);
    expect(doc.meta.total).toBe('3');
    expect(merge.report(true).problems).toEqual([]);
    expect(merge.columns).toEqual(['id', 'email']);
  });

  it('detects duplicates and gaps when the data changes between pages, and suggests keyset paging', () => {
    const merge = createPageMerge();
    // A contact was added before page 2 was read: record 20 slides onto page 2 and comes twice.
    merge.add(must(readPage(s, { params: { offset: 0 } }, { contacts: contacts(1, 20), meta: { total: '41' } })));
    merge.add(must(readPage(s, { params: { offset: 20 } }, { contacts: contacts(20, 20), meta: { total: '42' } })));
    merge.add(must(readPage(s, { params: { offset: 40 } }, { contacts: contacts(39, 3), meta: { total: '42' } })));
    const dup = merge.report(true);
    expect(dup.duplicates).toBe(2);
    expect(dup.duplicateIds).toEqual([20, 39]);
    expect(dup.totalChanged).toBe(true);
    expect(dup.problems.join(' ')).toMatch(/came twice.*keyset paging/);

    const gap = createPageMerge();
    // Two contacts were deleted between pages: page 2 is short although page 3 follows, and two are missing.
    gap.add(must(readPage(s, { params: { offset: 0, limit: 3 } }, { contacts: contacts(1, 3), meta: { total: '9' } })));
    gap.add(must(readPage(s, { params: { offset: 3, limit: 3 } }, { contacts: contacts(6, 2), meta: { total: '7' } })));
    gap.add(must(readPage(s, { params: { offset: 6, limit: 3 } }, { contacts: contacts(8, 2), meta: { total: '7' } })));
    const report = gap.report(true);
    expect(report.missing).toBe(2);
    expect(report.problems.join(' ')).toMatch(/9, but only 7 distinct records arrived: 2 missing/);
    expect(report.problems.join(' ')).toMatch(/Page 2 was short/);
  });

  it('estimates the time left from the pace, never below the rate limit', () => {
    expect(remainingMs(1000, 5, 10, 5)).toBe(2000);
    expect(remainingMs(100, 5, 10, 5)).toBe(2000);
    expect(remainingMs(5000, 5, 10, 5)).toBe(10000);
    expect(remainingMs(5000, 5, 0, 5)).toBe(0);
  });
});

describe('exports', () => {
  const pages = [
    [
      { id: '1', email: 'a@example.org', fieldValues: [{ field: '1', value: 'x' }] },
      { id: '2', email: 'b,c@example.org', note: 'say "hi"\nbye' },
    ],
    [{ id: '3', email: 'd@example.org', nested: { deep: true } }],
  ];
  const columns = ['id', 'email', 'fieldValues', 'note', 'nested'];

  it('writes CSV with a header from the record fields, nested values as JSON, quoting as RFC 4180', () => {
    const csv = [...exportParts('csv', columns, pages)].join('');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,email,fieldValues,note,nested');
    expect(lines[1]).toBe('1,a@example.org,"[{""field"":""1"",""value"":""x""}]",,');
    expect(csv).toContain('2,"b,c@example.org",,"say ""hi""\nbye",');
    expect(lines.at(-2)).toBe('3,d@example.org,,,"{""deep"":true}"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('writes NDJSON one record a line and JSON as one array', () => {
    const nd = [...exportParts('ndjson', columns, pages)].join('');
    expect(
      nd
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['1', '2', '3']);
    const json = JSON.parse([...exportParts('json', columns, pages)].join('')) as unknown[];
    expect(json).toHaveLength(3);
    expect(json[2]).toEqual(pages[1]?.[0]);
  });
});

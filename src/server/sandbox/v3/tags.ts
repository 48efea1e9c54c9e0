import { tagContact } from '../contact-ops';
import { json, notFound, type SandboxResponse } from '../http-types';
import { byId, insert, removeWhere, type SandboxStore, type TagRecord } from '../store';
import {
  applyOrders,
  failIf,
  filter,
  page,
  readRoot,
  requireFields,
  route,
  text,
  type Ctx,
  type Route,
  deleteById,
} from './common';
import { contactTagJson, tagJson } from './serialize-lists';

function withCount(store: SandboxStore, t: TagRecord): Record<string, unknown> {
  let n = 0;
  for (const ct of store.contactTags.rows.values()) if (ct.tag === t.id) n++;
  return { ...tagJson(store, t), subscriber_count: String(n) };
}

/** GET /api/3/tags — `search` / `filters[search]` (contains), `orders[search]`. */
function listTags({ store, req }: Ctx): SandboxResponse {
  const search = (req.query.get('search') ?? filter(req.query, 'search') ?? '').toLowerCase();
  const rows = [...store.tags.rows.values()].filter((t) => t.tag.toLowerCase().includes(search));
  const ordered = applyOrders(rows, req.query, { search: (t) => t.tag.toLowerCase() });
  if (!ordered.ok) return ordered.response;
  return page(req, 'tags', ordered.value, (t) => tagJson(store, t));
}

function getTag({ store, params }: Ctx): SandboxResponse {
  const tag = byId(store.tags, params.id);
  return tag ? json(200, { tag: withCount(store, tag) }) : notFound('Tag', params.id ?? '');
}

function duplicate(store: SandboxStore, name: string, self?: number): boolean {
  return [...store.tags.rows.values()].some((t) => t.tag.toLowerCase() === name.toLowerCase() && t.id !== self);
}

/** POST /api/3/tags — 201; a missing or duplicate name is a 422. */
function createTag({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'tag');
  if (!root.ok) return root.response;
  const errors = requireFields(root.value, ['tag']);
  const name = text(root.value.tag).trim();
  if (name && duplicate(store, name)) {
    errors.push({ title: 'Duplicate entry', detail: `Tag "${name}" already exists`, code: 'duplicate', field: 'tag' });
  }
  const refused = failIf(errors);
  if (refused) return refused;
  const tag = insert(store.tags, (id) => ({
    id,
    tag: name,
    tagType: text(root.value.tagType, 'contact'),
    description: text(root.value.description),
    cdate: store.now().getTime(),
  }));
  return json(201, { tag: tagJson(store, tag) });
}

function updateTag({ store, req, params }: Ctx): SandboxResponse {
  const tag = byId(store.tags, params.id);
  if (!tag) return notFound('Tag', params.id ?? '');
  const root = readRoot(req, 'tag');
  if (!root.ok) return root.response;
  const name = root.value.tag === undefined ? undefined : text(root.value.tag).trim();
  if (name !== undefined) {
    const errors = requireFields(root.value, ['tag']);
    if (name && duplicate(store, name, tag.id)) {
      errors.push({
        title: 'Duplicate entry',
        detail: `Tag "${name}" already exists`,
        code: 'duplicate',
        field: 'tag',
      });
    }
    const refused = failIf(errors);
    if (refused) return refused;
    tag.tag = name;
  }
  if (root.value.tagType !== undefined) tag.tagType = text(root.value.tagType);
  if (root.value.description !== undefined) tag.description = text(root.value.description);
  return json(200, { tag: tagJson(store, tag) });
}

/** DELETE /api/3/tags/{id} — the tag's contact links go with it. */
const deleteTag = deleteById(
  (store) => store.tags,
  'Tag',
  (store, tag) => {
    removeWhere(store.contactTags, (ct) => ct.tag === tag.id);
  },
);

/** The contactTags error shapes carry `status` and no `code`, as documented for this endpoint. */
function contactTagError(status: number, title: string, extra: Record<string, unknown>): SandboxResponse {
  return json(status, { errors: [{ status, title, ...extra }] });
}

/** POST /api/3/contactTags — tags a contact (idempotent). */
function createContactTag({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'contactTag');
  if (!root.ok) return root.response;
  for (const field of ['contact', 'tag']) {
    if (text(root.value[field]).trim() === '') {
      return contactTagError(422, 'Missing attribute', {
        detail: `The ${field} attribute is required`,
        code: 'field_missing',
        source: { pointer: `/data/attributes/${field}` },
      });
    }
  }
  const contact = byId(store.contacts, text(root.value.contact));
  if (!contact) return contactTagError(404, 'Not Found', { detail: 'Contact not found' });
  const tag = byId(store.tags, text(root.value.tag));
  if (!tag) return contactTagError(404, 'Not Found', { detail: 'Tag not found' });
  return json(201, { contactTag: contactTagJson(store, tagContact(store, contact.id, tag.id)) });
}

const deleteContactTag = deleteById((store) => store.contactTags, 'SubscriberTag');

export const tagRoutes: readonly Route[] = [
  route('GET', '/api/3/tags', listTags),
  route('POST', '/api/3/tags', createTag),
  route('GET', '/api/3/tags/{id}', getTag),
  route('PUT', '/api/3/tags/{id}', updateTag),
  route('DELETE', '/api/3/tags/{id}', deleteTag),
  route('POST', '/api/3/contactTags', createContactTag),
  route('DELETE', '/api/3/contactTags/{id}', deleteContactTag),
];

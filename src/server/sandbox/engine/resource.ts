/**
 * The vocabulary of a resource declaration: everything the engine needs to
 * serve one kind of record (contacts, deal tasks, e-commerce orders…) as
 * ActiveCampaign does. A resource is data — its catalog methods, defaults,
 * relations, unique keys, filters and orders, seed rows — plus, where the
 * real API does something particular, a small hook or an override.
 */
import type { V3Method } from '../../../core/catalog/types';
import type { FieldError, SandboxRequest, SandboxResponse } from '../http-types';
import type { SandboxStore } from '../store';

/** A stored record: its attributes in wire form (string ids, documented date formats), keyed by `id`. */
export type Row = { id: string } & Record<string, unknown>;
export type Attrs = Record<string, unknown>;

/** The comparison in `filters[<name>][<op>]=v` (plain `filters[<name>]=v` uses the filter's own default). */
export type Operator = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains' | 'starts_with';

interface QueryCtx {
  db: Db;
  query: URLSearchParams;
}

/** A query parameter that narrows a listing: from its value and operator, a test for each row. */
export type Filter = (value: string, op: Operator | undefined, ctx: QueryCtx) => (row: Row) => boolean;

/** What `orders[<key>]` sorts by: an attribute, or a value computed from the row. */
interface Order {
  by: string | ((row: Row) => string | number);
  /** For `weight`: the query parameters holding the text to rank against (exact, then prefix, then the rest). */
  weightFrom?: readonly string[];
}

export interface Relation {
  /** The attribute holding the other record's id. */
  field: string;
  /** The table it points at. */
  to: string;
  /** What deleting the other record does here: delete this too, clear the attribute, or nothing. */
  onDelete: 'cascade' | 'clear' | 'keep';
  /** Polymorphic keys (a note's `relid`): the relation holds only while `field` of the row equals `equals`. */
  when?: { field: string; equals: string };
  /** Whether writes naming a record that does not exist are refused (422 related_missing); default true. */
  checked?: boolean;
  /** The `links` name that leads to the related record, when it is not `field` (`groupDefinition` for `group_id`). */
  link?: string;
}

export interface UniqueKey {
  fields: readonly string[];
  ignoreCase?: boolean;
  /** A create that collides: refuse with 422, answer with the existing record, or write into it. */
  onConflict: 'refuse' | 'existing' | 'update';
  /** The 422 title when refused. */
  title?: string;
}

export type OpKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'upsert' | 'action';

/** The parent a nested path names with its first parameter: `/contacts/{id}/deals` → deals whose `contact` is id. */
interface ParentSpec {
  table: string;
  field: string;
  /** Attributes a write under this parent sets (a deal note's `reltype: "Deal"`). */
  set?: Attrs;
}

export interface OpSpec {
  kind: OpKind;
  parent?: ParentSpec;
  /** get/update/delete: the attribute the last path parameter is matched against (default `id`). */
  by?: string;
  /** A fixed record id, for paths that name no id (`/users/me`). */
  id?: string;
  /** With `parent`: the record is the one the parent's `via` attribute names (a contact's `orgid`). */
  via?: string;
  /** The record is the whole answer, not under a root key (`GET /lists/exclusions/{id}`). */
  flat?: boolean;
  /** upsert: the attributes that identify the existing record. */
  key?: readonly string[];
  /** The answer's key for the record(s) when the documented body uses another (defaults from the example). */
  root?: string;
  /** Sideloads beyond the documented ones (`GET /contacts/{id}` also carries `contactTags`). */
  include?: readonly string[];
  /** Documented sideloads the API sends empty (`scoreValues: []` beside a page of contacts). */
  emptySideloads?: readonly string[];
  /** An override: answers the call itself, with the generic behaviour available as `generic()`. */
  handle?: (ctx: OpCtx, generic: () => SandboxResponse) => SandboxResponse;
}

/** A catalog method bound to its resource, with what its documentation says. */
export interface Op {
  method: V3Method;
  resource: Resource;
  spec: OpSpec;
  /** The documented success status. */
  status: number;
  /** The documented success body as an object (`{}` when it is none or not an object). */
  example: Attrs;
  /** The documented success body as documented (a few are strings or arrays), if any. */
  documented: unknown;
  /** The answer's key holding the record (or the records, for a list). */
  root: string | undefined;
  /** The documented record this method answers with (the first item, for a list). */
  itemExample: unknown;
  /** The request body's root key (`contact` in `{"contact": {...}}`), if it has one. */
  bodyRoot: string | undefined;
}

/**
 * The engine's record operations, handed to hooks, overrides and seeds (so a
 * resource declaration never imports the engine that reads it). Every write
 * keeps timestamps, unique keys and relations true.
 */
export interface Db {
  readonly store: SandboxStore;
  /** The record `id` of `table`, if it exists. */
  find(table: string, id: unknown): Row | undefined;
  /** The records of `table` whose `field` holds `id`. */
  children(table: string, field: string, id: string): Row[];
  /** The first record of `table` whose unique key holds these values. */
  findBy(table: string, values: Attrs): Row | undefined;
  /** Inserts a record with the next id, stamped now (or at `at`, epoch ms). */
  insert(table: string, attrs: Attrs, at?: number): Row;
  /** Writes attributes into a record and stamps its updated timestamps. */
  update(table: string, row: Row, attrs: Attrs): Row;
  /** Deletes a record and everything its relations cascade to; false when it does not exist. */
  remove(table: string, id: string): boolean;
  /** The record as the API sends it (documented shape, computed attributes, `links`). */
  wire(table: string, row: Row): Attrs;
}

export interface OpCtx {
  db: Db;
  store: SandboxStore;
  req: SandboxRequest;
  params: Record<string, string>;
  op: Op;
}

export interface WriteCtx extends OpCtx {
  /** The record being updated (undefined on create). */
  current?: Row;
}

interface Hooks {
  /** Checks beyond the documented schema (cross-field rules); each error is a 422 with its pointer. */
  check?(input: Attrs, ctx: WriteCtx): FieldError[];
  /** Normalises what is written (a deal's pipeline follows its stage). */
  prepare?(input: Attrs, ctx: WriteCtx): Attrs;
  /** Writes that go with this one (a contact's `fieldValues`, a new pipeline's default stages). */
  afterWrite?(row: Row, input: Attrs, ctx: WriteCtx): void;
  /** Runs before the record and what cascades from it are deleted. */
  beforeDelete?(row: Row, db: Db): void;
}

/** Seeds a resource: `add` inserts a row stamped at `at` (epoch ms); ids are handed out 1, 2, 3… */
type Seeder = (add: (attrs: Attrs, at?: number) => Row, db: Db) => void;

export interface Resource {
  /** The table, named after the plural JSON root (`contacts`, `dealTasks`). */
  name: string;
  /** The singular JSON root (`contact`). */
  singular: string;
  /** Where records are reached, `/api/3/<base>/<id>` (default: `name`). */
  base?: string;
  /** The entity in ActiveCampaign's 404 wording ("No Result found for Subscriber with id 1"). */
  entity: string;
  /** Ids other than 1, 2, 3… (custom objects use UUIDs): the id for the n-th record. */
  newId?: (n: number) => string;
  /** Catalog method id → what the method does to this resource. */
  methods: Readonly<Record<string, OpKind | OpSpec>>;
  /** Attribute values of a record nobody set (overriding the catalog example's values). */
  defaults?: Attrs;
  /** Attributes stamped when a record is created, besides `cdate` and `created_*` (a membership's `sdate`). */
  stampedOnCreate?: readonly string[];
  /** Attributes derived on every read (counts, hashes, the ids of children). */
  computed?: (row: Row, db: Db) => Attrs;
  relations?: readonly Relation[];
  unique?: readonly UniqueKey[];
  /** Query parameters that narrow a listing (`search`, `filters[email]`…), beyond the generic `filters[<attr>]`. */
  filters?: Readonly<Record<string, Filter>>;
  /** `orders[<key>]` beyond the record's own attributes. */
  orders?: Readonly<Record<string, Order>>;
  /** This resource's 422, where it differs from AC's usual `errors[].source.pointer` shape. */
  invalid?: (errors: readonly FieldError[]) => SandboxResponse;
  /** A listing's `meta` beyond `total` (contacts echo `page_input`, deals sum `currencies`). */
  listMeta?: (ctx: { query: URLSearchParams; total: number; rows: () => Row[] }) => Attrs;
  hooks?: Hooks;
  seed?: Seeder;
}

/**
 * The method-schema format: every API method the explorer knows is one
 * declarative `MethodDef`. Forms, validation, requests, docs and the
 * contract check are all derived from it, so nothing is written twice.
 */

/** A JSON-Schema-like description of one value, small enough to derive zod and form fields from. */
export type Schema = StringSchema | NumberSchema | BooleanSchema | ArraySchema | ObjectSchema | MapSchema | JsonSchema;

interface SchemaBase {
  /** One line in our own words, shown under the field. */
  description?: string;
  /** A realistic value used by "Fill example" and the docs. */
  example?: unknown;
}

export interface StringSchema extends SchemaBase {
  type: 'string';
  /** `date` is YYYY-MM-DD; `date-time` is ISO 8601 with offset, as ActiveCampaign returns. */
  format?: 'email' | 'url' | 'date' | 'date-time' | 'password';
  enum?: readonly string[];
  default?: string;
  minLength?: number;
  maxLength?: number;
}

export interface NumberSchema extends SchemaBase {
  type: 'integer' | 'number';
  enum?: readonly number[];
  default?: number;
  minimum?: number;
  maximum?: number;
}

export interface BooleanSchema extends SchemaBase {
  type: 'boolean';
  default?: boolean;
}

export interface ArraySchema extends SchemaBase {
  type: 'array';
  items: Schema;
}

export interface ObjectSchema extends SchemaBase {
  type: 'object';
  properties: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  /** Exceptions to `required` made by a boolean sibling set to true (see `RequiredWaiver`). */
  waivers?: readonly RequiredWaiver[];
}

/**
 * `field` (listed in `required`) may be left out while the boolean `when` is true; `instead` is then
 * required. ActiveCampaign's phone-only contacts: `email` unless `allowNullEmail`, then `phone`.
 */
export interface RequiredWaiver {
  field: string;
  when: string;
  instead: readonly string[];
}

/**
 * Bracketed key/value parameters such as v1's `p[<listId>]=<listId>` or
 * `field[%PERS_1%,0]=value`, and v3's `orders[<field>]=ASC`. A `ParamDef`
 * named `p` with this schema serialises each entry as `p[<key>]=<value>`.
 */
export interface MapSchema extends SchemaBase {
  type: 'map';
  /** What a key means, e.g. "List id" or "Field id or %PERS_TAG%,0". */
  keyLabel: string;
  /** Allowed keys, when the set is closed (e.g. sortable fields). */
  keyEnum?: readonly string[];
  value: StringSchema | NumberSchema;
}

/** Free-form JSON, for places the API leaves open. */
export interface JsonSchema extends SchemaBase {
  type: 'json';
}

/** Where a parameter travels on the wire. `form` is a v1 form-encoded POST field. */
type ParamLocation = 'path' | 'query' | 'form';

export interface ParamDef {
  /** The exact wire name, e.g. `limit`, `filters[email]`, `p[1]`. */
  name: string;
  in: ParamLocation;
  required?: boolean;
  /** Secrets are replaced by a placeholder in every output (bundle, history, snippets). */
  secret?: boolean;
  schema: Schema;
  description?: string;
}

export interface ResponseDoc {
  status: number;
  /** What this outcome means, in our words. */
  description: string;
  /** A representative body; its shape is what the contract check compares against. */
  example?: unknown;
  /**
   * Keys the API may leave out (feature-, plan- or version-dependent). Each entry is a key path or the end of
   * one, with `[]` for array items: `meta` marks the top-level `meta`, `adate` marks `adate` at any depth,
   * `fields[].options` marks `options` in every item of any `fields` array. Every other documented key is required.
   */
  optional?: readonly string[];
  /** Keys that may be `null` although the example shows a value (same path syntax). A key whose example is `null` is nullable already. */
  nullable?: readonly string[];
  /** Keys whose JSON type varies, e.g. values the API echoes as they were sent (number or numeric string). */
  anyType?: readonly string[];
}

/**
 * What a call does to the account, for the safety rails (`src/core/safety/`): a read-only connection refuses
 * everything but `read`, and on a real account `destructive` and `sends-messages` calls ask first.
 * - `read`: changes nothing.
 * - `write`: creates or changes data in a way that can be changed back.
 * - `destructive`: deletes, or overwrites what cannot be restored from here (bulk imports, v1 edits that clear
 *   every field and list that was not sent).
 * - `sends-messages`: can reach real people: sends or schedules a campaign, starts an automation for a contact, or
 *   subscribes contacts to lists (whose autoresponders and list-triggered automations then run).
 */
export type MethodKind = 'read' | 'write' | 'destructive' | 'sends-messages';

interface MethodBase {
  /** Stable id used in deep links, e.g. `v3.contacts.create`. */
  id: string;
  /** Sidebar group, e.g. `Contacts`. */
  group: string;
  /** Short imperative title, also the method's accessible name, e.g. "Create a contact". */
  summary: string;
  /** What it does, when to use it, and a gotcha if there is one. */
  description: string;
  http: HttpMethod;
  /** What the call does to the account (see `MethodKind`); required, so a new method cannot skip the decision. */
  kind: MethodKind;
  params: readonly ParamDef[];
  responses: readonly ResponseDoc[];
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface V3Method extends MethodBase {
  api: 'v3';
  /** Path template below the account origin, e.g. `/api/3/contacts/{id}`. */
  path: string;
  /**
   * JSON request body: usually an object whose top-level property is ActiveCampaign's singular root key;
   * an array for the few bulk calls that take a bare JSON array.
   */
  body?: ObjectSchema | ArraySchema;
  /** Whether the JSON body must be sent (false for optional bodies). */
  bodyRequired?: boolean;
  /**
   * Not in ActiveCampaign's published reference: an endpoint the API serves and real clients (ETL taps, wrappers,
   * integrations) call, described from what they send and receive. The docs say so next to the method.
   */
  unpublished?: true;
}

export interface V1Method extends MethodBase {
  api: 'v1';
  /** The `api_action` query value, e.g. `contact_view_email`. */
  action: string;
}

export type MethodDef = V3Method | V1Method;

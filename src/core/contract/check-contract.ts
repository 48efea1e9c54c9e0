import type { MethodDef, ResponseDoc } from '../catalog/types';

export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export interface ContractDifference {
  /** JSON path in the actual body, e.g. `contacts[0].id`; empty for the status. */
  path: string;
  kind: 'missing' | 'type' | 'status' | 'unparsable';
  message: string;
}

/** The optional / nullable / any-type markers of one documented response (see `ResponseDoc`). */
export interface ShapeMarkers {
  optional?: readonly string[] | undefined;
  nullable?: readonly string[] | undefined;
  anyType?: readonly string[] | undefined;
}

/** The JSON kind of a value. */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** How many array items are compared with the documented item (enough to catch drift, cheap on huge pages). */
const ITEMS_CHECKED = 25;

/**
 * A documented value reduced to what the check needs: the kinds it may have,
 * its keys (each required or not) and its array item. Several documented array
 * items merge into one: a key is required only when every item has it, and a
 * key's kinds are the union, so an example list with varied items documents
 * its variety instead of raising alarms.
 */
interface Shape {
  kinds: Set<ValueKind>;
  props?: Map<string, { shape: Shape; required: boolean }>;
  item?: Shape;
}

/** The shape a documented example describes. */
function shapeOf(value: unknown): Shape {
  const kind = kindOf(value);
  const shape: Shape = { kinds: new Set([kind]) };
  if (kind === 'object') {
    shape.props = new Map(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, { shape: shapeOf(v), required: true }]),
    );
  } else if (kind === 'array') {
    const items = (value as unknown[]).map(shapeOf);
    if (items.length) shape.item = items.reduce(mergeShapes);
  }
  return shape;
}

function mergeShapes(a: Shape, b: Shape): Shape {
  const merged: Shape = { kinds: new Set([...a.kinds, ...b.kinds]) };
  if (a.props || b.props) {
    const props = new Map<string, { shape: Shape; required: boolean }>();
    for (const key of new Set([...(a.props?.keys() ?? []), ...(b.props?.keys() ?? [])])) {
      const x = a.props?.get(key);
      const y = b.props?.get(key);
      // Only a key both sides have stays required (one side without props is not an object: it says nothing).
      const required = (x?.required ?? !a.props) && (y?.required ?? !b.props);
      const shape = x && y ? mergeShapes(x.shape, y.shape) : (x?.shape ?? y?.shape);
      if (shape) props.set(key, { shape, required });
    }
    merged.props = props;
  }
  if (a.item || b.item) merged.item = a.item && b.item ? mergeShapes(a.item, b.item) : (a.item ?? b.item);
  return merged;
}

/** Whether a marker names this key path: the whole path (indices as `[]`) or its end, at a key boundary. */
function marked(list: readonly string[] | undefined, shapePath: string): boolean {
  return !!list?.some((m) => shapePath === m || shapePath.endsWith(`.${m}`));
}

/**
 * Compares an actual body with a documented example's shape. A documented
 * key must be present (unless optional) with a documented kind (unless
 * nullable and null, or any-type). Extra keys are fine: the API adds fields.
 * Built-in rules, each true of ActiveCampaign as a whole: a key whose example
 * is `null` may hold anything; an empty array stands for an empty object
 * (PHP encodes an empty map as `[]`); the members of a `links` object
 * (hypermedia pointers that vary with the account's features) are optional.
 */
export function compareShape(expected: unknown, actual: unknown, markers: ShapeMarkers = {}): ContractDifference[] {
  return compare(shapeOf(expected), actual, markers, '', '');
}

function compare(
  shape: Shape,
  actual: unknown,
  m: ShapeMarkers,
  path: string,
  shapePath: string,
): ContractDifference[] {
  const { kinds } = shape;
  if (kinds.size === 1 && kinds.has('null')) return [];
  if (marked(m.anyType, shapePath)) return [];
  const ak = kindOf(actual);
  if (ak === 'null' && (kinds.has('null') || marked(m.nullable, shapePath))) return [];
  if (ak === 'array' && (actual as unknown[]).length === 0 && kinds.has('object')) return [];
  if (!kinds.has(ak)) {
    const documented = [...kinds].filter((k) => k !== 'null').map(article);
    return [
      {
        path: path || '$',
        kind: 'type',
        message: `${path || 'The body'} is ${article(ak)}, documented as ${documented.join(' or ')}.`,
      },
    ];
  }
  if (ak === 'array') {
    const item = shape.item;
    if (!item) return [];
    return (actual as unknown[])
      .slice(0, ITEMS_CHECKED)
      .flatMap((v, i) => compare(item, v, m, `${path}[${i}]`, `${shapePath}[]`));
  }
  if (ak === 'object' && shape.props) {
    const a = actual as Record<string, unknown>;
    const inLinks = shapePath === 'links' || shapePath.endsWith('.links');
    return [...shape.props].flatMap(([key, prop]) => {
      const child = path ? `${path}.${key}` : key;
      const childShape = shapePath ? `${shapePath}.${key}` : key;
      if (!(key in a)) {
        if (!prop.required || inLinks || marked(m.optional, childShape)) return [];
        return [{ path: child, kind: 'missing' as const, message: `${child} is missing.` }];
      }
      return compare(prop.shape, a[key], m, child, childShape);
    });
  }
  return [];
}

/** Checks a response against the method's documented responses: status first, then the body's shape. */
export function checkContract(method: MethodDef, status: number, bodyText: string): ContractDifference[] {
  const documented = method.responses.filter((r) => r.status === status);
  if (documented.length === 0) {
    const known = [...new Set(method.responses.map((r) => r.status))].join(', ');
    return [
      { path: '', kind: 'status', message: `HTTP ${status} is not a documented status for this method (${known}).` },
    ];
  }
  const examples = documented.filter((r) => r.example !== undefined);
  if (examples.length === 0) return [];
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [{ path: '$', kind: 'unparsable', message: 'The body is not JSON, but a JSON body is documented.' }];
  }
  // Several documented bodies can share a status (v1 success and failure are both 200): the closest one wins.
  return examples
    .map((r: ResponseDoc) => compareShape(r.example, body, r))
    .reduce((best, d) => (d.length < best.length ? d : best));
}

function article(kind: ValueKind): string {
  return kind === 'null' ? 'null' : `${/^[ao]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

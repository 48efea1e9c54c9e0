import { LazyJson } from './lazy-json';
import { bodyFormat, HEAD_CHARS, parseBody, v1Envelope, type ParsedBody } from './parse-body';
import { plainTree, TreeModel } from './tree-model';

/** What is known about a body once opened; the value itself stays with the tree model. */
export type BodySummary = Exclude<ParsedBody, { kind: 'json' }> | Omit<Extract<ParsedBody, { kind: 'json' }>, 'value'>;

export interface OpenedDocument {
  summary: BodySummary;
  /** Present when the body is shown as a tree. */
  model: TreeModel<unknown> | undefined;
  /** The body as text, when opening it needed the text (everything but lazily read JSON). */
  text?: string;
}

/**
 * Opens a response body for the tree. JSON bytes are read lazily (one
 * validating pass, no values built), which is what keeps 20–100 MB bodies
 * quick; text, XML and anything invalid go through `parseBody`, which
 * explains what is wrong and where.
 */
export function openBody(body: Uint8Array | string, contentType: string | undefined): OpenedDocument {
  if (typeof body !== 'string' && body.length > 0) {
    const head = new TextDecoder().decode(body.subarray(0, HEAD_CHARS));
    const lazy = bodyFormat(head, contentType) === 'json' ? LazyJson.open(body) : undefined;
    if (lazy) {
      const envelope = v1Envelope(lazy, lazy.root);
      return {
        summary: { kind: 'json', format: 'json', ...(envelope ? { envelope } : {}) },
        model: new TreeModel(lazy),
      };
    }
  }
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const parsed = parseBody(text, contentType);
  if (parsed.kind !== 'json') return { summary: parsed, model: undefined, text };
  const { value, ...summary } = parsed;
  return { summary, model: plainTree(value), text };
}

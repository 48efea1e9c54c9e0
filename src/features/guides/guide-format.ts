import type { MethodValues } from '../../core/request/types';
import type { TabTarget } from '../../core/workspace/tab-target';

/**
 * A guide is typed data, not HTML: a list of blocks whose text is inline Markdown (rendered by the safe
 * `src/ui/markdown` reader, so a guide cannot inject markup). Links inside text use the app's own paths
 * (`/guides/paging`, `/recipes/first-call`, `/m/v3.contacts.list`, `/webhooks`) and open as tabs.
 */
export type GuideBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: readonly string[]; ordered: boolean }
  | { kind: 'code'; code: string; caption: string }
  | { kind: 'callout'; tone: 'note' | 'warning'; title: string; text: string }
  | { kind: 'table'; caption: string; head: readonly string[]; rows: readonly (readonly string[])[] }
  /** "Try it": opens the catalog method with exactly these values in its form (not sent). */
  | { kind: 'try'; methodId: string; values: MethodValues; label: string }
  /** A button that opens a guide, a recipe or the webhooks inbox. */
  | { kind: 'go'; target: TabTarget; label: string }
  /** "See also": the related guides and recipes, labelled by their titles. */
  | { kind: 'see'; targets: readonly TabTarget[] };

/** One guide's content; its title and summary live in the first-load index (`guide-index.ts`). */
export interface GuideContent {
  id: string;
  blocks: readonly GuideBlock[];
}

// Short constructors keep the guide modules readable as prose.

/** A paragraph of inline Markdown. */
export const p = (text: string): GuideBlock => ({ kind: 'paragraph', text });
/** A section heading. */
export const h = (text: string): GuideBlock => ({ kind: 'heading', text });
/** A bulleted list; each item is inline Markdown. */
export const bullets = (...items: string[]): GuideBlock => ({ kind: 'list', items, ordered: false });
/** A numbered list; each item is inline Markdown. */
export const steps = (...items: string[]): GuideBlock => ({ kind: 'list', items, ordered: true });
/** A block of code or wire text, shown as is; the caption says what it is. */
export const code = (caption: string, text: string): GuideBlock => ({ kind: 'code', caption, code: text });
/** A highlighted aside. */
export const note = (title: string, text: string): GuideBlock => ({ kind: 'callout', tone: 'note', title, text });
/** A highlighted warning: something that loses data, access or deliveries. */
export const warn = (title: string, text: string): GuideBlock => ({ kind: 'callout', tone: 'warning', title, text });
/** A small table; cells are inline Markdown. */
export const table = (caption: string, head: readonly string[], rows: readonly (readonly string[])[]): GuideBlock => ({
  kind: 'table',
  caption,
  head,
  rows,
});
/** A "Try it" button: `label` says what the call shows; the values land in the method's form. */
export const tryIt = (label: string, methodId: string, values: MethodValues = { params: {} }): GuideBlock => ({
  kind: 'try',
  label,
  methodId,
  values,
});
/** A button that opens a guide, recipe or the inbox. */
export const go = (label: string, target: TabTarget): GuideBlock => ({ kind: 'go', label, target });
/** The "See also" row. */
export const see = (...targets: TabTarget[]): GuideBlock => ({ kind: 'see', targets });
/** Target shorthands for `see` and `go`. */
export const guide = (id: string): TabTarget => ({ kind: 'guide', id });
export const recipe = (id: string): TabTarget => ({ kind: 'recipe', id });
export const inbox: TabTarget = { kind: 'webhooks' };

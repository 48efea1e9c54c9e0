/**
 * The recipe format: a multi-step workflow as declarative data, in the
 * catalog's style. Each step is one catalog method with its values; a value
 * may come from an earlier step's answer (`StepRef`) or from the recipe's
 * inputs (`InputRef`, e.g. a per-run unique email or the explorer's inbox URL).
 * Binding is checked before anything is sent (`check-recipe.ts`).
 */

/** A value taken from an earlier step's answer: `path` is dotted, array items by index (`contacts.0.id`). */
export interface StepRef {
  $ref: string;
  path: string;
}

/** A value taken from one of the recipe's inputs. */
export interface InputRef {
  $input: string;
}

export type ValueRef = StepRef | InputRef;

/** A JSON value in which any value may be a reference. */
export type RecipeValue =
  string | number | boolean | null | ValueRef | readonly RecipeValue[] | { readonly [key: string]: RecipeValue };

/** A step's values in the shape history and the form use (`MethodValues`), references allowed. */
export interface StepValues {
  /** By wire name (`email`, `filters[d_groupid]`, `id`). */
  params: Readonly<Record<string, RecipeValue>>;
  /** The JSON body (v3). */
  body?: RecipeValue;
}

/** What a step's answer must show for the step to pass. */
export interface StepCheck {
  /** The expected status, or any of several. */
  status: number | readonly number[];
  /** Paths that must hold a value in the answer (`contact.id`). */
  fields?: readonly string[];
  /** Paths whose value must equal this (compared as text: ids come back as strings); references allowed. */
  equals?: Readonly<Record<string, RecipeValue>>;
}

export interface RecipeStep {
  /** Unique in the recipe, kebab-case; references name it. */
  id: string;
  /** A catalog method id, e.g. `v3.contacts.create`. */
  methodId: string;
  /** One line: what this step does and why. */
  does: string;
  values: StepValues;
  check: StepCheck;
  /** What this step leaves behind, for the run's summary ("Contact 251"). */
  creates?: { label: string; path: string };
}

/** A value the recipe needs from outside: typed, so the explorer fills it (never a hard-coded port or email). */
export type RecipeInput = { name: string; label: string } & (
  | { kind: 'unique-email' }
  | { kind: 'unique-name'; prefix: string }
  | { kind: 'inbox-url'; inbox: string }
  | { kind: 'text'; default: string }
);

/** A suggestion in the run's summary: a method to open prefilled, or a guide to read. */
export type NextStep = { label: string } & ({ methodId: string; values?: StepValues } | { guideId: string });

export interface Recipe {
  /** Kebab-case; the tab's path is `/recipes/<id>`. */
  id: string;
  title: string;
  /** One line, as in the sidebar. */
  summary: string;
  /** A short paragraph: what it shows and what it leaves in the account. Markdown (inline). */
  description: string;
  inputs?: readonly RecipeInput[];
  steps: readonly RecipeStep[];
  next?: readonly NextStep[];
}

/** The current value of each input, by name. */
export type InputValues = Readonly<Record<string, string>>;

import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { parseJsonText } from '../form-model/json-body';
import { lineColumn } from '../json-error';
import { checkRecipe, formatProblem, type MethodLookup } from './check-recipe';
import { parseRecipe, type SchemaProblem } from './recipe-schema';
import { stripSecrets } from './strip-secrets';
import type { InputValues, Recipe } from './types';
import { isRecord } from './values';

/** What an exported file says it is, so a file of another kind is refused by name. */
const RECIPE_FILE_FORMAT = 'activecampaign-explorer-recipe';
const VERSION = 1;
/** How many problems an import message lists before "and N more". */
const SHOWN_PROBLEMS = 5;

/**
 * The recipe as a file: pretty JSON with the format's name and version, the
 * recipe with the user's edited values, and the inputs they typed. Never the
 * key: secret parameters and anything that contains or looks like a key are
 * stripped first (`stripSecrets`).
 */
export function exportRecipe(
  recipe: Recipe,
  typedInputs: InputValues,
  lookup: MethodLookup,
  secrets: readonly string[],
): string {
  const safe = stripSecrets(recipe, lookup, secrets, typedInputs);
  const file = {
    format: RECIPE_FILE_FORMAT,
    version: VERSION,
    recipe: safe.recipe,
    ...(Object.keys(safe.inputs).length > 0 ? { inputs: safe.inputs } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name a recipe is saved under. */
export function recipeFileName(recipe: Recipe): string {
  return `${recipe.id}.recipe.json`;
}

export type ImportedRecipe = { ok: true; recipe: Recipe; inputs: InputValues } | { ok: false; message: string };

/**
 * Reads a recipe file (ours, or a bare recipe object written by hand) for
 * its form only: broken JSON and misshapen fields are named with their line
 * and column. `importRecipe` then checks that it can run.
 */
export function readRecipeFile(text: string): ImportedRecipe {
  if (text.trim() === '') return { ok: false, message: 'The file is empty.' };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, message: `The file is ${json.error}.` };
  const data = json.value;
  const wrapped = isRecord(data) && 'format' in data;
  if (wrapped && data.format !== RECIPE_FILE_FORMAT) {
    return {
      ok: false,
      message: `This file is a “${String(data.format)}”, not an explorer recipe (${RECIPE_FILE_FORMAT}).`,
    };
  }
  if (wrapped && data.version !== VERSION) {
    return {
      ok: false,
      message: `This recipe file is version ${String(data.version)}; this explorer reads version ${VERSION}.`,
    };
  }
  const root: (string | number)[] = wrapped ? ['recipe'] : [];
  const parsed = parseRecipe(wrapped ? data.recipe : data);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => located(text, root, p));
    return { ok: false, message: listProblems('The recipe is not in the expected form', lines) };
  }
  const inputs = wrapped ? readInputs(data.inputs) : {};
  if (inputs === undefined) {
    return { ok: false, message: located(text, [], { path: ['inputs'], message: 'should map input names to text' }) };
  }
  return { ok: true, recipe: parsed.recipe, inputs };
}

/**
 * Reads a recipe file and checks, before anything could be sent, that it can
 * run against the catalog (unknown methods, bad references, invalid values,
 * named by step and field).
 */
export function importRecipe(text: string, lookup: MethodLookup): ImportedRecipe {
  const read = readRecipeFile(text);
  if (!read.ok) return read;
  const problems = checkRecipe(read.recipe, lookup);
  if (problems.length > 0)
    return { ok: false, message: listProblems('This recipe cannot run', problems.map(formatProblem)) };
  return read;
}

/** Every catalog method a recipe names: what must be loaded before it can be checked. */
export function recipeMethodIds(recipe: Recipe): string[] {
  const next = (recipe.next ?? []).flatMap((n) => ('methodId' in n ? [n.methodId] : []));
  return [...new Set([...recipe.steps.map((s) => s.methodId), ...next])];
}

function readInputs(value: unknown): InputValues | undefined {
  if (value === undefined) return {};
  if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'string')) return undefined;
  return value as InputValues;
}

/** "Line 12, column 15: steps[1].methodId should be text". */
function located(text: string, root: (string | number)[], problem: SchemaProblem): string {
  const full = [...root, ...(problem.at ?? problem.path)];
  const tree = parseTree(text);
  // The deepest node that exists: a missing key is reported where its object starts.
  let node = tree;
  for (let n = full.length; n >= 0 && tree; n--) {
    const found = findNodeAtLocation(tree, full.slice(0, n));
    if (found) {
      node = found.parent?.type === 'property' ? found.parent : found;
      break;
    }
  }
  const where = node ? lineColumn(text, node.offset) : undefined;
  const name = problem.path.length > 0 ? formatPath(problem.path) : 'the recipe';
  return `${where ? `Line ${where.line}, column ${where.column}: ` : ''}${name} ${problem.message}`;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function listProblems(lead: string, lines: readonly string[]): string {
  const shown = lines.slice(0, SHOWN_PROBLEMS);
  const more = lines.length - shown.length;
  return `${lead}:\n${shown.map((l) => `• ${l}`).join('\n')}${more > 0 ? `\n• and ${more} more` : ''}`;
}

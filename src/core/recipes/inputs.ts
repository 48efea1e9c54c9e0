import type { InputValues, Recipe, RecipeInput } from './types';

/** What the explorer knows when a run starts: its own origin (for inbox URLs) and a fresh suffix for unique values. */
export interface RecipeEnvironment {
  /** The explorer's origin, e.g. `http://127.0.0.1:5173`. */
  origin: string;
  /** A short random text, new for each run, so emails and names the sandbox keeps unique never collide. */
  suffix: string;
}

/** An input's value for this environment, when the user typed none. */
export function defaultInputValue(input: RecipeInput, env: RecipeEnvironment): string {
  switch (input.kind) {
    case 'unique-email':
      return `recipe-${env.suffix}@example.com`;
    case 'unique-name':
      return `${input.prefix} ${env.suffix}`;
    case 'inbox-url':
      return `${env.origin}/webhooks/inbox/${input.inbox}`;
    case 'text':
      return input.default;
  }
}

/** Every input's value: what the user typed, else the default for this environment. */
export function resolveInputs(recipe: Recipe, env: RecipeEnvironment, typed: InputValues): InputValues {
  return Object.fromEntries(
    (recipe.inputs ?? []).map((input) => [input.name, typed[input.name] ?? defaultInputValue(input, env)]),
  );
}

/** What is wrong with a typed input value, or `undefined` when it will do. */
export function inputProblem(input: RecipeInput, value: string): string | undefined {
  if (value.trim() === '') return `${input.label} is required.`;
  if (input.kind === 'unique-email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) {
    return `${input.label} must be an email address, like name@example.com.`;
  }
  if (input.kind === 'inbox-url' && !/^https?:\/\/[^\s]+$/i.test(value.trim())) {
    return `${input.label} must be a full URL starting with http:// or https://.`;
  }
  return undefined;
}

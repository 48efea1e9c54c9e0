import { useId } from 'react';
import { inputProblem } from '../../core/recipes/inputs';
import type { InputValues, Recipe, RecipeInput } from '../../core/recipes/types';
import { InlineMarkdown } from '../../ui/markdown/InlineMarkdown';

const INPUT_HINT: Record<RecipeInput['kind'], string> = {
  'unique-email': 'New for each run unless you type one: the account keeps emails unique.',
  'unique-name': 'New for each run unless you type one: the account keeps these names unique.',
  'inbox-url': 'The explorer’s own webhook inbox.',
  text: '',
};

/** The recipe's title, what it does, and its inputs (editable; a bad value is named and kept as typed). */
export function RecipeHeader({
  recipe,
  inputs,
  onInput,
  disabled,
  note,
}: {
  recipe: Recipe;
  inputs: InputValues;
  onInput: (name: string, value: string) => void;
  disabled: boolean;
  /** A line under the title, e.g. that this is an imported version. */
  note?: string | undefined;
}) {
  const id = useId();
  return (
    <header className="recipe-head">
      <h2>{recipe.title}</h2>
      {note && <p className="recipe-note">{note}</p>}
      <p className="recipe-description">
        <InlineMarkdown text={recipe.description} />
      </p>
      {(recipe.inputs ?? []).length > 0 && (
        <fieldset className="recipe-inputs" disabled={disabled}>
          <legend className="sr-only">Inputs</legend>
          {(recipe.inputs ?? []).map((input) => {
            const value = inputs[input.name] ?? '';
            const problem = inputProblem(input, value);
            const fieldId = `${id}-${input.name}`;
            return (
              <div key={input.name} className="recipe-input">
                <label htmlFor={fieldId}>{input.label}</label>
                <input
                  id={fieldId}
                  value={value}
                  spellCheck={false}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={`${fieldId}-hint`}
                  title={INPUT_HINT[input.kind] || undefined}
                  onChange={(e) => onInput(input.name, e.target.value)}
                />
                <span id={`${fieldId}-hint`} className={problem ? 'field-error small' : 'sr-only'}>
                  {problem ?? INPUT_HINT[input.kind]}
                </span>
              </div>
            );
          })}
        </fieldset>
      )}
    </header>
  );
}

import { useId, useState } from 'react';
import type { ImportedRecipe } from '../../core/recipes/recipe-file';
import type { InputValues, Recipe } from '../../core/recipes/types';

/** Files larger than this are refused before reading: a recipe is a few kilobytes. */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Paste a recipe or choose its file, then Import. A file that cannot be used
 * is explained (line and column, step and field) and nothing is lost: the
 * text stays here to fix, and the open recipe is untouched.
 */
export function ImportForm({
  read,
  onImported,
}: {
  read: (text: string) => Promise<ImportedRecipe>;
  onImported: (recipe: Recipe, inputs: InputValues) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      const result = await read(text);
      if (result.ok) onImported(result.recipe, result.inputs);
      else setError(result.message);
    } catch (e) {
      setError(`Could not load the methods this recipe uses: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`${file.name} is ${(file.size / 1024).toFixed(0)} KB; a recipe file is at most 1 MB.`);
      return;
    }
    setText(await file.text());
    setError('');
  };

  return (
    <form
      className="import-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-file`}>A recipe file (.recipe.json)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <label htmlFor={`${id}-text`}>or its JSON</label>
      <textarea
        id={`${id}-text`}
        rows={12}
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        data-autofocus
      />
      {error && (
        <p id={`${id}-error`} className="import-error field-error" role="alert">
          {error}
        </p>
      )}
      <div className="import-actions">
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          Import
        </button>
      </div>
    </form>
  );
}

import { useId, useMemo, useState } from 'react';
import type { PreparedRequest } from '../../core/request/types';
import { renderSnippet, SNIPPET_TARGETS, type SnippetId } from '../../core/snippets/snippets';
import { copyReporting } from '../../lib/clipboard';

/**
 * The current request as code in five languages, from the same prepared request the explorer sends;
 * `request` is `null` while the page is still preparing it.
 */
export function CodeSnippets({ request, apiKey }: { request: PreparedRequest | null; apiKey: string }) {
  const id = useId();
  const [language, setLanguage] = useState<SnippetId>('curl');
  const [reveal, setReveal] = useState(false);
  const [status, setStatus] = useState('');
  const code = useMemo(() => {
    if (request === null) return 'Preparing…';
    try {
      return renderSnippet(request, language, { apiKey, reveal });
    } catch (e) {
      return `Could not generate this snippet: ${e instanceof Error ? e.message : String(e)}`;
    }
  }, [request, language, apiKey, reveal]);
  const label = SNIPPET_TARGETS.find((t) => t.id === language)?.label ?? language;

  async function copy() {
    setStatus(
      await copyReporting(
        code,
        `${label} snippet copied${reveal ? ' with your real API key' : '; replace YOUR_API_KEY before running it'}.`,
      ),
    );
  }

  return (
    <section className="snippets" aria-label="Code snippets">
      <h3>Code snippets</h3>
      <div className="snippet-controls">
        <label htmlFor={`${id}-lang`}>Language</label>
        <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value as SnippetId)}>
          {SNIPPET_TARGETS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} />
          Include my real API key
        </label>
        <button type="button" onClick={() => void copy()} disabled={request === null}>
          Copy snippet
        </button>
      </div>
      {reveal && (
        <p className="field-error small">The snippet now contains your API key: do not paste it anywhere public.</p>
      )}
      <pre className="mono wrap" aria-label={`${label} snippet`}>
        {code}
      </pre>
      <span role="status" className="muted">
        {status}
      </span>
    </section>
  );
}

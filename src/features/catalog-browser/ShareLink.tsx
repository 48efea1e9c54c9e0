import { useState } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import { encodeLinkValues, VALUES_PARAM } from '../../core/request/deep-link';
import type { MethodValues } from '../../core/request/types';
import { copyReporting } from '../../lib/clipboard';
import { methodPath } from '../../lib/router';

/** Copies a link that reopens this method with the values filled in (never the key or secret params). */
/** `values` is read at click time, so typing never pays for encoding a link nobody asked for. */
export function ShareLink({ method, values }: { method: MethodDef; values: () => MethodValues }) {
  const [status, setStatus] = useState('');
  async function copy() {
    const url = `${window.location.origin}${methodPath(method.id)}?${VALUES_PARAM}=${encodeLinkValues(method, values())}`;
    setStatus(
      await copyReporting(
        url,
        'Link copied: it reopens this method with these values (the API key is never included).',
      ),
    );
  }
  return (
    <p className="share-link">
      <button type="button" onClick={() => void copy()}>
        Copy link with these values
      </button>{' '}
      <span role="status" className="muted small">
        {status}
      </span>
    </p>
  );
}

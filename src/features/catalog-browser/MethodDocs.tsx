import { memo } from 'react';
import type { MethodDef, ParamDef, ResponseDoc, Schema } from '../../core/catalog/types';
import { exampleForm } from '../../core/form-model/raw-values';
import { previewValues } from '../../core/form-model/to-zod';
import { buildRequest } from '../../core/request/build-request';
import { redactRequest } from '../../core/request/redact';
import { methodPath } from '../../lib/router';
import { LazyDetails } from '../../ui/LazyDetails';
import { InlineMarkdown } from '../../ui/markdown/InlineMarkdown';

const EXAMPLE_CONNECTION = { apiUrl: 'https://youraccount.api-us1.com', apiKey: 'YOUR_API_KEY' };

/**
 * The method's reference: heading, description, parameters, example request, expected response, errors.
 * Memoised: the page re-renders on every keystroke, the docs only change with the method.
 */
export const MethodDocs = memo(function MethodDocs({ method }: { method: MethodDef }) {
  const where = method.api === 'v3' ? method.path : `/admin/api.php?api_action=${method.action}`;
  const success = method.responses.filter((r) => r.status >= 200 && r.status < 300);
  const errors = method.responses.filter((r) => r.status >= 300 || (method.api === 'v1' && r !== success[0]));

  return (
    <header className="method-docs">
      <h3>{method.summary}</h3>
      <p className="endpoint mono">
        <span className={`badge http-${method.http.toLowerCase()}`}>{method.http}</span> {where}{' '}
        <span className="muted">({method.api})</span>{' '}
        <a href={methodPath(method.id)} className="small">
          Link to this method
        </a>
      </p>
      {method.api === 'v3' && method.unpublished && (
        <p className="small notice" role="note">
          Not in ActiveCampaign&apos;s published reference: the API serves it and real clients call it, but it is
          described here from what they send and receive, and may change without notice.
        </p>
      )}
      <p>
        <InlineMarkdown text={method.description} />
      </p>
      <LazyDetails className="docs-section" summary={<>Parameters ({countParams(method)})</>}>
        <ParamsTable method={method} />
      </LazyDetails>
      <LazyDetails className="docs-section" summary={'Example request'}>
        <ExampleRequest method={method} />
      </LazyDetails>
      <LazyDetails className="docs-section" summary={'Expected response'}>
        <Responses docs={success} />
      </LazyDetails>
      {errors.length > 0 && (
        <LazyDetails className="docs-section" summary={<>Possible errors ({errors.length})</>}>
          <Responses docs={errors} />
        </LazyDetails>
      )}
    </header>
  );
});

function ParamsTable({ method }: { method: MethodDef }) {
  const rows: { name: string; where: string; schema: Schema; required: boolean; description?: string | undefined }[] = [
    ...method.params.map((p: ParamDef) => ({
      name: p.name,
      where: p.in,
      schema: p.schema,
      required: p.required ?? false,
      description: p.description ?? p.schema.description,
    })),
    ...(method.api === 'v3' && method.body ? bodyRows(method.body) : []),
  ];
  if (rows.length === 0) return <p className="muted">No parameters.</p>;
  return (
    <table className="params">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">In</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.where}-${r.name}`}>
            <td className="mono">{r.name}</td>
            <td>{r.where}</td>
            <td className="mono">{describeType(r.schema)}</td>
            <td>{r.required ? 'yes' : ''}</td>
            <td>{r.description && <InlineMarkdown text={r.description} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function bodyRows(schema: Schema, prefix = '', required = true) {
  type Row = { name: string; where: string; schema: Schema; required: boolean; description?: string | undefined };
  const out: Row[] = [];
  const walk = (s: Schema, name: string, req: boolean) => {
    if (s.type === 'object') {
      const reqSet = new Set(s.required ?? []);
      for (const [k, child] of Object.entries(s.properties))
        walk(child, name ? `${name}.${k}` : k, req && reqSet.has(k));
      return;
    }
    out.push({ name: name || '(body)', where: 'body', schema: s, required: req, description: s.description });
    if (s.type === 'array' && s.items.type === 'object') walk(s.items, `${name}[]`, false);
  };
  walk(schema, prefix, required);
  return out;
}

function describeType(schema: Schema): string {
  switch (schema.type) {
    case 'array':
      return `${describeType(schema.items)}[]`;
    case 'map':
      return `[${schema.keyLabel}] → ${describeType(schema.value)}`;
    case 'string':
      return schema.enum ? schema.enum.join(' | ') : (schema.format ?? 'string');
    case 'integer':
    case 'number': {
      const range = [schema.minimum, schema.maximum].some((v) => v !== undefined)
        ? ` (${schema.minimum ?? ''}…${schema.maximum ?? ''})`
        : '';
      return schema.enum ? schema.enum.join(' | ') : `${schema.type}${range}`;
    }
    default:
      return schema.type;
  }
}

function countParams(method: MethodDef): number {
  return method.params.length + (method.api === 'v3' && method.body ? bodyRows(method.body).length : 0);
}

function Responses({ docs }: { docs: readonly ResponseDoc[] }) {
  return (
    <ul className="responses">
      {docs.map((r, i) => (
        <li key={`${r.status}-${i}`}>
          <strong>{r.status}</strong> <InlineMarkdown text={r.description} />
          {r.example !== undefined && <pre className="mono small wrap">{JSON.stringify(r.example, null, 2)}</pre>}
        </li>
      ))}
    </ul>
  );
}

/** The method's documented example as the exact request the explorer would send (key redacted). */
function ExampleRequest({ method }: { method: MethodDef }) {
  const req = redactRequest(buildRequest(method, previewValues(method, exampleForm(method)), EXAMPLE_CONNECTION));
  const text = [
    `${req.method} ${req.url}`,
    ...req.headers.map((h) => `${h.name}: ${h.value}`),
    ...(req.body ? ['', req.body] : []),
  ].join('\n');
  return <pre className="mono small wrap">{text}</pre>;
}

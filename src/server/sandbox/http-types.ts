/** A request as the sandbox's handlers see it: already read, decoded and plain. */
export interface SandboxRequest {
  method: string;
  /** Path without the query, e.g. `/api/3/contacts/1`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A JSON answer with ActiveCampaign's content type. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** ActiveCampaign's 404 shape: `{"message":"No Result found for <Entity> with id <id>"}`. */
export function notFound(entity: string, id: string): SandboxResponse {
  return json(404, { message: `No Result found for ${entity} with id ${id}` });
}

export interface FieldError {
  title: string;
  code: string;
  field: string;
  detail?: string;
}

/** ActiveCampaign's 422 shape with a JSON pointer to each failing attribute. */
export function unprocessable(errors: readonly FieldError[]): SandboxResponse {
  return json(422, {
    errors: errors.map((e) => ({
      title: e.title,
      detail: e.detail ?? '',
      code: e.code,
      source: { pointer: `/data/attributes/${e.field}` },
    })),
  });
}

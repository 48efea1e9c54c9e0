/** The guides, in reading order: small enough for the first load (sidebar, tab labels); each guide's text loads on open. */
export interface GuideSummary {
  id: string;
  title: string;
  /** One line: what the guide answers. */
  summary: string;
}

export const guideIndex: readonly GuideSummary[] = [
  {
    id: 'getting-started',
    title: 'Getting started',
    summary: 'Your API URL and key, the sandbox, a first call, what a key reset does.',
  },
  { id: 'authentication', title: 'Authentication', summary: 'The Api-Token header, per-user keys, refused keys.' },
  { id: 'rate-limits', title: 'Rate limits', summary: '5 requests per second per account, 429 and Retry-After.' },
  { id: 'paging', title: 'Paging', summary: 'limit, offset and meta.total; paging large contact lists by id.' },
  { id: 'errors-and-support', title: 'Errors and support', summary: 'Reading errors, and what support asks for.' },
  { id: 'v1-vs-v3', title: 'v1 versus v3', summary: 'The legacy API and the REST API, side by side.' },
  { id: 'custom-fields', title: 'Custom fields', summary: 'Fields, field relations, values; lists and list groups.' },
  { id: 'webhooks', title: 'Webhooks', summary: 'What ActiveCampaign POSTs, and how to watch it locally.' },
];

/** The guide with this id, if any. */
export function findGuide(id: string): GuideSummary | undefined {
  return guideIndex.find((g) => g.id === id);
}

/** The guide after this one in reading order (none after the last). */
export function nextGuide(id: string): GuideSummary | undefined {
  const at = guideIndex.findIndex((g) => g.id === id);
  return at === -1 ? undefined : guideIndex[at + 1];
}

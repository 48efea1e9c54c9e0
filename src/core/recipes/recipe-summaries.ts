/** The shipped recipes' names, small enough for the first load (sidebar, tab labels); steps load on open. */
export interface RecipeSummary {
  id: string;
  title: string;
  /** One line: what the recipe leaves behind. */
  summary: string;
}

export const recipeSummaries: readonly RecipeSummary[] = [
  { id: 'first-call', title: 'First call: who am I?', summary: 'Check the key with GET /users/me.' },
  {
    id: 'onboard-contact',
    title: 'Onboard a contact',
    summary: 'Create a contact, add it to a list, tag it, add it to an automation.',
  },
  {
    id: 'custom-field',
    title: 'A custom field that shows in the UI',
    summary: 'Create a field, relate it to a list, set it on a contact.',
  },
  { id: 'deal-pipeline', title: 'Move a deal through a pipeline', summary: 'Create a deal in a stage, then move it.' },
  { id: 'create-webhook', title: 'Create a webhook', summary: 'Subscribe a URL to contact and deal events.' },
  {
    id: 'find-contact-by-email',
    title: 'Find a contact by email, v1 then v3',
    summary: 'contact_view_email, then GET /contacts?email=.',
  },
];

/** The recipe with this id, if any. */
export function findRecipeSummary(id: string): RecipeSummary | undefined {
  return recipeSummaries.find((r) => r.id === id);
}

/** The plural table name for a singular JSON root (`dealTask` → `dealTasks`, `dealCustomFieldMetum` → `dealCustomFieldMeta`). */
export function pluralOf(singular: string): string {
  if (/(Metum|Datum)$/.test(singular)) return `${singular.slice(0, -2)}a`;
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/** The entity word ActiveCampaign puts in a 404 (`dealTask` → `DealTask`). */
export function entityOf(singular: string): string {
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

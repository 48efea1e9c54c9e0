/**
 * ActiveCampaign's resource names: a collection in the path (`contacts`,
 * `dealCustomFieldMeta`) answers under its singular root key (`contact`,
 * `dealCustomFieldMetum`). The catalog test checks these rules against every
 * documented root key, so the explorer can derive one name from the other.
 */

/** The singular root key of a collection segment: `addresses` → `address`, `dealCustomFieldData` → `dealCustomFieldDatum`. */
export function singularOf(plural: string): string {
  if (/(Meta|Data)$/.test(plural)) return `${plural.slice(0, -1)}um`;
  if (/[^aeiou]ies$/.test(plural)) return `${plural.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(plural)) return plural.slice(0, -2);
  if (/[^s]s$/.test(plural)) return plural.slice(0, -1);
  return plural;
}

/** `deal_tasktype` → `dealTasktype`: v1 and a few v3 names are snake_case where root keys are camelCase. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * A contacts page the size of a real export, shaped like ActiveCampaign's
 * `GET /api/3/contacts` (string ids, `meta.total` as a string), generated
 * deterministically so tests and benchmarks see the same bytes every run.
 */
export function bigContactsJson(count: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    const pad = String(i).padStart(6, '0');
    parts.push(
      `{"cdate":"2026-01-15T09:30:00-06:00","email":"contact${pad}@example.com","phone":"+1 555 ${pad}",` +
        `"firstName":"First${i}","lastName":"Last${i}","orgid":"0","udate":"2026-01-15T09:30:00-06:00","id":"${i}"}`,
    );
  }
  return `{"contacts":[${parts.join(',')}],"meta":{"total":"${count}"}}`;
}

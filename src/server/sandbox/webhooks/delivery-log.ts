import type { DeliveryReport } from './attach-webhooks';

/**
 * One line for a delivery that did not reach a receiver or was answered
 * 410, undefined for a delivered one (the console stays quiet when all is
 * well). Credentials in the URL are left out.
 */
export function deliveryProblem(report: DeliveryReport): string | undefined {
  const { result } = report;
  let what: string;
  if ('refused' in result) what = `refused: ${result.refused}`;
  else if ('error' in result) what = `failed (${result.error})`;
  else if (result.status === 410) what = 'answered 410 Gone: the webhook is now inactive';
  else return undefined;
  return `Sandbox webhook ${report.webhookId} (${report.type}) to ${withoutCredentials(report.url)} ${what}.`;
}

function withoutCredentials(raw: string): string {
  if (!URL.canParse(raw)) return raw;
  const url = new URL(raw);
  url.username = '';
  url.password = '';
  return url.href;
}

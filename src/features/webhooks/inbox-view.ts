import { decodeBracketForm, type FormValue } from '../../core/webhooks/bracket-form';
import type { DeliverySummary, InboxEvent, InboxSnapshot } from '../../core/webhooks/inbox-wire';

/** The filter value that stands for deliveries without a `type` field. */
const NO_TYPE = '(no type)';

/** The inbox after one event of its stream: a snapshot replaces everything, a delivery goes on top, clears remove. */
export function applyInboxEvent(current: InboxSnapshot | undefined, event: InboxEvent): InboxSnapshot | undefined {
  switch (event.kind) {
    case 'snapshot':
      return event.snapshot;
    case 'delivery': {
      if (!current) return current;
      const dropped = new Set(event.dropped);
      const rest = current.deliveries.filter((d) => d.id !== event.delivery.id && !dropped.has(d.id));
      return { ...current, deliveries: [event.delivery, ...rest] };
    }
    case 'cleared':
      if (!current) return current;
      return {
        ...current,
        deliveries: event.inbox === undefined ? [] : current.deliveries.filter((d) => d.inbox !== event.inbox),
      };
  }
}

/** A delivery's event as the list names it. */
export function eventLabel(d: Pick<DeliverySummary, 'eventType'>): string {
  return d.eventType === undefined || d.eventType === '' ? NO_TYPE : d.eventType;
}

/** The event filter's choices: every event present, alphabetically, with its count; `''` is "all". */
export function eventFilterOptions(deliveries: readonly DeliverySummary[]): { value: string; label: string }[] {
  const counts = new Map<string, number>();
  for (const d of deliveries) counts.set(eventLabel(d), (counts.get(eventLabel(d)) ?? 0) + 1);
  const events = [...counts.keys()].sort((a, b) => a.localeCompare(b));
  return [
    { value: '', label: `All events (${deliveries.length})` },
    ...events.map((e) => ({ value: e, label: `${e} (${counts.get(e) ?? 0})` })),
  ];
}

/** The deliveries of one event (all for `''`), in the order given. */
export function filterByEvent(deliveries: readonly DeliverySummary[], event: string): readonly DeliverySummary[] {
  return event === '' ? deliveries : deliveries.filter((d) => eventLabel(d) === event);
}

/** `HH:MM:SS` in the viewer's time zone: deliveries are watched live, so the wall clock is what matters. */
export function clockTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return [t.getHours(), t.getMinutes(), t.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** `YYYY-MM-DD` in the viewer's time zone. */
export function shortDate(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return [t.getFullYear(), t.getMonth() + 1, t.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The accessible name of a row: what it shows, in reading order, flags spelled out. */
export function deliveryRowName(d: DeliverySummary): string {
  return [
    eventLabel(d),
    `#${d.id}`,
    `inbox ${d.inbox}`,
    clockTime(d.receivedAt),
    ...(d.duplicateOf ? [`duplicate of #${d.duplicateOf}`] : []),
    ...(d.truncated ? ['body cut'] : []),
  ].join(', ');
}

/** Sizes as the inbox states them: `812 B`, `256 KB`. */
export function shortBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export interface DecodedPayload {
  value: { [key: string]: FormValue };
  /** What the decoder left out or flattened, in plain words. */
  notes: string[];
}

/** A form body as the JSON tree shows it, with what the decoder's limits changed said aloud. */
export function decodePayload(body: string): DecodedPayload {
  const decoded = decodeBracketForm(body);
  const notes: string[] = [];
  if (decoded.droppedFields > 0) {
    notes.push(`${decoded.droppedFields.toLocaleString('en-US')} fields past the decoder's limit are not shown here.`);
  }
  if (decoded.flattenedKeys > 0) {
    notes.push(`${decoded.flattenedKeys} keys nested too deep are shown as one flat key, as PHP reads them.`);
  }
  return { value: decoded.value, notes };
}

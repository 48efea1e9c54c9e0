import { formPairs } from './bracket-form';

/** Longest event name kept for the list; AC's are under 25 characters, a hostile one is cut. */
export const EVENT_TYPE_MAX_LENGTH = 64;

/**
 * The event name of a delivery: its top-level `type` field, the last one
 * winning as in PHP's `parse_str`. Undefined when the body has none.
 */
export function eventTypeOf(body: string): string | undefined {
  let type: string | undefined;
  for (const [key, value] of formPairs(body)) if (key === 'type') type = value;
  return type === undefined ? undefined : type.slice(0, EVENT_TYPE_MAX_LENGTH);
}

import { buildResourceIndex, type ResourceIndex } from '../../core/navigation/resource-index';
import type { MethodValues } from '../../core/request/types';
import { catalogIndex } from '../../lib/catalog-client';

/**
 * What a response can lead to, supplied by the page that shows it: opening a method filled
 * (from an id, a link or a next step), a guide, a connection setting, or sending again.
 * Without it the response is only shown (nothing in it is actionable).
 */
export interface ResponseNavigation {
  /** Opens a catalog method in a tab with these values; `send`: send them at once. */
  openMethod(methodId: string, values: MethodValues, options: { send: boolean }): void;
  openGuide(guideId: string): void;
  openSetting(setting: 'check-key' | 'rate-limit'): void;
  /** Sends this tab's request again. */
  retry(): void;
}

let built: ResourceIndex | undefined;

/** The catalog's resources and the methods that take their ids, built once from the first-load index (a few ms). */
export function resourceIndex(): ResourceIndex {
  built ??= buildResourceIndex(catalogIndex);
  return built;
}

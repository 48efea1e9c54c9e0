import type { NextStep } from '../../core/response/next-steps';
import { collectionListOf } from '../../core/navigation/resource-index';
import type { MethodValues } from '../../core/request/types';
import { findSummary } from '../../lib/catalog-client';
import { resourceIndex, type ResponseNavigation } from './response-navigation';

/** A step as the bar shows it: a label and what the button does. */
interface ShownStep {
  label: string;
  title?: string;
  run: (navigation: ResponseNavigation) => void;
}

const NO_VALUES: MethodValues = { params: {} };

/** Resolves a step against the catalog index; a collection the catalog has no list for shows no button. */
function shown(step: NextStep, methodId: string): ShownStep | undefined {
  switch (step.kind) {
    case 'method':
      return {
        label: step.label ?? `v3: ${findSummary(step.methodId)?.summary ?? step.methodId}`,
        run: (n) => n.openMethod(step.methodId, step.values, { send: false }),
      };
    case 'collection': {
      const list = collectionListOf(resourceIndex(), methodId);
      const summary = list === undefined ? undefined : findSummary(list)?.summary;
      if (list === undefined || summary === undefined) return undefined;
      return {
        label: summary,
        title: 'Lists the collection, to find an id that exists',
        // A list without values is a read that needs nothing more: sent at once, like Open in… does for reads.
        run: (n) => n.openMethod(list, NO_VALUES, { send: true }),
      };
    }
    case 'guide':
      return { label: step.label, run: (n) => n.openGuide(step.guideId) };
    case 'setting':
      return { label: step.label, run: (n) => n.openSetting(step.setting) };
    case 'retry':
      return { label: step.label, run: (n) => n.retry() };
  }
}

/** The catalog's fixes for a failure, as buttons in the summary bar: each opens what fixes it (only reads are sent at once). */
export function NextSteps({
  steps,
  methodId,
  navigation,
}: {
  steps: readonly NextStep[];
  /** The failed call's method, which a `collection` step lists the records of. */
  methodId: string;
  navigation: ResponseNavigation;
}) {
  const buttons = steps.flatMap((step) => shown(step, methodId) ?? []);
  if (buttons.length === 0) return null;
  return (
    <span className="next-steps" role="group" aria-label="Next steps">
      {buttons.map((b) => (
        <button key={b.label} type="button" className="small-button" title={b.title} onClick={() => b.run(navigation)}>
          {b.label}
        </button>
      ))}
    </span>
  );
}

import type { NextStep } from '../../core/response/next-steps';
import { findSummary } from '../../lib/catalog-client';
import type { ResponseNavigation } from './response-navigation';

function label(step: NextStep): string {
  if (step.kind !== 'method') return step.label;
  return step.label ?? `v3: ${findSummary(step.methodId)?.summary ?? step.methodId}`;
}

/** The catalog's fixes for a failure, as buttons in the summary bar: each opens what fixes it (never sends a write). */
export function NextSteps({ steps, navigation }: { steps: readonly NextStep[]; navigation: ResponseNavigation }) {
  const run = (step: NextStep) => {
    switch (step.kind) {
      case 'method':
        navigation.openMethod(step.methodId, step.values, { send: false });
        return;
      case 'guide':
        navigation.openGuide(step.guideId);
        return;
      case 'setting':
        navigation.openSetting(step.setting);
        return;
      case 'retry':
        navigation.retry();
    }
  };
  return (
    <span className="next-steps" role="group" aria-label="Next steps">
      {steps.map((step) => (
        <button key={label(step)} type="button" className="small-button" onClick={() => run(step)}>
          {label(step)}
        </button>
      ))}
    </span>
  );
}

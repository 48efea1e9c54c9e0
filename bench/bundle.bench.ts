/**
 * The support bundle's model and preview text, in Node (the same V8 as the
 * page), on contacts lists shaped like ActiveCampaign's: one real page (100
 * contacts, the API's maximum `limit`), 1 MB (5,000) and 20 MB (100,000, the
 * response viewer's big fixture). For each, with no extra redaction and with
 * the default policy (emails and phones masked): the time to build the model
 * (redaction of whole bodies, marks included) and to render the Markdown
 * preview from it, median of 3 runs after one warm-up. The contract check is
 * left out, as the dialog does for bodies over 256 KB until asked.
 */
import { bigContactsJson } from '../e2e/big-contacts';
import { buildBundle } from '../src/core/bundle/bundle-model';
import { countMarks } from '../src/core/bundle/marked-text';
import { DEFAULT_POLICY, NO_EXTRA_REDACTION } from '../src/core/bundle/redaction-policy';
import { markdownBundle } from '../src/core/bundle/support-bundle';
import { captureCall } from '../src/core/bundle/test-exchanges';

const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

for (const contacts of [100, 5_000, 100_000]) {
  const body = bigContactsJson(contacts);
  const call = captureCall('v3.contacts.list', { params: { limit: 100 } }, 'bench-key-0123456789', {
    status: 200,
    body,
  });
  for (const [name, policy] of [
    ['no extra redaction', NO_EXTRA_REDACTION],
    ['default (contacts masked)', DEFAULT_POLICY],
  ] as const) {
    const build: number[] = [];
    const render: number[] = [];
    let marks = 0;
    for (let run = 0; run <= RUNS; run++) {
      const t0 = performance.now();
      const model = buildBundle({
        exchange: call.exchange,
        method: call.method,
        explorerVersion: 'bench',
        browser: 'bench',
        policy,
        skipContract: true,
      });
      const t1 = performance.now();
      const text = markdownBundle(model);
      const t2 = performance.now();
      marks = Object.values(countMarks(text)).reduce((a, b) => a + b, 0);
      if (run === 0) continue; // warm-up
      build.push(t1 - t0);
      render.push(t2 - t1);
    }
    console.log(
      `${String(contacts).padStart(7)} contacts (${(body.length / 1e6).toFixed(2)} MB), ${name}: ` +
        `model ${median(build).toFixed(1)} ms, Markdown preview ${median(render).toFixed(1)} ms, ${marks} marks shown`,
    );
  }
}

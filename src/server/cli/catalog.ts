import { parseArgs } from 'node:util';
import { toCatalogJson } from '../../core/catalog/export/to-json';
import { toOpenApi } from '../../core/catalog/export/to-openapi';
import { catalog } from '../../core/catalog/registry';
import type { V3Method } from '../../core/catalog/types';

const USAGE = `Usage: npm run --silent catalog -- [--format json|openapi]

Prints the method catalog on stdout: our JSON form (default) or an OpenAPI 3.1 description of v3.`;

/** `npm run --silent catalog -- --format openapi|json`: prints the catalog for other tools. */
let values: { format?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { format: { type: 'string', default: 'json' }, help: { type: 'boolean' } },
    strict: true,
  }));
} catch (e) {
  console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
} else if (values.format === 'openapi') {
  const v3 = catalog.filter((m): m is V3Method => m.api === 'v3');
  process.stdout.write(`${JSON.stringify(toOpenApi(v3, process.env.npm_package_version ?? '0.0.0'), null, 2)}\n`);
} else if (values.format === 'json') {
  process.stdout.write(`${JSON.stringify(toCatalogJson(catalog), null, 2)}\n`);
} else {
  console.error(`Unknown --format "${values.format}": use openapi or json.`);
  process.exit(2);
}

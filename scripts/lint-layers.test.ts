import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Proves the layer rules of eslint.config.js and tsconfig.core.json bite:
 * each fixture in lint-fixtures/ violates one rule and is linted as if it
 * lived at its `// lint-as:` path; it must fail with its `// expect:` rule.
 */
const root = path.resolve(import.meta.dirname, '..');
const fixtureDir = path.join(import.meta.dirname, 'lint-fixtures');
const eslint = new ESLint({ cwd: root });

interface Fixture {
  file: string;
  code: string;
  lintAs: string;
  expect: string;
}

function readFixture(file: string): Fixture {
  const code = fs.readFileSync(path.join(fixtureDir, file), 'utf8');
  const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1];
  const expected = /^\/\/ expect: (\S+)$/m.exec(code)?.[1];
  if (!lintAs || !expected) throw new Error(`${file} needs "// lint-as:" and "// expect:" lines`);
  return { file, code, lintAs, expect: expected };
}

const fixtures = fs
  .readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.fixture.ts'))
  .sort()
  .map(readFixture);

async function lintAs(code: string, relPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relPath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint fixtures', () => {
  it('include a fixture for every layer rule', () => {
    expect(new Set(fixtures.map((f) => f.expect))).toEqual(
      new Set(['no-restricted-imports', 'no-restricted-globals', 'import-x/no-restricted-paths', 'nothing']),
    );
  });

  it.each(fixtures.filter((f) => f.expect !== 'nothing'))('$file fails with $expect', async (fixture) => {
    const rules = await lintAs(fixture.code, fixture.lintAs);
    expect(rules).toContain(fixture.expect);
  });

  it.each(fixtures.filter((f) => f.expect === 'nothing'))('$file passes (the allowed side)', async (fixture) => {
    expect(await lintAs(fixture.code, fixture.lintAs)).toEqual([]);
  });
});

/** One real source file of a feature, to import from another feature. */
function firstSourceFile(dir: string): string | undefined {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = firstSourceFile(p);
      if (found) return found;
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) return p;
  }
  return undefined;
}

describe('feature zones', () => {
  const featuresDir = path.join(root, 'src/features');
  const features = fs
    .readdirSync(featuresDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  // Every folder of src/features, including any added later, must be kept apart from the others.
  it.each(features)('%s may not import another feature', async (name) => {
    const other = features.find((f) => f !== name && firstSourceFile(path.join(featuresDir, f)));
    const target = other && firstSourceFile(path.join(featuresDir, other));
    if (!target) throw new Error('need a second feature with a source file');
    const from = path.join('src/features', name, 'fixture.ts');
    const spec = path.relative(path.dirname(path.join(root, from)), target).replace(/\.tsx?$/, '');
    const code = `import * as other from '${spec}';\n\nexport { other };\n`;
    expect(await lintAs(code, from)).toContain('import-x/no-restricted-paths');
    // The same import from the app shell is fine: the rule is about features, not about the file.
    expect(
      await lintAs(code.replace(spec, path.relative(path.join(root, 'src/app'), target)), 'src/app/fixture.ts'),
    ).toEqual([]);
  });
});

describe('tsconfig.core.json', () => {
  it('rejects browser and Node globals in src/core (no DOM library, no Node types)', () => {
    const configPath = path.join(root, 'tsconfig.core.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
    const globalFixtures = fixtures.filter((f) => f.expect === 'no-restricted-globals');
    const program = ts.createProgram({
      rootNames: [
        path.join(root, 'types/core-globals.d.ts'),
        ...globalFixtures.map((f) => path.join(fixtureDir, f.file)),
      ],
      options: parsed.options,
    });
    for (const fixture of globalFixtures) {
      const source = program.getSourceFile(path.join(fixtureDir, fixture.file));
      const messages = ts
        .getPreEmitDiagnostics(program, source)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      const name = /typeof (\w+)/.exec(fixture.code)?.[1];
      expect(
        messages.some((m) => m.includes(`Cannot find name '${name}'`)),
        fixture.file,
      ).toBe(true);
    }
  });
});

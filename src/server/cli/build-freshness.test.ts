import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needsBuild } from './build-freshness';

/** A tiny project: every kind of build input, and a build made one minute after them. */
let root: string;
let dist: string;
const past = new Date(Date.now() - 3_600_000);
const later = new Date(Date.now() + 60_000);

function write(rel: string, text = 'x'): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.utimesSync(file, past, past);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-freshness-'));
  dist = path.join(root, 'dist');
  for (const rel of [
    'src/app/main.tsx',
    'src/core/deep/nested/module.ts',
    'public/favicon.svg',
    'index.html',
    'vite.config.ts',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.core.json',
    'README.md',
  ]) {
    write(rel);
  }
  write('dist/index.html');
  fs.utimesSync(path.join(dist, 'index.html'), new Date(), new Date());
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const touch = (rel: string) => fs.utimesSync(path.join(root, rel), later, later);

describe('needsBuild', () => {
  it('is false when the build is newer than every input', () => {
    expect(needsBuild(root, dist)).toBe(false);
  });

  it('is true when there is no build yet', () => {
    fs.rmSync(dist, { recursive: true });
    expect(needsBuild(root, dist)).toBe(true);
  });

  it.each([
    'src/app/main.tsx',
    'src/core/deep/nested/module.ts',
    'public/favicon.svg',
    'index.html',
    'vite.config.ts',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.core.json',
  ])('is true after %s changes', (rel) => {
    touch(rel);
    expect(needsBuild(root, dist)).toBe(true);
  });

  it('ignores unit tests and files that are not build inputs', () => {
    write('src/core/deep/thing.test.ts');
    touch('src/core/deep/thing.test.ts');
    touch('README.md');
    expect(needsBuild(root, dist)).toBe(false);
  });

  it('is true when a new source file appears after the build', () => {
    write('src/features/new-feature/Panel.tsx');
    touch('src/features/new-feature/Panel.tsx');
    expect(needsBuild(root, dist)).toBe(true);
  });
});

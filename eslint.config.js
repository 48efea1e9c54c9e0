import fs from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers: core <- lib <- ui <- features <- app; server shares only core. */
const layerZones = [
  {
    target: './src/core',
    from: ['./src/lib', './src/ui', './src/features', './src/app', './src/server'],
    message: 'core is pure: no browser, React or server code.',
  },
  {
    target: './src/lib',
    from: ['./src/ui', './src/features', './src/app', './src/server'],
    message: 'lib wraps browser APIs only.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './src/server'],
    message: 'ui primitives know nothing of features.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/server'],
    message: 'features never import the app shell or server code.',
  },
  { target: './src/app', from: ['./src/server'], message: 'browser code never imports server code.' },
  {
    target: './src/build',
    from: ['./src/lib', './src/ui', './src/features', './src/app', './src/server'],
    message: 'build plugins use core only.',
  },
  {
    target: './src/server',
    from: ['./src/lib', './src/ui', './src/features', './src/app'],
    message: 'server shares only core with the browser.',
  },
];

/** Features do not import each other; the app composes them. Every folder of src/features is one, so a new feature is covered as soon as it exists. */
const featureNames = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'features do not import each other; compose them in src/app.',
}));

/**
 * src/core is pure. Web-platform APIs that Node and browsers share (URL, text
 * encoding, base64, console) are allowed; every other browser or Node global
 * is not (types/core-globals.d.ts mirrors this for tsc via tsconfig.core.json).
 */
const UNIVERSAL_GLOBALS = new Set([
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'console',
  'queueMicrotask',
  'structuredClone',
]);
const esGlobals = new Set(Object.keys(globals.es2025));
const coreForbiddenGlobals = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])]
  .filter((name) => !esGlobals.has(name) && !UNIVERSAL_GLOBALS.has(name))
  .map((name) => ({
    name,
    message: `core is pure: "${name}" is a browser or Node global. Use it in src/lib or src/server and pass the result in.`,
  }));
const reactImports = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-*', '@tanstack/react-*', 'idb'],
  message: 'core is pure: no React or browser libraries (use them in src/lib, src/ui or src/features).',
};
const nodeImports = {
  group: ['node:*', ...builtinModules.flatMap((m) => [m, `${m}/*`])],
  message: 'core is pure: no Node modules (use them in src/server).',
};

export default tseslint.config(
  {
    ignores: ['dist*', 'node_modules', 'test-results', 'playwright-report', 'bench/results', '**/*.fixture.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...layerZones, ...featureZones] },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...coreForbiddenGlobals],
      'no-restricted-imports': ['error', { patterns: [reactImports, nodeImports] }],
    },
  },
  {
    // Unit tests of core run in Node and may read their fixtures from disk; they still may not use React or browser globals.
    files: ['src/core/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [reactImports] }] },
  },
);

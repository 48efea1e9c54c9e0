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

/** Features do not import each other; the app composes them. */
const featureNames = ['catalog-browser', 'method-form', 'response-viewer', 'connection', 'history', 'support-bundle'];
const featureZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'features do not import each other; compose them in src/app.',
}));

export default tseslint.config(
  { ignores: ['dist*', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
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
);

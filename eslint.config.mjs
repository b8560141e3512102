// ESLint flat config: typescript-eslint's strict type-checked rules for the shipped code (src/); tests and the benchmark
// get the rules that need no type information. Those files are type-checked by tsc in npm test, and the type-aware rules
// that still applied to them (most were off: non-null assertions on fabricated facts and loose template values are the
// point of a test there) cost a third of lint's time, which must stay under 20 s on two cores.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { housePlugin } from './scripts/eslint-house.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'migrations-fixtures/**', 'bench/results/**', 'scratch/**', 'coverage/**'] },
  eslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    // tsconfig.lint.json: tsconfig.json with @actions/github's declarations replaced by what the code uses (see there).
    languageOptions: { parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Findings build messages from bigint versions and numbers on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The two costliest rules of the set (a quarter of its rule time): class instances and enums are assigned
      // across types nowhere here (the code has no enums, and classes only as themselves), so they find nothing.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
    },
  },
  {
    // The folder order of scripts/layers.mjs: no room of src/ imports a room of a later layer.
    files: ['src/**/*.ts'],
    plugins: { house: housePlugin },
    rules: { 'house/layers': 'error' },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'vitest.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { project: false, projectService: false } },
    rules: {
      // Non-null assertions on fabricated facts are the point of a test, not a risk.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (this file, scripts/): no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);

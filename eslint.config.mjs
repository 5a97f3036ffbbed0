// ESLint (flat config), run by `npm run lint` before every test run (`npm test`), so in CI.
// - The GraphQL operations in examples/ are linted against the schema with graphql-eslint's
//   recommended operation rules: what a client developer's editor would flag.
// - The TypeScript (src, tests, scripts, bench) with typescript-eslint's recommended rules, on
//   the type checker for the rules that need it (no floating promises), and the project's own:
//   imports run one way (no cycles), one class per file, a line length, the naming below.
// Layout (indentation, quotes, wrapping) is Prettier's (.prettierrc.json), checked by `npm run lint` after ESLint.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['examples/**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: { schema: 'schema/schema.graphql', documents: 'examples/**/*.graphql' },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: graphqlPlugin.configs['flat/operations-recommended'].rules,
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // `_name` marks what is deliberately unused (a destructured key left out, an interface's argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Imports run one way: server and cli → features → store, ingest, export → model, shared.
      'import-x/no-restricted-paths': ['error', { zones: [
        { target: './src/model', from: ['./src/shared', './src/store', './src/features', './src/server', './src/ingest', './src/export', './src/cli'] },
        { target: './src/shared', from: ['./src/store', './src/features', './src/server', './src/ingest', './src/export', './src/cli'] },
        { target: './src/store', from: ['./src/features', './src/server', './src/ingest', './src/export', './src/cli'] },
        { target: './src/ingest', from: ['./src/features', './src/server', './src/export', './src/cli'] },
        { target: './src/export', from: ['./src/features', './src/server', './src/ingest', './src/cli'] },
        { target: './src/features', from: ['./src/server', './src/cli'] },
      ] }],
      // One class per file, or an args/type pair that belongs together (STYLE.md); type-graphql's
      // class factories (EdgeType, ConnectionType) return class expressions, which do not count.
      'max-classes-per-file': ['error', { max: 2, ignoreExpressions: true }],
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'default', format: ['camelCase'], leadingUnderscore: 'allow' },
        // Constants: UPPER_CASE tables and limits, camelCase values, PascalCase classes made by factories.
        { selector: 'variable', modifiers: ['const'], format: ['camelCase', 'UPPER_CASE', 'PascalCase'], leadingUnderscore: 'allow' },
        { selector: 'function', format: ['camelCase', 'PascalCase'] },
        { selector: 'typeLike', format: ['PascalCase'] },
        { selector: 'enumMember', format: ['UPPER_CASE', 'PascalCase'] },
        // Keys and properties name things outside our code: GraphQL fields, Cypher parameters, HTTP headers, file columns.
        { selector: ['objectLiteralProperty', 'typeProperty', 'objectLiteralMethod', 'classProperty'], format: null },
        { selector: 'import', format: null },
      ],
    },
  },
  {
    ignores: ['dist/**', 'node_modules/**', 'neo4j-local/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
];

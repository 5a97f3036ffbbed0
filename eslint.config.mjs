// ESLint (flat config). The GraphQL operations in examples/ are linted against the schema with
// graphql-eslint's recommended operation rules: what a client developer's editor would flag.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

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
];

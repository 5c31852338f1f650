import tseslint from 'typescript-eslint';

const noVscode = {
  paths: [
    { name: 'vscode', message: 'src/core and webview stay free of VS Code: put VS Code code in a src/ adapter.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'demo-workspace/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never use innerHTML: set textContent or properties.',
        },
      ],
    },
  },
  { files: ['src/core/**/*.ts', 'webview/**/*.ts'], rules: { 'no-restricted-imports': ['error', noVscode] } },
);

/**
 * The layers of docs/architecture.md, checked on every `npm test` (`npm run deps`):
 *
 *   core  <-  pdf, tables, slides, ipc, session  <-  node  <-  cli, electron (hosts)
 *   core, pdf, tables, slides, ipc, session  <-  app (the renderer; never node, electron or the CLI)
 *
 * Type-only imports count: an arrow is an arrow, whether it survives compilation or not.
 * Tests may import any layer.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core imports nothing outside src/core: no host, no Node built-in.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^node_modules/'] },
    },
    {
      name: 'pdf-and-ipc-on-core',
      comment:
        'src/pdf, src/tables, src/slides, src/ipc and src/session build on the core only (and their npm packages).',
      severity: 'error',
      from: { path: '^src/(pdf|tables|slides|ipc|session)/' },
      to: { pathNot: ['^src/core/', '^src/$1/', '^node_modules/'] },
    },
    {
      name: 'node-below-hosts',
      comment: 'src/node serves the hosts: it imports core, pdf, ipc, Node and npm, never a host.',
      severity: 'error',
      from: { path: '^src/node/' },
      to: {
        pathNot: ['^src/(core|pdf|tables|slides|ipc|session|node)/', '^node_modules/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'cli-is-a-host',
      comment: 'Nothing but the CLI itself (and tests) imports src/cli.',
      severity: 'error',
      from: { path: '^(src|electron)/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'electron-is-a-host',
      comment: 'Nothing outside electron/ (but tests) imports the Electron main or preload.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^electron/' },
    },
    {
      name: 'app-never-imports-hosts',
      comment: 'The renderer runs in a browser too: never src/node, the CLI, or Node built-ins.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: ['^src/(node|cli)/', '^electron/'] },
    },
    {
      name: 'no-node-builtins-in-browser-layers',
      comment:
        'core, pdf, tables, slides, ipc, session and app also run in a browser: no Node built-ins there.',
      severity: 'error',
      from: { path: '^src/(core|pdf|tables|slides|ipc|session|app)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};

// The direction of dependency in src/ (docs/architecture.md), checked by `npm run lint`: the
// entry points (action/, cli/) use the adapters (github/, git/) and the renderers (report/), which
// use the domain (scope/); nothing points back up. A violation fails lint with the rule's name.
export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'Modules of src/ never import each other in a circle, not even for types: put what both ' +
        'need in a module of its own that both import (as action/evaluate.ts is for run and refresh).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'scope-imports-only-scope',
      comment:
        'src/scope/ is the pure domain: it imports src/scope/ and its parsing libraries ' +
        '(minimatch, yaml) only. No Node built-ins, no @actions/*, no adapters, no renderers: ' +
        'gather in github/ or git/, pass data in.',
      severity: 'error',
      from: { path: '^src/scope/' },
      to: { pathNot: ['^src/scope/', '^node_modules/(minimatch|yaml)/'] }
    },
    {
      name: 'scope-foundations-stand-alone',
      comment:
        'Inside src/scope/, the parser and the glob engine are the foundations: they import ' +
        'their own folder and the shared files at the root of src/scope/ (types.ts, result.ts), ' +
        'no other concept. work-order/, checks/ and plan/ build on them (src/scope/README.md).',
      severity: 'error',
      from: { path: '^src/scope/(parser|glob)/' },
      to: { path: '^src/scope/[^/]+/', pathNot: '^src/scope/$1/' }
    },
    {
      name: 'report-imports-only-scope',
      comment:
        'src/report/ turns a verdict into text: of our code it imports src/scope/ only, and no ' +
        'package (Node built-ins are fine). What it reports is given to it.',
      severity: 'error',
      from: { path: '^src/report/' },
      to: { pathNot: ['^src/(report|scope)/'], dependencyTypesNot: ['core'] }
    },
    {
      name: 'settings-imports-only-scope',
      comment:
        'src/settings/ reads .github/pr-scope.yml for both entry points: of our code it imports ' +
        'src/scope/ and the schema it validates against (docs/pr-scope.schema.json) only.',
      severity: 'error',
      from: { path: '^src/settings/' },
      to: { path: '^src/', pathNot: ['^src/(settings|scope)/'] }
    },
    {
      name: 'adapters-never-import-up',
      comment:
        'src/github/ and src/git/ are adapters: domain types in and out. They never import ' +
        'src/report/ (a rendered text is a string they are given), src/action/ or src/cli/.',
      severity: 'error',
      from: { path: '^src/(github|git)/' },
      to: { path: '^src/(report|action|cli)/' }
    },
    {
      name: 'action-and-cli-apart',
      comment:
        'The action (src/action/) and the command line (src/cli/) are two entry points over the ' +
        'same layers: neither imports the other. What both need belongs in a layer below.',
      severity: 'error',
      from: { path: '^src/(action|cli)/' },
      to: { path: '^src/(action|cli)/', pathNot: '^src/$1/' }
    }
  ],
  options: {
    // Type-only imports count: a cycle or a wrong direction through a type is still one.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages are recorded as dependencies, not walked into, under node_modules/ even when that
    // folder is a link (a test's copy of the tree).
    doNotFollow: { path: '^node_modules' },
    preserveSymlinks: true,
    moduleSystems: ['es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.json']
    },
    reporterOptions: { text: { highlightFocused: true } }
  }
}

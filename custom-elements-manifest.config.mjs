// Custom Elements Manifest analyzer settings for `cem analyze --config
// custom-elements-manifest.config.mjs`. scripts/analyze.mjs (`npm run analyze`)
// runs that command and splits the one manifest it writes into a manifest per
// widget package; a plain `npx cem analyze` at the repo root writes the whole
// manifest to ./custom-elements.json, for debugging.
//
// Lit: `litelement: true` understands @property/@state, static properties,
// reflect/attribute options and strips Lit's lifecycle internals.
// The plugins below use only the documented plugin API (the phases and their
// `ts`, `node`, `moduleDoc` and `context` arguments).

/**
 * Where the declaration called `name` lives, seen from `moduleDoc`: the module
 * it is imported from (`context.imports`, collected by the analyzer before the
 * analyze phase), else the module itself.
 */
function declarationReference(moduleDoc, context, name) {
  const imported = context.imports?.find((entry) => entry.name === name);
  if (!imported) return { module: moduleDoc.path };
  if (imported.isBareModuleSpecifier) return { package: imported.importPath };
  return { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname };
}

/**
 * Widgets register through @praksis/core's `defineElement(tag, Class)` (it
 * tolerates a second copy of the library on the page) instead of calling
 * customElements.define directly. Teach the analyzer that call, so tag names
 * are linked to classes just like for customElements.define().
 */
function defineElementCallsPlugin({ functionNames = ['defineElement'] } = {}) {
  return {
    name: 'praksis-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!functionNames.includes(node.expression.text)) return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteralLike(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: className, ...declarationReference(moduleDoc, context, className) },
        },
      ];
    },
  };
}

/**
 * `this.dispatchEvent(new CustomEvent(type, ...))` with a variable name makes
 * the analyzer invent an event called after the variable ("type"). Drop those
 * undocumented pseudo-events; real ones are documented with @fires.
 */
function removeDynamicEventNamesPlugin() {
  const dynamicNames = new Set();
  return {
    name: 'praksis-remove-dynamic-event-names',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!['CustomEvent', 'Event'].includes(node.expression.text)) return;
      const [nameArg] = node.arguments ?? [];
      if (nameArg && ts.isIdentifier(nameArg)) dynamicNames.add(nameArg.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!Array.isArray(decl.events)) continue;
          decl.events = decl.events.filter((event) => event.description || !dynamicNames.has(event.name));
          if (decl.events.length === 0) delete decl.events;
        }
      }
    },
  };
}

/**
 * A widget's `data` is declared once, on the base class, as `unknown` (anything may be assigned; it
 * is validated), so the analyzer gives every widget `data: unknown | undefined`, and the base
 * class's type wins over a `@property` tag on the widget. The document a widget draws is its base
 * class's type argument (`class CapacityGauge extends PraksisElement<CapacityDocument>`): write
 * that as the type of the widget's `data`, following a type alias declared in the same module
 * (`type Doc = DelegationMatrixDocument`), with a reference to the package it is imported from.
 */
function typedDataPlugin({ baseClass = 'PraksisElement', property = 'data' } = {}) {
  /** class name -> { text, references } */
  const documentTypes = new Map();
  return {
    name: 'praksis-typed-data',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (!heritage || heritage.expression.getText() !== baseClass || heritage.typeArguments?.length !== 1) return;
      const source = node.getSourceFile();
      let typeNode = heritage.typeArguments[0];
      for (let hops = 0; hops < 5 && ts.isTypeReferenceNode(typeNode); hops += 1) {
        const name = typeNode.typeName.getText();
        const alias = source.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === name && !s.typeParameters);
        if (!alias) break;
        typeNode = alias.type;
      }
      const text = typeNode.getText();
      const references = [];
      if (ts.isTypeReferenceNode(typeNode) && ts.isIdentifier(typeNode.typeName)) {
        const name = typeNode.typeName.text;
        for (const statement of source.statements) {
          if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
          const bindings = statement.importClause?.namedBindings;
          if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((e) => e.name.text === name)) continue;
          const specifier = statement.moduleSpecifier.text;
          if (!specifier.startsWith('.')) references.push({ name, package: specifier, start: 0, end: name.length });
        }
      }
      documentTypes.set(node.name.text, { text, references });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          const type = documentTypes.get(decl.name);
          const member = type && decl.members?.find((m) => m.name === property && m.kind === 'field');
          if (!member) continue;
          member.type = { text: `${type.text} | undefined`, ...(type.references.length ? { references: type.references } : {}) };
        }
      }
    },
  };
}

/**
 * Drops private members (`private foo`, `#foo`) so tooling only sees API, and the attributes the
 * analyzer invents for private reactive state (`static properties = { view: { state: true } }`).
 * Done per module, before the analyzer applies inheritance: otherwise a base class's private
 * `view` state is merged into a subclass's public attribute of the same name (`view` on
 * `viewMode`), which then shows the base's type and claims to be inherited.
 */
function removePrivateMembersPlugin() {
  return {
    name: 'praksis-remove-private-members',
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (!Array.isArray(decl.members)) continue;
        const hidden = new Set(
          decl.members
            .filter((member) => member.privacy === 'private' || String(member.name).startsWith('#'))
            .map((member) => member.name),
        );
        decl.members = decl.members.filter((member) => !hidden.has(member.name));
        if (Array.isArray(decl.attributes)) {
          decl.attributes = decl.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.d.ts',
    '**/*.test.ts',
    '**/*.stories.ts',
    'packages/schema/**',
    'packages/*/src/**/generated/**',
  ],
  outdir: '.',
  litelement: true,
  // scripts/analyze.mjs handles package.json itself; the CLI must not edit it.
  packagejson: false,
  dependencies: false,
  plugins: [defineElementCallsPlugin(), removeDynamicEventNamesPlugin(), removePrivateMembersPlugin(), typedDataPlugin()],
};

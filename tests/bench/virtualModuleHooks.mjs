// Node module-loader hooks (registered by serveVirtualModules.ts): resolve and load the app's virtual
// modules from the sources made for them; every other module loads as before.
let sources = {};

export function initialize(data) {
  sources = data;
}

export function resolve(specifier, context, next) {
  if (specifier in sources) return { url: specifier, shortCircuit: true };
  return next(specifier, context);
}

export function load(url, context, next) {
  if (url in sources) return { format: 'module', source: sources[url], shortCircuit: true };
  return next(url, context);
}

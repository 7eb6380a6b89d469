/**
 * Modules of the CLI that a thread loads by their address, only when it needs them. Bundled (`npm run
 * build:cli`), each is an entry of its own in dist-cli/, beside the bundle that loads it, so that the
 * bundle leaves it and its libraries out; run from its TypeScript source (tests, scripts under tsx),
 * each is the module of that name in src/cli/.
 */

export const runsFromSource = import.meta.url.endsWith('.ts');

export function siblingModule(name: string): URL {
  return new URL(`./${name}.${runsFromSource ? 'ts' : 'js'}`, import.meta.url);
}

/**
 * The batch job, for this thread to read files itself: the main thread never runs the document
 * stages and their libraries (linkedom, Readability, yaml) when workers do.
 */
export function importBatchJob(): Promise<typeof import('./batch-job')> {
  return import(siblingModule('batch-job').href);
}

/**
 * The validation of the dataset, its layout and a gold file, with zod (about 13 MB resident once loaded),
 * imported once the dataset is assembled: not held while the findings come in, when the
 * extraction's memory peaks.
 */
export function importValidation(): Promise<typeof import('./validation')> {
  return import(siblingModule('validation').href);
}

/**
 * The layout with Cytoscape, imported once the rest of the dataset is written: not held while the
 * findings come in, nor while the dataset is validated.
 */
export function importLayout(): Promise<typeof import('./layout')> {
  return import(siblingModule('layout').href);
}

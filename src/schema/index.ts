export * from './dataset';
export * from './evidence-spans';
export * from './format-version';
export * from './text-shards';
export * from './validate';

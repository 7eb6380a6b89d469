export * from './dataset';
export * from './text-shards';
export * from './validate';

export * from './dataset';
export * from './validate';

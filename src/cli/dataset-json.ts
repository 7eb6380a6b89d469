import type { Dataset, Layout } from '../schema';

/**
 * The dataset as JSON text in pieces, one record a line: no single string holds the whole file
 * (V8 cannot build one past 2^29 characters, about 20,000 articles pretty-printed), and a diff of
 * two runs shows which records changed.
 */
export function* datasetJsonChunks(dataset: Dataset): Generator<string> {
  yield* fieldChunks(dataset);
  yield '\n}\n';
}

/**
 * The same text for the dataset with `layout` as its last field, asked for once the rest is written:
 * its one chunk is a promise.
 */
export function* datasetJsonChunksAwaitingLayout(dataset: Omit<Dataset, 'layout'>, layout: () => Promise<Layout>): Generator<string | Promise<string>> {
  yield* fieldChunks(dataset);
  yield ',\n"layout":';
  yield layout().then((positions) => JSON.stringify(positions));
  yield '\n}\n';
}

/** Every field but the closing brace. */
function* fieldChunks(dataset: Omit<Dataset, 'layout'>): Generator<string> {
  const entries = Object.entries(dataset).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n${JSON.stringify(key)}:`;
    if (Array.isArray(value)) {
      yield '[';
      // Separator and record apart: joined, each record's text would be copied once more.
      for (let i = 0; i < value.length; i++) {
        yield i === 0 ? '\n' : ',\n';
        yield JSON.stringify(value[i]);
      }
      yield value.length ? '\n]' : ']';
    } else yield JSON.stringify(value);
  }
}

/** Worker thread: runs the document stages on the slice of documents it is sent. */
import { parentPort } from 'node:worker_threads';
import { findInDocuments, initialState } from '../pipeline';
import type { Document } from '../schema';

parentPort!.on('message', (documents: Document[]) => {
  parentPort!.postMessage(findInDocuments({ ...initialState([]), documents }));
});

/**
 * `readHtml` with linkedom and Readability loaded with this module, for callers that read pages
 * synchronously (tests give it to `runPipeline`). The CLI's worker threads load them only once a page comes.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlReader } from './html';

export const readHtml = htmlReader({ parseHTML, Readability });

import type { Stage } from '../types';

/** Decodes each source file as UTF-8 text. (Placeholder: front matter, manifests and HTML come next.) */
export const ingest: Stage = (state) => ({
  ...state,
  files: state.sourceFiles.map((file) => ({
    path: file.path,
    text: new TextDecoder('utf-8').decode(file.bytes),
    meta: { title: null, date: null, dateSource: null, outlet: null, url: null },
  })),
});

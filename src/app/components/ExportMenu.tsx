import { useRef } from 'react';
import type { Core } from 'cytoscape';
import { withHiddenOutOfBounds } from '../graph/hiding';
import type { DatasetIndex } from '../model/dataset-index';
import type { VisibleSet } from '../model/filters';

function download(name: string, content: Blob) {
  const url = URL.createObjectURL(content);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface ExportMenuProps {
  index: DatasetIndex;
  visible: VisibleSet;
  cy: Core | null;
}

export function ExportMenu({ index, visible, cy }: ExportMenuProps) {
  const menuRef = useRef<HTMLDetailsElement>(null);
  const save = (name: string, content: () => Blob) => {
    download(name, content());
    menuRef.current!.open = false;
  };
  // The exporters load with the first export, not with the page.
  const saveText = async (name: string, type: string, write: (exporters: typeof import('../model/export')) => string) => {
    const exporters = await import('../model/export');
    save(name, () => new Blob([write(exporters)], { type }));
  };
  return (
    <details className="menu" ref={menuRef}>
      <summary>Export</summary>
      <div className="menu-items">
        <button type="button" disabled={!cy} onClick={() => cy && save('diplograph.png', () => withHiddenOutOfBounds(cy, () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' })))}>
          Graph as PNG
        </button>
        <button type="button" onClick={() => saveText('diplograph-actors.csv', 'text/csv', ({ actorsCsv }) => actorsCsv(index, visible))}>
          Actors as CSV
        </button>
        <button type="button" onClick={() => saveText('diplograph-events.csv', 'text/csv', ({ eventsCsv }) => eventsCsv(index, visible))}>
          Events as CSV
        </button>
        <button type="button" onClick={() => saveText('diplograph.graphml', 'application/graphml+xml', ({ toGraphml }) => toGraphml(index, visible))}>
          GraphML (Gephi)
        </button>
      </div>
    </details>
  );
}

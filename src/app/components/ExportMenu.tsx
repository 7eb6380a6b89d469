import { useRef } from 'react';
import type { Core } from 'cytoscape';
import type { DatasetIndex } from '../model/dataset-index';
import { actorsCsv, eventsCsv, toGraphml } from '../model/export';
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
  const text = (content: string, type: string) => new Blob([content], { type });
  const save = (name: string, content: () => Blob) => {
    download(name, content());
    menuRef.current!.open = false;
  };
  return (
    <details className="menu" ref={menuRef}>
      <summary>Export</summary>
      <div className="menu-items">
        <button type="button" disabled={!cy} onClick={() => cy && save('diplograph.png', () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }))}>
          Graph as PNG
        </button>
        <button type="button" onClick={() => save('diplograph-actors.csv', () => text(actorsCsv(index, visible), 'text/csv'))}>
          Actors as CSV
        </button>
        <button type="button" onClick={() => save('diplograph-events.csv', () => text(eventsCsv(index, visible), 'text/csv'))}>
          Events as CSV
        </button>
        <button type="button" onClick={() => save('diplograph.graphml', () => text(toGraphml(index, visible), 'application/graphml+xml'))}>
          GraphML (Gephi)
        </button>
      </div>
    </details>
  );
}

import { useId, useMemo, useState } from 'react';
import type { Actor } from '../../schema';
import { searchActors } from '../model/search';

interface SearchBoxProps {
  actors: readonly Actor[];
  onChoose: (id: string) => void;
}

/** A WAI-ARIA combobox: type, move with the arrow keys, Enter chooses, Escape clears. */
export function SearchBox({ actors, onChoose }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => searchActors(actors, query), [actors, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onChoose(hit.actor.id);
    setQuery(hit.actor.name);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter') {
      if (expanded) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Find an actor
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        placeholder="Find an actor (name or alias)"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Matching actors" className="search-results" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.actor.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: it runs before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(i);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="hit-name">{hit.actor.name}</span>
            <span className="hit-meta">
              {hit.matched !== hit.actor.name && <>“{hit.matched}” · </>}
              {hit.actor.kind}
              {hit.actor.country && ` · ${hit.actor.country}`}
            </span>
          </li>
        ))}
        {expanded && hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="no-hits">
            No actor matches
          </li>
        )}
      </ul>
    </div>
  );
}

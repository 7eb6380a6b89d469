import { useMemo } from 'react';
import type { ActorKind } from '../../schema';
import { countryName } from '../country-names';
import { groupLabel } from '../model/country-groups';
import type { DatasetIndex } from '../model/dataset-index';
import { ACTOR_KINDS, applyFilters, EVENT_TYPES, isDefaultFilters, type EventType, type Filters, type VisibleSet } from '../model/filters';
import { toggled } from '../model/view-state';
import { Timeline } from './Timeline';

interface FiltersPanelProps {
  index: DatasetIndex;
  filters: Filters;
  visible: VisibleSet;
  groupByCountry: boolean;
  onChange: (patch: Partial<Filters>) => void;
  onReset: () => void;
  onGroupByCountry: (on: boolean) => void;
}

const TYPE_LABELS: Record<EventType, string> = { meeting: 'Meetings', statement: 'Statements' };
const KIND_LABELS: Record<ActorKind, string> = { person: 'People', country: 'Countries', organization: 'Organizations' };

export function FiltersPanel({ index, filters, visible, groupByCountry, onChange, onReset, onGroupByCountry }: FiltersPanelProps) {
  // The timeline shows what the other filters keep, across all dates: the visible set itself
  // when no date range is set, else the other filters are applied again.
  const openDates = filters.from === null && filters.to === null;
  const timelineDates = useMemo(
    () =>
      (openDates ? visible : applyFilters(index, { ...filters, from: null, to: null, includeUndated: false })).events.flatMap((event) => (event.date === null ? [] : [event.date])),
    [index, filters, visible, openDates],
  );
  const undatedCount = useMemo(() => index.dataset.events.filter((event) => event.date === null).length, [index]);
  // Countries by name, then the groups of actors without a country (their codes are lower case).
  const countries = useMemo(
    () =>
      index.countryGroups
        .map((code) => ({ code, name: groupLabel(code, countryName), isCountry: code.length === 3 }))
        .sort((a, b) => Number(b.isCountry) - Number(a.isCountry) || a.name.localeCompare(b.name)),
    [index],
  );
  const [first, last] = index.dateExtent ?? ['', ''];

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="section-title">
        Filters
      </h2>
      <p className="shown-count" role="status">
        Showing <strong data-testid="actor-count">{visible.actorIds.size}</strong> actors and{' '}
        <strong data-testid="event-count">{visible.events.length}</strong> events
      </p>
      <button type="button" onClick={onReset} disabled={isDefaultFilters(filters)}>
        Reset filters
      </button>

      <fieldset>
        <legend>Date range</legend>
        {index.dateExtent && (
          <Timeline extent={index.dateExtent} dates={timelineDates} from={filters.from} to={filters.to} onBrush={(from, to) => onChange({ from, to })} />
        )}
        <div className="date-inputs">
          <label>
            From
            <input type="date" value={filters.from ?? ''} min={first} max={last} onChange={(event) => onChange({ from: event.target.value || null })} />
          </label>
          <label>
            To
            <input type="date" value={filters.to ?? ''} min={first} max={last} onChange={(event) => onChange({ to: event.target.value || null })} />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={filters.includeUndated} onChange={(event) => onChange({ includeUndated: event.target.checked })} />
          Include undated events ({undatedCount})
        </label>
      </fieldset>

      <CheckboxGroup legend="Event type" options={EVENT_TYPES} labels={TYPE_LABELS} chosen={filters.types} onChange={(types) => onChange({ types })} />
      <CheckboxGroup legend="Actor kind" options={ACTOR_KINDS} labels={KIND_LABELS} chosen={filters.kinds} onChange={(kinds) => onChange({ kinds })} swatch />

      <fieldset className="countries">
        <legend>
          Countries {filters.countries.length > 0 ? `(${filters.countries.length} chosen)` : '(all)'}
        </legend>
        <div className="country-list">
          {countries.map(({ code, name, isCountry }) => (
            <label key={code} className="check">
              <input type="checkbox" checked={filters.countries.includes(code)} onChange={() => onChange({ countries: toggled(filters.countries, code) })} />
              {name} {isCountry && <span className="code">{code}</span>}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Layout</legend>
        <label className="check">
          <input type="checkbox" checked={groupByCountry} onChange={(event) => onGroupByCountry(event.target.checked)} />
          Group people and organizations by country
        </label>
      </fieldset>
    </section>
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: T[];
  onChange: (chosen: T[]) => void;
  /** Show the graph's colour and shape for each option. */
  swatch?: boolean;
}

function CheckboxGroup<T extends string>({ legend, options, labels, chosen, onChange, swatch }: CheckboxGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            // At least one option stays on: an empty view is what Reset is for.
            disabled={chosen.length === 1 && chosen.includes(option)}
            onChange={() => onChange(toggled(chosen, option))}
          />
          {swatch && <span className={`kind-dot kind-${option}`} aria-hidden="true" />}
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

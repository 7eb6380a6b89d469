import { useMemo, useRef, useState } from 'react';
import { timelineBins, type TimelineBin } from '../model/timeline';

interface TimelineProps {
  extent: readonly [string, string];
  /** Dates of the events the other filters keep. */
  dates: readonly (string | null)[];
  from: string | null;
  to: string | null;
  onBrush: (from: string, to: string) => void;
}

const WIDTH = 300;
const HEIGHT = 56;

/** Event counts over time; drag across the bars to set the date range. */
export function Timeline({ extent, dates, from, to, onBrush }: TimelineProps) {
  const { unit, bins } = useMemo(() => timelineBins(extent, dates), [extent, dates]);
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragStart, setDragStart] = useState<number | null>(null);
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const barWidth = WIDTH / bins.length;

  const binAt = (clientX: number) => {
    const box = svgRef.current!.getBoundingClientRect();
    const ratio = Math.min(0.9999, Math.max(0, (clientX - box.left) / box.width));
    return Math.floor(ratio * bins.length);
  };
  // Bins run from the start of a month or year; the range stays within the data's own dates.
  const brush = (a: number, b: number) => {
    const start = bins[Math.min(a, b)].start;
    const end = bins[Math.max(a, b)].end;
    onBrush(start < extent[0] ? extent[0] : start, end > extent[1] ? extent[1] : end);
  };
  const inRange = (bin: TimelineBin) => (from === null || bin.end >= from) && (to === null || bin.start <= to);

  return (
    <figure className="timeline">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Events per ${unit} from ${extent[0]} to ${extent[1]}; drag to choose a date range, or use the date fields.`}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          const index = binAt(event.clientX);
          setDragStart(index);
          brush(index, index);
        }}
        onPointerMove={(event) => {
          if (dragStart !== null) brush(dragStart, binAt(event.clientX));
        }}
        onPointerUp={() => setDragStart(null)}
        onPointerCancel={() => setDragStart(null)}
      >
        {bins.map((bin, i) => {
          const height = bin.count ? Math.max(3, (bin.count / max) * (HEIGHT - 4)) : 0;
          return (
            <rect
              key={bin.start}
              x={i * barWidth + barWidth * 0.1}
              width={Math.max(0.5, barWidth * 0.8)}
              y={HEIGHT - height}
              height={height}
              className={inRange(bin) ? 'bar in-range' : 'bar'}
            >
              <title>{`${bin.start} – ${bin.end}: ${bin.count} events`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="axis" />
      </svg>
      <figcaption className="timeline-axis">
        <span>{extent[0].slice(0, unit === 'year' ? 4 : 7)}</span>
        <span>per {unit}</span>
        <span>{extent[1].slice(0, unit === 'year' ? 4 : 7)}</span>
      </figcaption>
    </figure>
  );
}

import type { Tick } from './types';
import { px } from './Svg';
import { COLOURS, FONT } from './theme';

interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Horizontal grid lines across the plot with their values at the left. */
export function YGrid({ plot, ticks }: { plot: Plot; ticks: readonly Tick[] }) {
  return (
    <>
      <g stroke={COLOURS.grid}>
        {ticks.map((tick) => (
          <line
            key={tick.at}
            x1={px(plot.x)}
            x2={px(plot.x + plot.width)}
            y1={px(tick.at)}
            y2={px(tick.at)}
          />
        ))}
      </g>
      <g fontSize={FONT.small} fill={COLOURS.muted} textAnchor="end">
        {ticks.map((tick) => (
          <text key={tick.at} x={px(plot.x - 8)} y={px(tick.at + 4)}>
            {tick.label}
          </text>
        ))}
      </g>
    </>
  );
}

/** The baseline with a tick per cycle, labelled where there is room. */
export function CycleAxis({
  plot,
  ticks,
}: {
  plot: Plot;
  ticks: ReadonlyArray<Tick & { labelled: boolean }>;
}) {
  const bottom = plot.y + plot.height;
  return (
    <>
      <line
        x1={px(plot.x)}
        x2={px(plot.x + plot.width)}
        y1={px(bottom)}
        y2={px(bottom)}
        stroke={COLOURS.axis}
      />
      <g stroke={COLOURS.axis}>
        {ticks.map((tick) => (
          <line
            key={tick.at}
            x1={px(tick.at)}
            x2={px(tick.at)}
            y1={px(bottom)}
            y2={px(bottom + (tick.labelled ? 5 : 3))}
          />
        ))}
      </g>
      <g fontSize={FONT.small} fill={COLOURS.muted} textAnchor="middle">
        {ticks
          .filter((tick) => tick.labelled)
          .map((tick) => (
            <text key={tick.at} x={px(tick.at)} y={px(bottom + 18)}>
              {tick.label}
            </text>
          ))}
      </g>
    </>
  );
}

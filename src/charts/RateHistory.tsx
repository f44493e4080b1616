import { CycleAxis, YGrid } from './Axes';
import { layoutRateHistory, MARKER_RADIUS, type RateHistoryData } from './rate-history';
import type { ChartProps } from './spec';
import { ChartSvg, Label, NoDataChart, px } from './Svg';
import { COLOURS, FONT } from './theme';

const THRESHOLD_TICK = 10;

/**
 * A factory's rate (solid line, circles) against the threshold (dashed, labelled). Cycles on
 * the list have filled circles, the others hollow ones, so the list does not rest on colour.
 */
export function RateHistory({ data, ...props }: ChartProps<RateHistoryData>) {
  const layout = layoutRateHistory(data);
  if (layout.kind === 'no-data')
    return <NoDataChart {...props} layout={layout} locale={data.locale} />;
  const { plot, legend } = layout;
  const circle = (x: number, y: number, listed: boolean, key?: string) => (
    <circle
      key={key}
      cx={px(x)}
      cy={px(y)}
      r={MARKER_RADIUS}
      fill={listed ? COLOURS.nc : COLOURS.paper}
      stroke={listed ? COLOURS.nc : COLOURS.accent}
      strokeWidth={2}
    />
  );
  return (
    <ChartSvg {...props} width={layout.width} height={layout.height}>
      {circle(legend.listedX, legend.y, true)}
      <Label block={legend.listed} />
      {circle(legend.notListedX, legend.y, false)}
      <Label block={legend.notListed} />
      <YGrid plot={plot} ticks={layout.yTicks} />
      <Label block={layout.axisLabel} fontSize={FONT.small} fill={COLOURS.muted} />
      <CycleAxis plot={plot} ticks={layout.xTicks} />
      <g stroke={COLOURS.nc} strokeWidth={2}>
        <path d={layout.threshold.path} fill="none" strokeDasharray="6 4" />
        {layout.threshold.isolated.map((point) => (
          <line
            key={point.cycleId}
            x1={px(point.x - THRESHOLD_TICK)}
            x2={px(point.x + THRESHOLD_TICK)}
            y1={px(point.y)}
            y2={px(point.y)}
          />
        ))}
      </g>
      {layout.threshold.label && (
        <Label block={layout.threshold.label} fontWeight={600} fill={COLOURS.nc} />
      )}
      <path
        d={layout.rate.path}
        fill="none"
        stroke={COLOURS.accent}
        strokeWidth={2.5}
        strokeLinejoin="round"
      />
      {layout.rate.points.map((point) => circle(point.x, point.y, point.listed, point.cycleId))}
      <Label block={layout.rate.label} fontWeight={600} fill={COLOURS.accent} />
    </ChartSvg>
  );
}

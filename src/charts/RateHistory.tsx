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
  const bottom = plot.y + plot.height;
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
      <g stroke={COLOURS.grid}>
        {layout.yTicks.map((tick) => (
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
        {layout.yTicks.map((tick) => (
          <text key={tick.at} x={px(plot.x - 8)} y={px(tick.at + 4)}>
            {tick.label}
          </text>
        ))}
      </g>
      <Label block={layout.axisLabel} fontSize={FONT.small} fill={COLOURS.muted} />
      <line
        x1={px(plot.x)}
        x2={px(plot.x + plot.width)}
        y1={px(bottom)}
        y2={px(bottom)}
        stroke={COLOURS.axis}
      />
      <g stroke={COLOURS.axis}>
        {layout.xTicks.map((tick) => (
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
        {layout.xTicks
          .filter((tick) => tick.labelled)
          .map((tick) => (
            <text key={tick.at} x={px(tick.at)} y={px(bottom + 18)}>
              {tick.label}
            </text>
          ))}
      </g>
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

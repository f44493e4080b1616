import { CycleAxis, YGrid } from './Axes';
import { layoutShareTrend, type ShareTrendData } from './share-trend';
import type { ChartProps } from './spec';
import { ChartSvg, Label, NoDataChart, px } from './Svg';
import { COLOURS, FONT } from './theme';

/** Lines of shares over the cycles: a marker shape per series and a label at each line's end. */
export function ShareTrend({ data, ...props }: ChartProps<ShareTrendData>) {
  const layout = layoutShareTrend(data);
  if (layout.kind === 'no-data')
    return <NoDataChart {...props} layout={layout} locale={data.locale} />;
  const { plot } = layout;
  return (
    <ChartSvg {...props} width={layout.width} height={layout.height}>
      <YGrid plot={plot} ticks={layout.yTicks} />
      <CycleAxis plot={plot} ticks={layout.xTicks} />
      <Label block={layout.axisLabel} fill={COLOURS.muted} fontSize={FONT.small} />
      {layout.series.map((series) => (
        <g key={series.key}>
          <path
            d={series.path}
            fill="none"
            stroke={series.colour}
            strokeWidth={2.5}
            strokeLinejoin="round"
          />
          <g fill={series.colour} stroke={COLOURS.paper} strokeWidth={1}>
            {series.points.map((point) => (
              <path
                key={point.cycleId}
                d={series.marker}
                transform={`translate(${px(point.x)} ${px(point.y)})`}
              />
            ))}
          </g>
          {series.leader && (
            <line
              x1={px(series.leader.x1)}
              y1={px(series.leader.y1)}
              x2={px(series.leader.x2)}
              y2={px(series.leader.y2)}
              stroke={series.colour}
            />
          )}
          <Label block={series.endLabel} lineHeight={15} fill={series.colour} fontWeight={600} />
        </g>
      ))}
    </ChartSvg>
  );
}

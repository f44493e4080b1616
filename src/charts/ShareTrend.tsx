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
  const bottom = plot.y + plot.height;
  return (
    <ChartSvg {...props} width={layout.width} height={layout.height}>
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

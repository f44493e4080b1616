import { YGrid } from './Axes';
import { layoutRateDistribution, type RateDistributionData } from './rate-distribution';
import type { ChartProps } from './spec';
import { ChartSvg, Label, NoDataChart, px } from './Svg';
import { COLOURS, FONT } from './theme';

/**
 * A histogram of compliance rates. Factories below the threshold are hatched as well as
 * coloured, and counted in the legend, so the reason for the list does not rest on colour.
 */
export function RateDistribution({ data, ...props }: ChartProps<RateDistributionData>) {
  const layout = layoutRateDistribution(data);
  if (layout.kind === 'no-data')
    return <NoDataChart {...props} layout={layout} locale={data.locale} />;
  const { plot, legend } = layout;
  const bottom = plot.y + plot.height;
  const hatch = `${props.id}-hatch`;
  const swatch = (y: number, hatched: boolean) => (
    <rect
      x={0.75}
      y={px(y - legend.swatch + 2)}
      width={legend.swatch}
      height={legend.swatch}
      fill={hatched ? `url(#${hatch})` : COLOURS.accent}
      stroke={hatched ? COLOURS.nc : undefined}
      strokeWidth={hatched ? 1.5 : undefined}
    />
  );
  return (
    <ChartSvg {...props} width={layout.width} height={layout.height}>
      <defs>
        <pattern
          id={hatch}
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={COLOURS.ncBg} />
          <line x1={1.5} y1={0} x2={1.5} y2={6} stroke={COLOURS.nc} strokeWidth={3} />
        </pattern>
      </defs>
      {swatch(legend.below.y, true)}
      <Label block={legend.below} fontWeight={600} fill={COLOURS.nc} />
      {swatch(legend.rest.y, false)}
      <Label block={legend.rest} />
      {layout.belowBand && (
        <rect
          x={px(layout.belowBand.x)}
          y={px(plot.y)}
          width={px(layout.belowBand.width)}
          height={px(plot.height)}
          fill={COLOURS.ncBg}
          opacity={0.6}
        />
      )}
      <YGrid plot={plot} ticks={layout.yTicks} />
      <Label block={layout.yLabel} fontSize={FONT.small} fill={COLOURS.muted} />
      {layout.bars.map((bar) => (
        <g key={bar.x0}>
          {bar.restHeight > 0 && (
            <rect
              x={px(bar.x)}
              y={px(bar.y)}
              width={px(bar.width)}
              height={px(bar.restHeight)}
              fill={COLOURS.accent}
            />
          )}
          {bar.belowHeight > 0 && (
            <rect
              x={px(bar.x)}
              y={px(bar.belowY)}
              width={px(bar.width)}
              height={px(bar.belowHeight)}
              fill={`url(#${hatch})`}
              stroke={COLOURS.nc}
              strokeWidth={1.5}
            />
          )}
          {bar.countLabel && (
            <Label
              block={bar.countLabel}
              fontSize={FONT.small}
              stroke={COLOURS.paper}
              strokeWidth={3}
              paintOrder="stroke"
            />
          )}
        </g>
      ))}
      <line
        x1={px(plot.x)}
        x2={px(plot.x + plot.width)}
        y1={px(bottom)}
        y2={px(bottom)}
        stroke={COLOURS.axis}
      />
      <g fontSize={FONT.small} fill={COLOURS.muted} textAnchor="middle">
        {layout.xTicks.map((tick) => (
          <g key={tick.at}>
            <line
              x1={px(tick.at)}
              x2={px(tick.at)}
              y1={px(bottom)}
              y2={px(bottom + 5)}
              stroke={COLOURS.axis}
            />
            <text x={px(tick.at)} y={px(bottom + 18)}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <Label block={layout.xLabel} fontSize={FONT.small} fill={COLOURS.muted} />
      {layout.threshold && (
        <g>
          <line
            x1={px(layout.threshold.x)}
            x2={px(layout.threshold.x)}
            y1={px(layout.threshold.label.y + 5)}
            y2={px(bottom)}
            stroke={COLOURS.nc}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <Label block={layout.threshold.label} fontWeight={600} fill={COLOURS.nc} />
        </g>
      )}
      {layout.mean && (
        <g>
          <line
            x1={px(layout.mean.x)}
            x2={px(layout.mean.x)}
            y1={px(layout.mean.label.y + 5)}
            y2={px(bottom)}
            stroke={COLOURS.ink}
            strokeWidth={1.5}
            strokeDasharray="2 3"
          />
          <Label block={layout.mean.label} fontWeight={600} />
        </g>
      )}
    </ChartSvg>
  );
}

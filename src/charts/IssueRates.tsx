import { layoutIssueRates, type IssueRatesData } from './issue-rates';
import type { ChartProps } from './spec';
import { ChartSvg, Label, NoDataChart, px } from './Svg';
import { COLOURS, FONT } from './theme';

/** Horizontal bars of non-compliance per critical requirement, each labelled with its value. */
export function IssueRates({ data, ...props }: ChartProps<IssueRatesData>) {
  const layout = layoutIssueRates(data);
  if (layout.kind === 'no-data')
    return <NoDataChart {...props} layout={layout} locale={data.locale} />;
  const { plot } = layout;
  return (
    <ChartSvg {...props} width={layout.width} height={layout.height}>
      <g stroke={COLOURS.grid}>
        {layout.ticks.map((tick) => (
          <line
            key={tick.at}
            x1={px(tick.at)}
            x2={px(tick.at)}
            y1={plot.top}
            y2={px(plot.bottom)}
          />
        ))}
      </g>
      <line
        x1={plot.x}
        x2={px(plot.x + plot.width)}
        y1={px(plot.bottom)}
        y2={px(plot.bottom)}
        stroke={COLOURS.axis}
      />
      <g fontSize={FONT.small} fill={COLOURS.muted} textAnchor="middle">
        {layout.ticks.map((tick) => (
          <text key={tick.at} x={px(tick.at)} y={px(plot.bottom + 16)}>
            {tick.label}
          </text>
        ))}
      </g>
      <Label block={layout.axisLabel} fill={COLOURS.muted} fontSize={FONT.small} />
      {layout.headings.map((heading) => (
        <Label
          key={heading.lines.join(' ')}
          block={heading}
          fontSize={FONT.heading}
          fontWeight={700}
        />
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.id}>
          <Label block={bar.label} />
          <rect
            x={px(bar.x)}
            y={px(bar.y)}
            width={px(bar.width)}
            height={bar.height}
            fill={COLOURS.nc}
          />
          <Label block={bar.value} fontWeight={600} />
        </g>
      ))}
    </ChartSvg>
  );
}

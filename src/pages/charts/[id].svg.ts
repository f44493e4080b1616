import type { APIRoute } from 'astro';
import { listCharts, renderChartSvg, type ChartSpec } from '../../charts/registry';
import { loadSite } from '../../site/data';

export function getStaticPaths() {
  return listCharts(loadSite()).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(renderChartSvg(props.spec), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { chartCsv, listCharts, type ChartSpec } from '../../charts/registry';
import { loadSite } from '../../site/data';

export function getStaticPaths() {
  return listCharts(loadSite()).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(chartCsv(props.spec), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

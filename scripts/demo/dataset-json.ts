import { DATASET_TEXTS } from './translations.ts';

/** The dataset's description; `demo: true` makes the site say on every page that the factories are fictional. */
export function generateDatasetJson(): string {
  const dataset = {
    title: 'Garment factory compliance in Cambodia (fictional demo data)',
    title_km: DATASET_TEXTS.title.km,
    title_zh: DATASET_TEXTS.title.zh,
    publisher: 'Demo Monitoring Programme',
    publisher_km: DATASET_TEXTS.publisher.km,
    publisher_zh: DATASET_TEXTS.publisher.zh,
    country: 'KH',
    licence: 'CC-BY-4.0',
    source_url: 'https://example.org/demo-monitoring-programme',
    contact: 'mailto:demo-data@example.org',
    demo: true,
  };
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

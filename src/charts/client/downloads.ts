import { chartTitleId } from '../fluid';

/** The files a chart downloads as, in the order of their buttons. */
const FORMATS = ['svg', 'png', 'csv'] as const;

/**
 * A chart's download buttons, labelled from the words the page gives each format (data-svg,
 * data-png, data-csv on the tools' paragraph), each named by its label and the chart's title.
 */
function addButtons(tools: HTMLElement, chartId: string): void {
  for (const format of FORMATS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.dataset['download'] = format;
    button.id = `${chartId}-${format}`;
    button.setAttribute('aria-labelledby', `${button.id} ${chartTitleId(chartId)}`);
    button.textContent = tools.dataset[format] ?? format.toUpperCase();
    tools.append(button);
  }
}

/**
 * What scripts add to every chart on a page: a click on a bar or row with a destination
 * (`data-href`) follows it, and the download buttons appear. The code that makes the files is
 * loaded on the first download, so a page pays for it only when used.
 */
export function enableChartDownloads(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    figure.querySelector('svg')?.addEventListener('click', (event) => {
      const href = (event.target as Element).closest('[data-href]')?.getAttribute('data-href');
      if (href) location.assign(href);
    });
    const tools = figure.querySelector<HTMLElement>('.chart-tools');
    if (!tools || !tools.hidden) continue;
    addButtons(tools, figure.dataset['chart'] ?? '');
    tools.hidden = false;
    tools.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
      if (!button || button.disabled) return;
      button.disabled = true;
      import('./download')
        .then(({ download }) => download(figure, button.dataset['download'] ?? 'svg'))
        .catch((error: unknown) => console.error(error))
        .finally(() => {
          button.disabled = false;
        });
    });
  }
}

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

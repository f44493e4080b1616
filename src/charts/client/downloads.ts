/**
 * The download buttons of every chart on a page. They stay hidden where scripts do not run; the
 * code that makes the files is loaded on the first click, so a page pays for it only when used.
 */
export function enableChartDownloads(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart]')) {
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

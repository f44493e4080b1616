/// <reference types="astro/client" />
/**
 * A chart's downloads: SVG and PNG made from the page's own chart, CSV from its own table. Loaded
 * when a reader first asks for one; the Khmer face is fetched only for an SVG with Khmer text.
 */
import khmer400 from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2?url';
import khmer700 from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal.woff2?url';
import { plainText } from '../../lib/khmer-words';
import { toSafeCsv } from '../../lib/downloads';
import { standaloneSvg } from './standalone';

const FONTS = [
  { weight: 400, url: khmer400 },
  { weight: 700, url: khmer700 },
];
/** The PNG is drawn at twice the SVG's size, for print. */
const PNG_SCALE = 2;

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function png(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function csv(figure: HTMLElement): Blob {
  const table = figure.querySelector('table');
  const header = [...(table?.querySelectorAll('thead th') ?? [])].map(
    (th) => th.getAttribute('data-key') ?? th.textContent?.trim() ?? '',
  );
  const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.children].map(
      (cell) => cell.getAttribute('data-value') ?? cell.textContent?.trim() ?? '',
    ),
  );
  const plain = (cells: string[]) => cells.map(plainText);
  return new Blob([toSafeCsv(plain(header), rows.map(plain))], {
    type: 'text/csv;charset=utf-8',
  });
}

export async function download(figure: HTMLElement, format: string): Promise<void> {
  const name = figure.dataset['chart'] ?? 'chart';
  if (format === 'csv') {
    save(csv(figure), `${name}.csv`);
    return;
  }
  const chart = await standaloneSvg(figure, FONTS);
  if (format === 'svg') {
    save(new Blob([chart.svg], { type: 'image/svg+xml' }), `${name}.svg`);
  } else {
    save(await png(chart.svg, chart.width, chart.height), `${name}.png`);
  }
}

/**
 * Figures measured in Chromium on a built site: the factory search's latency from keystroke to
 * painted results, with how often the right factory is in the top 5, and the supplier check's
 * longest main-thread task on lists built to stall it, beside an ordinary 3,000-line list.
 */
import { measureCheck, printCheckTable } from './browser-check';
import { formatSearchFigures, measureSearch } from './browser-search';
import { ms } from './browser-site';

/** The search and the check in Chromium on a built site, printed. */
export async function benchBrowser(dist: string): Promise<void> {
  const search = await measureSearch(dist);
  console.log(
    `\nFactory search in Chromium (${search.queries} misspelt names typed a key at a time, ${search.keystrokes} keystrokes, keystroke to painted results):`,
  );
  console.log(`  median / p95          ${formatSearchFigures(search)}`);
  console.log(
    "  (work: less the idle wait for the display's next refresh; first frame: results on the page before the first frame after the keystroke)",
  );
  console.log(`  interactive, CPU 4×   ${ms(search.interactiveSlowMs)}`);
  console.log(
    `  while the index loads ${ms(search.loadingSlowestMs)} slowest of ${search.loadingKeystrokes} keystrokes, one every 250 ms`,
  );
  printCheckTable(
    'Supplier check in Chromium: longest main-thread task from choosing the file to its answer',
    await measureCheck(dist),
  );
}

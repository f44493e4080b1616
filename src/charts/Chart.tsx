import { IssueRates } from './IssueRates';
import { RateDistribution } from './RateDistribution';
import { RateHistory } from './RateHistory';
import { ShareTrend } from './ShareTrend';
import type { ChartSpec } from './spec';

interface Props {
  spec: ChartSpec;
  /** The downloaded file: title and credit line drawn inside the SVG. */
  standalone?: boolean;
}

/** Draws any chart of the registry. Rendered on the server only: it needs no client JavaScript. */
export default function Chart({ spec, standalone = false }: Props) {
  const props = {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    frame: standalone ? { heading: spec.title, source: spec.source } : undefined,
  };
  switch (spec.kind) {
    case 'issue-rates':
      return <IssueRates {...props} data={spec.data} />;
    case 'share-trend':
      return <ShareTrend {...props} data={spec.data} />;
    case 'rate-distribution':
      return <RateDistribution {...props} data={spec.data} />;
    case 'rate-history':
      return <RateHistory {...props} data={spec.data} />;
  }
}

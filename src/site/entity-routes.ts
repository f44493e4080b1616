import type { Locale } from '../i18n/locales';
import { entitiesOf, type EntityKind } from './entities';
import { sitePages } from './routes';

/** A page per buyer or group, built with the other pages that are not factory pages. */
export const entityPaths =
  (kind: EntityKind) =>
  (_locale?: Locale): Array<{ params: { slug: string }; props: Record<string, never> }> =>
    sitePages(() =>
      entitiesOf(kind).map((entity) => ({ params: { slug: entity.slug }, props: {} })),
    );

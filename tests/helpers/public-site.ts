import type { FactoryId } from '../../src/lib/ids';
import type { PublicFactory } from '../../src/lib/public-site';

/** A published factory for hand-built snapshots: identity empty unless given. */
export function makePublicFactory(
  id: string,
  name: string,
  rest: Partial<PublicFactory> = {},
): PublicFactory {
  return {
    id: id as FactoryId,
    name,
    nameKm: null,
    nameZh: null,
    aliases: [],
    parentCompany: null,
    province: null,
    address: null,
    buyers: [],
    osId: null,
    workers: null,
    womenWorkers: null,
    status: 'open',
    closedOn: null,
    cycles: [],
    strikes: [],
    responses: [],
    corrections: [],
    ...rest,
  };
}

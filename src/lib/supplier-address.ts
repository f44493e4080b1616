/**
 * Whether a line's address and a factory's are plainly two places: both give a house number and a
 * numbered street, and neither is the same. Addresses are written in many ways (a list may give a
 * road and a commune where the registry gives a lot number, or the street of another entrance), so
 * anything less than two numbers that both disagree is no contradiction. Pure.
 */
const HOUSE =
  /(?:^|[\s,])(?:no|n°|nº|number|#|lot|plot|building)\.?\s*([a-z]?\d+[a-z]?)(?=$|[\s,./])/iu;
const STREET =
  /(?:^|[\s,])(?:street|st|road|rd|national road|nr)\.?\s*((?:[a-z]{1,3}[\s-]?)?\d+[a-z]?)(?=$|[\s,./])/iu;

const compact = (value: string | undefined) =>
  value === undefined ? undefined : value.toLowerCase().replace(/[\s-]+/g, '');

function numbers(address: string): { house: string | undefined; street: string | undefined } {
  const text = address.normalize('NFKC');
  return {
    house: compact(HOUSE.exec(text)?.[1]),
    street: compact(STREET.exec(text)?.[1]),
  };
}

export function addressesDiffer(listAddress: string, factoryAddress: string | undefined): boolean {
  if (listAddress.trim() === '' || factoryAddress === undefined || factoryAddress.trim() === '') {
    return false;
  }
  const a = numbers(listAddress);
  const b = numbers(factoryAddress);
  const differ = (x: string | undefined, y: string | undefined) =>
    x !== undefined && y !== undefined && x !== y;
  return differ(a.house, b.house) && differ(a.street, b.street);
}

/** Whether a line's address and a factory's give the same house number on the same street. */
export function addressesAgree(listAddress: string, factoryAddress: string | undefined): boolean {
  if (listAddress.trim() === '' || factoryAddress === undefined) return false;
  const a = numbers(listAddress);
  const b = numbers(factoryAddress);
  return (
    a.house !== undefined && a.street !== undefined && a.house === b.house && a.street === b.street
  );
}

/** A part of a cell that begins an address: a house or lot number, a street, a Cambodian place word. */
const ADDRESS_START =
  /^\s*(?:(?:no|n°|nº|number|#|lot|plot|building|street|st|road|rd|national road|nr|phum|sangkat|khan|village|commune|district|km)\b\.?\s*[a-z]?\d|\d+[a-z]?\b|(?:phum|sangkat|khan|krong|srok|khum)\s)/iu;

/**
 * The factory's name in a name cell that goes on with its address ("Tonle Demo Bags Co., Ltd.,
 * No. 12 Street D-000, Phnom Penh" → "Tonle Demo Bags Co., Ltd."), or null when no part after a
 * comma begins an address. A legal form's own comma ("Co., Ltd.") is kept.
 */
export function nameBeforeAddress(cell: string): string | null {
  const parts = cell.split(',');
  const at = parts.findIndex((part, index) => index > 0 && ADDRESS_START.test(part));
  if (at < 1) return null;
  const name = parts.slice(0, at).join(',').trim();
  return name === '' ? null : name;
}

/** Branded ids: a factory id cannot be passed where a cycle id is expected. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type FactoryId = Brand<string, 'FactoryId'>;
export type CycleId = Brand<string, 'CycleId'>;
export type RequirementId = Brand<string, 'RequirementId'>;
export type StrikeId = Brand<string, 'StrikeId'>;
/** A calendar date written `YYYY-MM-DD`; such strings sort chronologically. */
export type IsoDate = Brand<string, 'IsoDate'>;

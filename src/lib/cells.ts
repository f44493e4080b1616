import { z } from 'zod';
import { isIsoDate } from './dates';
import { isReservedFileName, RESERVED_FILE_NAMES } from './identity';
import type { IsoDate } from './ids';
import { CELL_LIMITS, formatCount } from './limits';
import { lookAlikeNote } from './look-alikes';
import { quoteValue } from './unsafe-text';

/**
 * Cell schemas. Every cell arrives as a string; surrounding spaces are ignored and an empty cell
 * means "no value". Each message says what was expected and what was found.
 */
const blankToUndefined = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const quote = (input: unknown): string => quoteValue(input);

/** A cell that must hold a value. */
export function required<T extends z.ZodType<unknown, string>>(schema: T) {
  return z.preprocess(
    blankToUndefined,
    z.string({ error: 'expected a value, found an empty cell' }).pipe(schema),
  );
}

/** A cell that may be empty. */
export function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

export const text = z.string();

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
export const slugId = z.string().regex(ID_PATTERN, {
  error: (issue) =>
    `expected an id of letters, digits and hyphens starting with a letter or digit, found ${quote(issue.input)}${lookAlikeNote(String(issue.input))}`,
});

export const requirementId = z.string().regex(/^[A-Z0-9]+$/, {
  error: (issue) =>
    `expected an id of capital letters and digits such as CI01, found ${quote(issue.input)}`,
});

/**
 * An id that names a row (and so a page, a file and a permalink), not a reference to one: it may
 * not be a name Windows reserves for a device, which no file or folder can bear there.
 */
function declaring<T extends z.ZodType<string, string>>(schema: T) {
  return schema.refine((id) => !isReservedFileName(id), {
    error: (issue) =>
      `${quote(issue.input)} is a reserved file name on Windows (${RESERVED_FILE_NAMES}): expected another id, since the id names a page and a file`,
  });
}
export const newSlugId = declaring(slugId);
export const newRequirementId = declaring(requirementId);

export const groupSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `expected a slug of lower-case letters, digits and hyphens such as osh-emergency, found ${quote(issue.input)}`,
});

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDate = z
  .string()
  .refine(isIsoDate, {
    error: (issue) =>
      DATE_SHAPE.test(String(issue.input))
        ? `${quote(issue.input)} is not a day of the calendar: expected a date as YYYY-MM-DD that exists`
        : `expected a date as YYYY-MM-DD, found ${quote(issue.input)}`,
  })
  .transform((value) => value as IsoDate);

/** A whole number from 0 to `max`, which is at most the largest a JSON number holds exactly. */
function wholeNumber(max: number) {
  return z
    .string()
    .regex(/^\d+$/, {
      error: (issue) => `expected a whole number of 0 or more, found ${quote(issue.input)}`,
      abort: true,
    })
    .refine((value) => Number(value) <= max, {
      error: (issue) =>
        `expected a whole number of at most ${formatCount(max)}, found ${quote(issue.input)}`,
    })
    .transform(Number);
}

export const count = wholeNumber(Number.MAX_SAFE_INTEGER);

/**
 * Assessments made before the files' first cycle. They are added to the assessments in the files,
 * so they are held far below the largest exact number: the sum stays exact.
 */
export const MAX_PRIOR_ASSESSMENTS = 1_000_000_000;
export const priorCount = wholeNumber(MAX_PRIOR_ASSESSMENTS);

/** One of a fixed set of lower-case words, matched case-insensitively. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const list = values.join(' or ');
  return z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(values, {
        error: (issue) => `expected ${list}, found ${quote(issue.input)}`,
      }),
    );
}

export const list = z
  .string()
  .transform((value) =>
    value
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .superRefine((items, context) => {
    const index = items.findIndex((item) => item.length > CELL_LIMITS.name);
    if (index !== -1) {
      context.addIssue({
        code: 'custom',
        message: `item ${index + 1} of the list is ${formatCount(items[index]?.length ?? 0)} characters long: expected at most ${CELL_LIMITS.name} per item`,
      });
    }
  });

/** An Open Supply Hub id: 2 letters, 7 digits, 6 letters or digits; hyphens and spaces ignored. */
export const osId = z
  .string()
  .transform((value) => value.replace(/[-\s]/g, '').toUpperCase())
  .refine((value) => /^[A-Z]{2}\d{7}[A-Z0-9]{6}$/.test(value), {
    error: (issue) =>
      `expected an Open Supply Hub id (2 letters, 7 digits, 6 letters or digits, e.g. KH2019063XQ4T7B), found ${quote(issue.input)}`,
  });

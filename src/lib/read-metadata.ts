import { visit } from 'jsonc-parser';
import { decodeUtf8 } from './csv';
import { FILE_COLUMN, makeProblem, type Problem } from './problems';
import { missingFile, type Read } from './read-tables';
import { DATASET_META_KEYS, datasetMetaSchema, type DatasetMeta } from './schemas';
import { describeUnsafe, findUnsafeCharacter } from './unsafe-text';

/**
 * Reads dataset.json: a JSON object whose strings are plain text and whose addresses are safe to
 * link to. Problems are placed on the line of their key.
 */
export function readDatasetMeta(
  file: string,
  bytes: Uint8Array | undefined,
  refusedUnread = false,
): Read<DatasetMeta | undefined> {
  if (bytes === undefined) {
    return { value: undefined, problems: refusedUnread ? [] : [missingFile(file)] };
  }
  const decoded = decodeUtf8(bytes, file);
  if (decoded.problems.length > 0) return { value: undefined, problems: decoded.problems };
  const refuse = (message: string, line = 1): Read<undefined> => ({
    value: undefined,
    problems: [makeProblem('error', file, line, FILE_COLUMN, message)],
  });
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(
      `is not valid JSON (${message}): expected a JSON object`,
      lineOfJsonError(message, decoded.text),
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('expected a JSON object with title, publisher and demo');
  }
  const lineOfKey = (key: string): number => {
    const at = decoded.text.indexOf(JSON.stringify(key));
    return at === -1 ? 1 : decoded.text.slice(0, at).split('\n').length;
  };
  const problems: Problem[] = [
    ...duplicateKeys(decoded.text).map(({ key, line, first }) =>
      makeProblem(
        'error',
        file,
        line,
        key,
        `duplicate key (first on line ${first}): JSON readers keep one of the two values, expected each key once`,
      ),
    ),
    ...Object.keys(json)
      .filter((key) => !DATASET_META_KEYS.includes(key))
      .map((key) =>
        makeProblem(
          'warning',
          file,
          lineOfKey(key),
          key,
          'unknown key: not part of the data contract, ignored',
        ),
      ),
  ];
  for (const [key, value] of Object.entries(json)) {
    const unsafeKey = findUnsafeCharacter(key, false);
    if (unsafeKey !== undefined) {
      problems.push(
        makeProblem('error', file, lineOfKey(key), key, `key ${describeUnsafe(unsafeKey)}`),
      );
    }
    const unsafe = typeof value === 'string' ? findUnsafeCharacter(value, false) : undefined;
    if (unsafe !== undefined) {
      problems.push(
        makeProblem('error', file, lineOfKey(key), key, `value ${describeUnsafe(unsafe)}`),
      );
    }
  }
  const result = datasetMetaSchema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? FILE_COLUMN);
      const message =
        issue.code === 'invalid_type' && issue.path.length === 1 && key in json
          ? `expected ${issue.expected === 'string' ? 'text (a JSON string)' : `a JSON ${issue.expected}`}, found ${jsonKind((json as Record<string, unknown>)[key])}`
          : issue.message;
      problems.push(makeProblem('error', file, lineOfKey(key), key, message));
    }
    return { value: undefined, problems };
  }
  if (problems.some((problem) => problem.severity === 'error')) {
    return { value: undefined, problems };
  }
  return { value: result.data, problems };
}

/** What a JSON value is, for a message: "a number (5)", "an object", "null". */
function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `${typeof value === 'number' ? 'a number' : 'true or false'} (${String(value)})`;
  }
  return `a ${typeof value}`;
}

/**
 * The line a JSON parser's message points at ("line 2 column 18", or "position 32"); the last
 * line with text for a file that ends too soon; else 1.
 */
function lineOfJsonError(message: string, text: string): number {
  const line = /\bline (\d+) column \d+/.exec(message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /\bposition (\d+)/.exec(message)?.[1];
  if (position !== undefined) return text.slice(0, Number(position)).split('\n').length;
  if (/end of (?:JSON )?input/i.test(message)) return text.trimEnd().split('\n').length;
  return 1;
}

/** Keys given twice in one object of a JSON text, with their lines (1-based) and the first's. */
function duplicateKeys(text: string): Array<{ key: string; line: number; first: number }> {
  const found: Array<{ key: string; line: number; first: number }> = [];
  const objects: Array<Map<string, number>> = [];
  visit(text, {
    onObjectBegin: () => {
      objects.push(new Map());
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (key, _offset, _length, startLine) => {
      const seen = objects.at(-1);
      if (seen === undefined) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, startLine + 1);
      else found.push({ key, line: startLine + 1, first });
    },
  });
  return found;
}

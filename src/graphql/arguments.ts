import { MAX_PATH_HOPS } from '../data/graph';
import { SERIES_KEY } from '../model/entityFields';
import { ENTITY_ID } from '../model/vocabulary';
import { MAX_SECTION } from '../model/sections';
import { badUserInput } from './errors';

/** Validation and translation of common arguments, shared by the resolver modules. */

/**
 * The largest value each bounded integer argument accepts, by schema coordinate (an interface's
 * field covers its implementations). The resolvers refuse anything larger and the cost model
 * (cost.ts) multiplies by these; the defaults are the schema's.
 */
export const ARGUMENT_MAXIMA = {
  'Query.auditLog(first:)': 200,
  'Query.awards(first:)': 100,
  'Query.awardStatistics(awardsPerBucket:)': 100,
  'Query.connections(first:)': 20,
  'Query.connections(maxHops:)': MAX_PATH_HOPS,
  'Query.diff(first:)': 100,
  'Query.entities(first:)': 100,
  'Query.facts(first:)': 100,
  'Query.neighbourhood(hops:)': 2,
  'Query.neighbourhood(maxNodes:)': 300,
  'Query.partnerships(first:)': 200,
  'Query.roles(first:)': 200,
  'Query.search(first:)': 50,
  'Query.topRecipients(first:)': 50,
  'Entity.relations(first:)': 200,
} as const;

export function pageSize(argumentName: string, value: number | null | undefined, fallback: number, max: number): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badUserInput(argumentName, `must be between 1 and ${max}, got ${size}`);
  }
  return size;
}

const CURSOR_PREFIX = 'id:';

/** Cursors are opaque to clients: base64url of the last id seen. */
export function encodeCursor(id: string): string {
  return Buffer.from(CURSOR_PREFIX + id, 'utf8').toString('base64url');
}

export function decodeCursor(argumentName: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX) || encodeCursor(decoded.slice(CURSOR_PREFIX.length)) !== cursor) {
    throw badUserInput(argumentName, 'is not a cursor returned by this API');
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/** An argument naming an entity by id: refused unless it reads `<kind>/<slug>`. */
export function entityId(argumentName: string, value: string): string {
  if (!ENTITY_ID.test(value)) {
    throw badUserInput(argumentName, `is not an entity id (<kind>/<slug>, e.g. person/yang-zhenhua), got "${value.slice(0, 100)}"`);
  }
  return value;
}

/** A metric series' key (library-loans): refused, naming it, unless it is one. */
export function seriesKey(argumentName: string, value: string): string {
  if (!SERIES_KEY.test(value)) {
    throw badUserInput(
      argumentName,
      `"${value.slice(0, 100)}" is not a series key (lower-case words joined by hyphens, e.g. library-loans)`,
    );
  }
  return value;
}

/** A section given by its number: 0 for the preamble, 1 for 一, 11 for 十一. */
export function sectionNumberArgument(argumentName: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_SECTION) {
    throw badUserInput(argumentName, `must be a section number from 0 (the preamble) to ${MAX_SECTION}, got ${value}`);
  }
  return value;
}

const MAX_NAME_LENGTH = 200;

export function nonEmptyText(argumentName: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badUserInput(argumentName, 'must not be empty');
  if (trimmed.length > MAX_NAME_LENGTH) throw badUserInput(argumentName, `must be at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

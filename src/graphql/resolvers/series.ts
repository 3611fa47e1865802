import { listSeries, type SeriesSelection } from '../../data/series';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { entityId, seriesKey } from '../arguments';
import { resolveAsOf } from '../claims';
import { badUserInput } from '../errors';
import { needsReportText } from '../reportSections';
import { selectedEntity } from '../selection';
import type { GraphQLResolveInfo } from 'graphql';

/** What the root field selects below each series, for its one statement. */
const seriesSelection = (info: GraphQLResolveInfo): SeriesSelection => ({
  scope: selectedEntity(info, ['scope']),
  metric: selectedEntity(info, ['points', 'metric']),
  reportText: needsReportText(info, ['points', 'report']),
});

/** Keys one filter may name: more than the dataset has series, few enough to keep the statement small. */
const MAX_KEYS = 100;

const Query: QueryResolvers = {
  metricSeries: async (_root, { filter, asOf }, { db }, info) => {
    const keys = filter?.keys ?? null;
    if (keys && (keys.length === 0 || keys.length > MAX_KEYS))
      throw badUserInput('filter.keys', `must name 1 to ${MAX_KEYS} keys, got ${keys.length}`);
    return listSeries(
      db,
      {
        keys: keys?.map((key) => seriesKey('filter.keys', key.trim())) ?? null,
        scope: filter?.scope ? entityId('filter.scope', filter.scope.trim()) : null,
        unit: filter?.unit?.trim() || null,
        reports: (await resolveAsOf(db, asOf))?.known ?? null,
      },
      seriesSelection(info),
    );
  },
  metricSeriesByKey: async (_root, { key, asOf }, { db }, info) => {
    const query = { keys: [seriesKey('key', key.trim())], scope: null, unit: null, reports: (await resolveAsOf(db, asOf))?.known ?? null };
    const [series] = await listSeries(db, query, seriesSelection(info));
    return series ?? null;
  },
};

export const seriesResolvers: Resolvers = { Query };

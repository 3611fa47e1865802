import { findReportText } from '../data/reports';
import { parseCorpus, quoteInContext, ReportTextError, type Corpus, type QuoteInContext } from '../model/reportText';
import type { Provenance } from '../model/provenance';
import type { GraphQLContext } from './context';

/**
 * Reports parsed for one request: a page that shows many quotes reads each report's text once.
 * Keyed by the request's context object, so nothing outlives the request.
 */
const corporaByRequest = new WeakMap<GraphQLContext, Map<string, Promise<Corpus | null>>>();

/** A text imported before the parser grew stricter may not parse now: its quotes then have no context. */
function parsedOrNull(text: string): Corpus | null {
  try {
    return parseCorpus(text);
  } catch (err) {
    if (err instanceof ReportTextError) return null;
    throw err;
  }
}

function corpusFor(context: GraphQLContext, reportId: string): Promise<Corpus | null> {
  let corpora = corporaByRequest.get(context);
  if (!corpora) corporaByRequest.set(context, (corpora = new Map()));
  let corpus = corpora.get(reportId);
  if (!corpus) {
    corpus = findReportText(context.db, reportId).then((text) => (text === null ? null : parsedOrNull(text)));
    corpora.set(reportId, corpus);
  }
  return corpus;
}

/** The sentence of the report around a source's quote, or null when the report text lacks it. */
export async function contextOfSource(context: GraphQLContext, source: Provenance): Promise<QuoteInContext | null> {
  const corpus = await corpusFor(context, source.report);
  return corpus && quoteInContext(corpus, source.section, source.item, source.quote);
}

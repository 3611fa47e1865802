import { PREAMBLE, type Section } from './sections';

/** Where a fact comes from: one verbatim fragment of one report. */
export interface Provenance {
  report: string;
  section: Section;
  /** Numbered item within the section; null for the preamble or a heading. */
  item: number | null;
  quote: string;
}

/**
 * Neo4j properties cannot hold maps, so a list of provenances is stored as four parallel
 * lists on the node or relationship. These two functions are the only place that knows it.
 */
export interface ProvenanceProperties {
  srcReport: string[];
  srcSection: string[];
  /** 0 stands for "no item" (Neo4j lists cannot hold null). */
  srcItem: number[];
  srcQuote: string[];
}

export function toProvenanceProperties(sources: readonly Provenance[]): ProvenanceProperties {
  return {
    srcReport: sources.map((s) => s.report),
    srcSection: sources.map((s) => s.section),
    srcItem: sources.map((s) => s.item ?? 0),
    srcQuote: sources.map((s) => s.quote),
  };
}

export function fromProvenanceProperties(p: Partial<ProvenanceProperties>): Provenance[] {
  const quotes = p.srcQuote ?? [];
  return quotes.map((quote, i) => ({
    report: p.srcReport?.[i] ?? '',
    section: p.srcSection?.[i] ?? PREAMBLE,
    item: p.srcItem?.[i] ? p.srcItem[i]! : null,
    quote,
  }));
}

/**
 * The quotes that state a fact ended (a role left, a membership closed) are provenances too,
 * kept the same way under their own names, so that a fact's sources and its end never mix.
 */
export interface EndProvenanceProperties {
  endReport: string[];
  endSection: string[];
  endItem: number[];
  endQuote: string[];
}

export function toEndProperties(ends: readonly Provenance[]): EndProvenanceProperties | Record<string, never> {
  if (ends.length === 0) return {};
  const p = toProvenanceProperties(ends);
  return { endReport: p.srcReport, endSection: p.srcSection, endItem: p.srcItem, endQuote: p.srcQuote };
}

export function fromEndProperties(p: Partial<EndProvenanceProperties>): Provenance[] {
  return fromProvenanceProperties({ srcReport: p.endReport, srcSection: p.endSection, srcItem: p.endItem, srcQuote: p.endQuote });
}

import type { AwardRank, Level } from '../gql/graphql';
import { buildCsv } from './csv';
import { levelLabel, rankLabel, sourceLabel, type Lang } from './i18n';

/** The columns of an award row the CSV needs (a structural subset of the query's result). */
export interface CsvAward {
  id: string;
  name: string;
  rank: AwardRank;
  rankText: string;
  level?: Level | null;
  date?: string | null;
  period?: string | null;
  discipline?: string | null;
  category?: string | null;
  recipients: readonly { name: string }[];
  coaches: readonly { name: string }[];
  wonAt?: { name: string } | null;
  sources: readonly { section: string; item?: number | null; quote: string }[];
}

const HEADER: Record<Lang, string[]> = {
  zh: ['奖项', '名次', '名次类别', '级别', '赛项', '组别', '获奖者', '指导教师', '竞赛/评选', '日期', '出处', '报告原文', 'id'],
  en: [
    'Award',
    'Rank (as written)',
    'Rank',
    'Level',
    'Discipline',
    'Category',
    'Recipients',
    'Coaches',
    'Competition',
    'Date',
    'Source',
    'Quote',
    'id',
  ],
};

/** One CSV row per award; several recipients, coaches or quotes are joined within their cell. */
export function awardsCsv(lang: Lang, awards: readonly CsvAward[]): string {
  const rows = awards.map((a) => [
    a.name,
    a.rankText,
    rankLabel(lang, a.rank),
    a.level ? levelLabel(lang, a.level) : '',
    a.discipline ?? '',
    a.category ?? '',
    a.recipients.map((r) => r.name).join('、'),
    a.coaches.map((c) => c.name).join('、'),
    a.wonAt?.name ?? '',
    a.date ?? a.period ?? '',
    a.sources.map((s) => sourceLabel(lang, s.section, s.item)).join('; '),
    a.sources.map((s) => s.quote).join('\n'),
    a.id,
  ]);
  return buildCsv(HEADER[lang], rows);
}

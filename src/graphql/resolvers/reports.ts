import { findReportById, listReportSummaries, listReports } from '../../data/reports';
import type { QueryResolvers, ReportResolvers, Resolvers } from '../../generated/graphql';
import { isSection, sectionNumberOf } from '../../model/sections';
import { sectionNumberArgument } from '../arguments';
import { resolveAsOf } from '../claims';
import { badUserInput } from '../errors';
import { needsReportText, sectionsOf } from '../reportSections';

const Query: QueryResolvers = {
  reports: async (_root, { asOf }, { db }, info) => listReports(db, needsReportText(info), (await resolveAsOf(db, asOf))?.known ?? null),
  report: async (_root, { id, asOf: given }, { db }, info) => {
    const asOf = await resolveAsOf(db, given);
    return asOf && !asOf.known.includes(id) ? null : findReportById(db, id, needsReportText(info));
  },
  reportSummaries: async (_root, { asOf }, { db }, info) =>
    listReportSummaries(db, (await resolveAsOf(db, asOf))?.known ?? null, needsReportText(info, ['report'])),
};

const Report: ReportResolvers = {
  sections: (report, _args, { db }) => sectionsOf(db, report),
  section: async (report, args, { db }) => {
    const given = [args.number, args.heading].filter((value) => value !== null && value !== undefined);
    if (given.length !== 1) throw badUserInput('number', 'give exactly one of number and heading');
    let number: number;
    if (args.heading !== null && args.heading !== undefined) {
      if (!isSection(args.heading))
        throw badUserInput('heading', `must be 前言 or a section numeral such as 三 or 十一, got "${args.heading}"`);
      number = sectionNumberOf(args.heading)!;
    } else {
      number = sectionNumberArgument('number', args.number!);
    }
    return (await sectionsOf(db, report)).find((section) => section.number === number) ?? null;
  },
};

export const reportResolvers: Resolvers = { Query, Report };

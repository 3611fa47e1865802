/**
 * The most expensive reads the schema allows within its query limits: every page at its
 * maximum, the widest graph traversals, relationship fields nested as deep as the limits let a
 * page-sized read go. Used by the deadline benchmark (bench/deadline.ts) and its test
 * (tests/requestDeadline.test.ts).
 */
export const EXPENSIVE_OPERATIONS: Record<string, string> = {
  neighbourhood: `{ neighbourhood(id: "org/college", hops: 2, maxNodes: 300) {
    truncated
    nodes { id kind name nameEn sources { section item quote } }
    edges { id type label source target role sources { section item quote } } } }`,
  connections: `{ connections(from: "person/yang-zhenhua", to: "person/chen-ying", maxHops: 6, first: 20) {
    length
    nodes { id kind name nameEn sources { quote } }
    edges { id type label source target role sources { section item quote } } } }`,
  statistics: `{
    byLevel: awardStatistics(groupBy: LEVEL, awardsPerBucket: 100) { key count awards { id name nameEn } }
    bySection: awardStatistics(groupBy: SECTION, awardsPerBucket: 100) { key count awards { id name } }
    byKind: awardStatistics(groupBy: RECIPIENT_KIND, awardsPerBucket: 100) { key count }
    top: topRecipients(first: 50) { awardCount entity { id name } awards { id name level } } }`,
  search: `{ search(query: "学院", first: 50) { kind score matchedField snippet entity { id name nameEn } } }`,
  nestedEntity: `{ entity(id: "org/college") {
    id name nameEn sources { section item quote }
    relations(first: 200) { type role sources { section item quote } other { id kind name nameEn sources { quote } } } } }`,
  awards: `{ awards(first: 100) { totalCount edges { node {
    id name rankText level
    recipients { id name } coaches { id name } wonAt { id name } sources { section item quote } } } } }`,
};

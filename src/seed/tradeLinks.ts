import type { DatasetEntity, DatasetFact } from './dataset';

/**
 * An award's `discipline` (the trade as the report writes it with the award) and its IN_TRADE
 * link say the same thing twice, and the API serves both (`Award.discipline`, `Award.trade`), so
 * the dataset must keep them in agreement: a linked award names its trade, an award whose
 * discipline is a trade's name is linked to it, and an award is won in one trade at most.
 */
export function tradeLinkProblems(entities: ReadonlyMap<string, DatasetEntity>, facts: readonly DatasetFact[]): string[] {
  const problems: string[] = [];
  const tradeByName = new Map<string, string>();
  for (const entity of entities.values()) if (entity.kind === 'TRADE') tradeByName.set(entity.name, entity.id);
  const linked = new Map<string, DatasetFact[]>();
  for (const fact of facts) {
    if (fact.type === 'IN_TRADE') linked.set(fact.from, [...(linked.get(fact.from) ?? []), fact]);
  }
  for (const [awardId, links] of linked) {
    const award = entities.get(awardId);
    if (award?.kind !== 'AWARD') continue; // the endpoint check reports it
    if (links.length > 1) {
      problems.push(`${links[1]!.file}: fact ${links[1]!.id}: award ${awardId} is already in a trade (fact ${links[0]!.id}); an award is won in one trade`);
    }
    for (const link of links) {
      const trade = entities.get(link.to);
      if (trade?.kind === 'TRADE' && award.discipline !== trade.name) {
        problems.push(
          `${award.files.join(', ')}: ${awardId} field 'discipline': ${JSON.stringify(award.discipline ?? null)} differs from the name of its trade ${trade.id} (${trade.name}, fact ${link.id})`,
        );
      }
    }
  }
  for (const award of entities.values()) {
    if (award.kind !== 'AWARD' || award.discipline === undefined || linked.has(award.id)) continue;
    const tradeId = tradeByName.get(award.discipline);
    if (tradeId) problems.push(`${award.files.join(', ')}: ${award.id} field 'discipline': names the trade ${tradeId}, but no IN_TRADE fact links them`);
  }
  return problems;
}

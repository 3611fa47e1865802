/** Merges a newly fetched neighbourhood into the graph on screen, keeping first-seen order. */
export function mergeGraph<N extends { id: string }, E extends { id: string }>(
  current: { nodes: readonly N[]; edges: readonly E[] },
  added: { nodes: readonly N[]; edges: readonly E[] },
): { nodes: N[]; edges: E[] } {
  const nodeIds = new Set(current.nodes.map((n) => n.id));
  const edgeIds = new Set(current.edges.map((e) => e.id));
  return {
    nodes: [...current.nodes, ...added.nodes.filter((n) => !nodeIds.has(n.id))],
    edges: [...current.edges, ...added.edges.filter((e) => !edgeIds.has(e.id))],
  };
}

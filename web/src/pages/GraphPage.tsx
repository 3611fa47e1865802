import { useEffect, useMemo, useState } from 'react';
import { execute } from '../api/client';
import { GraphCanvas } from '../components/GraphCanvas';
import { GraphLegend } from '../components/GraphLegend';
import { GraphSidePanel } from '../components/GraphSidePanel';
import { ErrorMessage, Loading } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n';
import { mergeGraph } from '../lib/graphMerge';
import { entityHref } from '../lib/routes';
import { Link } from '../router';
import { ExplorerNeighbourhood, type GraphEdgeData, type GraphNode } from './graphQuery';

const MAX_NODES = 80;

/** An entity's neighbourhood drawn with cytoscape (this module and cytoscape load on demand). */
export default function GraphPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery(ExplorerNeighbourhood, { id, hops: 1, maxNodes: MAX_NODES });
  useDocumentTitle(
    data?.neighbourhood ? t('graphTitle', { name: data.neighbourhood.nodes.find((n) => n.id === id)?.name ?? id }) : undefined,
  );
  const [graph, setGraph] = useState<{ centre: string; nodes: GraphNode[]; edges: GraphEdgeData[] }>();
  const [selected, setSelected] = useState<string>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [expanding, setExpanding] = useState(false);
  const [expandError, setExpandError] = useState<Error>();

  useEffect(() => {
    const neighbourhood = data?.neighbourhood;
    if (!neighbourhood) return;
    setGraph({ centre: id, nodes: [...neighbourhood.nodes], edges: [...neighbourhood.edges] });
    setSelected(id);
    setExpanded(new Set([id]));
  }, [data, id]);

  const current = graph?.centre === id ? graph : undefined;
  const kinds = useMemo(() => new Set(current?.nodes.map((n) => n.kind)), [current]);
  const centreNode = current?.nodes.find((n) => n.id === id);

  const expand = async (nodeId: string) => {
    setExpanding(true);
    setExpandError(undefined);
    try {
      const result = await execute(ExplorerNeighbourhood, { id: nodeId, hops: 1, maxNodes: MAX_NODES });
      const added = result.neighbourhood;
      if (added) setGraph((g) => (g && g.centre === id ? { centre: g.centre, ...mergeGraph(g, added) } : g));
      setExpanded((set) => new Set([...set, nodeId]));
    } catch (e) {
      setExpandError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setExpanding(false);
    }
  };

  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (data && !data.neighbourhood) return <p className="status">{t('entityNotFound', { id })}</p>;
  if (!current || !centreNode) return <Loading />;
  return (
    <div className="page graph-page">
      <h1>
        {t('graphTitle', { name: '' })}
        <Link href={entityHref(id)} lang="zh-CN">
          {centreNode.name}
        </Link>
      </h1>
      <p className="status" role="status">
        {t('graphStats', { nodes: current.nodes.length, edges: current.edges.length })}
        {data?.neighbourhood?.truncated ? ` · ${t('graphTruncated')}` : ''}
      </p>
      {expandError && <ErrorMessage error={expandError} />}
      <GraphLegend kinds={kinds} />
      <div className="graph-layout">
        <GraphCanvas
          nodes={current.nodes}
          edges={current.edges}
          centre={id}
          selected={selected}
          onSelect={setSelected}
          label={t('graphCanvasLabel', { name: centreNode.name })}
        />
        <GraphSidePanel
          nodes={current.nodes}
          selected={current.nodes.find((n) => n.id === selected)}
          expanded={expanded}
          expanding={expanding}
          onSelect={setSelected}
          onExpand={expand}
        />
      </div>
    </div>
  );
}

import { Fragment } from 'react';
import { useI18n } from '../i18n';
import { relationLabel } from '../lib/i18n';
import type { PathData } from '../pages/pathQuery';
import { EntityLink } from './EntityLink';
import { Quote } from './Quote';

/** One shortest path: entity, the fact that links it to the next (with its quote), next entity… */
export function PathList({ path, index }: { path: PathData; index: number }) {
  const { lang, t } = useI18n();
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  return (
    <li className="path" data-testid="path">
      <h2>{t('pathNumber', { n: index + 1 })}</h2>
      <ol className="hops">
        {path.nodes.map((node, i) => {
          const edge = path.edges[i];
          const next = path.nodes[i + 1];
          // Edges point source → target; say the relation from this node's side.
          const direction = edge && edge.source === node.id ? 'OUTGOING' : 'INCOMING';
          return (
            <Fragment key={`${node.id}-${i}`}>
              <li className="hop-node">
                <EntityLink entity={node} showKind />
              </li>
              {edge && next && (
                <li className="hop-edge">
                  <span className="relation">
                    ↓ {relationLabel(lang, edge.type, direction)}
                    {edge.role ? ` (${edge.role})` : ''}
                  </span>
                  <span className="visually-hidden"> {byId.get(next.id)?.name}</span>
                  {edge.sources.map((source, j) => (
                    <Quote key={j} source={source} />
                  ))}
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
    </li>
  );
}

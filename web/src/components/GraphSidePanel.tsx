import { useI18n } from '../i18n';
import { entityHref } from '../lib/routes';
import type { GraphNode } from '../pages/graphQuery';
import { Link } from '../router';
import { KindBadge } from './KindBadge';

interface Props {
  nodes: readonly GraphNode[];
  selected: GraphNode | undefined;
  expanded: ReadonlySet<string>;
  expanding: boolean;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
}

/** The selected node's actions, and every node as a button list (the keyboard way into the graph). */
export function GraphSidePanel({ nodes, selected, expanded, expanding, onSelect, onExpand }: Props) {
  const { t } = useI18n();
  return (
    <aside className="graph-panel">
      <section aria-labelledby="graph-selected" className="selected-node" data-testid="graph-selected">
        <h2 id="graph-selected">{t('graphSelected')}</h2>
        {selected ? (
          <>
            <p>
              <KindBadge kind={selected.kind} /> <strong lang="zh-CN">{selected.name}</strong>
            </p>
            <p className="gloss" lang="en">
              {selected.nameEn}
            </p>
            <div className="actions">
              <button type="button" onClick={() => onExpand(selected.id)} disabled={expanding || expanded.has(selected.id)}>
                {expanding ? t('loading') : t('graphExpand')}
              </button>
              <Link className="button secondary" href={entityHref(selected.id)}>
                {t('graphOpen')}
              </Link>
            </div>
          </>
        ) : (
          <p className="hint">{t('graphSelectHint')}</p>
        )}
      </section>
      <section aria-labelledby="graph-nodes">
        <h2 id="graph-nodes">{t('graphNodes')}</h2>
        <ul className="node-list">
          {nodes.map((node) => (
            <li key={node.id}>
              <button type="button" className="node-button" aria-pressed={selected?.id === node.id} onClick={() => onSelect(node.id)}>
                <KindBadge kind={node.kind} /> <span lang="zh-CN">{node.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

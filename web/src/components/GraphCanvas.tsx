import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { relationLabel } from '../lib/i18n';
import { KIND_COLORS } from '../lib/kindColors';
import type { GraphEdgeData, GraphNode } from '../pages/graphQuery';

interface Props {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdgeData[];
  centre: string;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  label: string;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      color: '#1b1f24',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      width: 22,
      height: 22,
    },
  },
  { selector: 'node.centre', style: { width: 34, height: 34, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f5b700' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa4b2',
      'target-arrow-color': '#9aa4b2',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#4a5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
];

/** Cytoscape on a div: elements are added as the graph grows, never rebuilt, so expanding keeps the picture. */
export function GraphCanvas({ nodes, edges, centre, selected, onSelect, label }: Props) {
  const { lang } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(undefined);
    });
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const added: ElementDefinition[] = [];
    for (const node of nodes) {
      if (cy.getElementById(node.id).empty()) {
        added.push({
          group: 'nodes',
          data: { id: node.id, label: node.name, color: KIND_COLORS[node.kind] },
          classes: node.id === centre ? 'centre' : '',
        });
      }
    }
    for (const edge of edges) {
      if (cy.getElementById(`e:${edge.id}`).empty()) {
        added.push({ group: 'edges', data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, type: edge.type } });
      }
    }
    if (added.length === 0) return;
    cy.add(added);
    // Rings by distance from the centre: deterministic, and it reads as "neighbours, then theirs".
    const depth = new Map<string, number>();
    cy.elements().bfs({
      roots: cy.getElementById(centre),
      directed: false,
      visit: (node, _edge, _previous, _index, d) => {
        depth.set(node.id(), d);
      },
    });
    const deepest = Math.max(0, ...depth.values());
    cy.layout({
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 30,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      minNodeSpacing: 24,
      concentric: (node: cytoscape.NodeSingular) => deepest - (depth.get(node.id()) ?? deepest + 1),
      levelWidth: () => 1,
    } as cytoscape.LayoutOptions).run();
    // Fitting centres the bounding box, labels included; put the centre entity in the middle instead.
    cy.center(cy.getElementById(centre));
  }, [nodes, edges, centre]);

  // Edge labels follow the interface language.
  useEffect(() => {
    cyRef.current?.edges().forEach((edge) => {
      edge.data('label', relationLabel(lang, edge.data('type'), 'OUTGOING'));
    });
  }, [lang, edges]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (selected) cy.getElementById(selected).select();
  }, [selected, nodes]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />;
}

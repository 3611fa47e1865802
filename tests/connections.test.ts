import fs from 'node:fs';
import path from 'node:path';
import type { RunningApp } from '../src/app';
import { postGraphQL, startTestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

let app: RunningApp;
const reportText = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'), 'utf8');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const gql = async (query: string) => {
  const { body } = await postGraphQL(app.url, query);
  return body;
};

describe('connections between two entities', () => {
  it("finds how 杨珍华 and 陈滢 are connected, with the report's words for every step", async () => {
    const body = await gql(`{ connections(from: "person/yang-zhenhua", to: "person/chen-ying", first: 20) {
      length nodes { id } edges { type source target sources { quote } } } }`);
    expect(body.errors).toBeUndefined();
    const paths = body.data!.connections;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p: any) => p.length === 2 && p.nodes[0].id === 'person/yang-zhenhua' && p.nodes[2].id === 'person/chen-ying')).toBe(
      true,
    );
    const via = new Set(paths.map((p: any) => p.nodes[1].id));
    expect(via).toEqual(new Set(['competition/national-skills-competition-1', 'group/worldskills-46-national-squad', 'org/college']));
    for (const p of paths) {
      p.edges.forEach((edge: any, i: number) => {
        // Each step joins consecutive nodes, whichever way the relationship points.
        expect([edge.source, edge.target].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
        expect(edge.sources.length).toBeGreaterThan(0);
        for (const s of edge.sources) expect(reportText).toContain(s.quote);
      });
    }
  });

  it('returns no path when the entities are further apart than maxHops, or unknown', async () => {
    expect((await gql('{ connections(from: "person/yang-zhenhua", to: "person/chen-ying", maxHops: 1) { length } }')).data).toEqual({
      connections: [],
    });
    expect((await gql('{ connections(from: "person/yang-zhenhua", to: "person/nobody") { length } }')).data).toEqual({ connections: [] });
  });

  it.each([
    ['connections(from: "person/xu-zhe", to: "person/xu-zhe")', 'to'],
    ['connections(from: "person/xu-zhe", to: "org/college", maxHops: 7)', 'maxHops'],
    ['connections(from: "person/xu-zhe", to: "org/college", first: 0)', 'first'],
  ])('%s → BAD_USER_INPUT naming %s', async (field, argumentName) => {
    const body = await gql(`{ ${field} { length } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

describe('neighbourhood of an entity', () => {
  it("gives 徐喆's direct neighbours as nodes and edges", async () => {
    const body = await gql(`{ neighbourhood(id: "person/xu-zhe") { truncated nodes { id name } edges { type label source target } } }`);
    const graph = body.data!.neighbourhood;
    expect(graph.truncated).toBe(false);
    expect(graph.nodes[0]).toEqual({ id: 'person/xu-zhe', name: '徐喆' });
    expect(graph.nodes.map((n: any) => n.name).sort()).toEqual(['17电气AHK', '团体二等奖', '徐喆'].sort());
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { type: 'MEMBER_OF', label: 'member of', source: 'person/xu-zhe', target: 'group/class-17-dianqi-ahk' },
        { type: 'RECEIVED', label: 'received', source: 'person/xu-zhe', target: 'award/it-new-tech-2020-team-second-prize' },
      ]),
    );
  });

  it('includes second-hop neighbours (the teammates and coaches) and every edge among the nodes', async () => {
    const body = await gql(`{ neighbourhood(id: "person/xu-zhe", hops: 2) { nodes { id name } edges { type source target } } }`);
    const graph = body.data!.neighbourhood;
    const names = graph.nodes.map((n: any) => n.name);
    expect(names).toEqual(expect.arrayContaining(['唐向东', '马颂赞', '朱华德', '黄亚飞']));
    const ids = new Set(graph.nodes.map((n: any) => n.id));
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // Edges between two second-hop nodes are drawn too: a teammate's receipt of the shared award.
    expect(graph.edges).toContainEqual({
      type: 'RECEIVED',
      source: 'person/tang-xiangdong',
      target: 'award/it-new-tech-2020-team-second-prize',
    });
  });

  it('bounds the node count and says so', async () => {
    const body = await gql(
      `{ neighbourhood(id: "org/college", hops: 2, maxNodes: 40) { truncated nodes { id } edges { source target } } }`,
    );
    const graph = body.data!.neighbourhood;
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(40);
    expect(graph.nodes[0].id).toBe('org/college');
    const ids = new Set(graph.nodes.map((n: any) => n.id));
    for (const e of graph.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
  });

  it('follows only the requested relationship types', async () => {
    const body = await gql(`{ neighbourhood(id: "person/xu-zhe", types: [RECEIVED]) { nodes { id } edges { type } } }`);
    expect(body.data!.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([
      'award/it-new-tech-2020-team-second-prize',
      'person/xu-zhe',
    ]);
    expect(body.data!.neighbourhood.edges).toEqual([{ type: 'RECEIVED' }]);
  });

  it('is null for an unknown id and refuses bad bounds', async () => {
    expect((await gql('{ neighbourhood(id: "person/nobody") { truncated } }')).data).toEqual({ neighbourhood: null });
    const body = await gql('{ neighbourhood(id: "org/college", hops: 3) { truncated } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'hops' });
  });
});

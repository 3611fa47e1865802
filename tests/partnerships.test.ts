import type { RunningApp } from '../src/app';
import { postGraphQL, startTestApp } from './support/app';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const partnerships = async (args: string) => {
  const { body } = await postGraphQL(
    app.url,
    `{ partnerships${args ? `(${args})` : ''} { partnershipKind date period outcome other { id name } sources { quote } } }`,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.partnerships as any[];
};

describe('partnerships of the college', () => {
  it('lists the integrated-education partners of 五.4', async () => {
    const found = await partnerships('kinds: [INTEGRATED_EDUCATION]');
    expect(found.map((p) => p.other.name).sort()).toEqual(['浙江工商职业技术学院', '浙江广厦职业技术大学'].sort());
    expect(found.every((p) => p.period === '前期' && p.sources.length > 0)).toBe(true);
  });

  it("gives the joint programme with its outcome in the report's words", async () => {
    expect(await partnerships('kinds: [JOINT_PROGRAMME]')).toEqual([
      expect.objectContaining({ other: expect.objectContaining({ name: '浙江工商职业技术学院' }), outcome: '已就合作框架达成意向' }),
    ]);
  });

  it('dates the agreement signed with 舟山技师学院', async () => {
    const signed = await partnerships('kinds: [SIGNED_AGREEMENT]');
    expect(signed).toContainEqual(
      expect.objectContaining({ date: '2020-11-19', other: expect.objectContaining({ name: '舟山技师学院' }) }),
    );
  });

  it('covers every kind when no kind is given and media coverage and platforms are asked for, oldest first', async () => {
    const all = await partnerships('include: [MEDIA_COVERAGE, PLATFORM]');
    const kinds = new Set(all.map((p) => p.partnershipKind));
    for (const kind of [
      'INTEGRATED_EDUCATION',
      'JOINT_PROGRAMME',
      'MEDIA_COVERAGE',
      'APPOINTMENT',
      'PLATFORM_INTEGRATION',
      'SIGNED_AGREEMENT',
    ]) {
      expect(kinds.has(kind)).toBe(true);
    }
    const dates = all.map((p) => p.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('is empty for an organisation without partnerships and refuses an empty kind list', async () => {
    expect(await partnerships('of: "org/nowhere"')).toEqual([]);
    const { body } = await postGraphQL(app.url, '{ partnerships(kinds: []) { date } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'kinds' });
  });
});

import { awardsCsv } from '../../web/src/lib/awardCsv';
import { BOM, buildCsv, csvField } from '../../web/src/lib/csv';

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = buildCsv(['名称', 'n'], [['杨珍华', 1]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('名称,n\r\n杨珍华,1\r\n');
  });

  it('quotes separators, quotes, line breaks and edge spaces, and nothing else', () => {
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('，中文逗号')).toBe('，中文逗号');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('writes one row per award with joined recipients and quotes', () => {
    const csv = awardsCsv('zh', [
      {
        id: 'award/x',
        name: '团体二等奖',
        rank: 'SECOND_PRIZE',
        rankText: '团体二等奖',
        level: 'NATIONAL',
        date: '2020',
        discipline: null,
        category: null,
        recipients: [{ name: '唐向东' }, { name: '徐喆' }],
        coaches: [{ name: '朱华德' }],
        wonAt: { name: '全国总决赛' },
        sources: [{ section: '四', item: 2, quote: '获得团体二等奖，"好"' }],
      },
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('奖项,名次,名次类别,级别,赛项,组别,获奖者,指导教师,竞赛/评选,日期,出处,报告原文,id');
    expect(lines[1]).toBe(
      '团体二等奖,团体二等奖,二等奖,国家级,,,唐向东、徐喆,朱华德,全国总决赛,2020,第四部分第2条,"获得团体二等奖，""好""",award/x',
    );
  });
});

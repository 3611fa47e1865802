import { RateLimiter } from '../../src/graphql/rateLimit';

describe('the mutation rate limiter', () => {
  it('allows `limit` uses per window and caller, then says how many seconds to wait', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect([limiter.take('ann', 0), limiter.take('ann', 1_000), limiter.take('ann', 2_000)]).toEqual([0, 0, 58]);
    expect(limiter.take('bob', 2_000)).toBe(0);
  });

  it('starts a new window once the old one has passed', () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.take('ann', 0)).toBe(0);
    expect(limiter.take('ann', 59_999)).toBe(1);
    expect(limiter.take('ann', 60_000)).toBe(0);
  });

  it('forgets expired callers once it tracks many, so memory stays bounded', () => {
    const limiter = new RateLimiter(1, 1_000);
    for (let i = 0; i <= 10_001; i++) limiter.take(`caller-${i}`, 0);
    limiter.take('late', 5_000);
    expect(limiter.take('caller-0', 5_000)).toBe(0);
  });
});

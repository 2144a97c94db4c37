/** Time comes in through the door so tests can fix it. All timestamps are UTC ISO-8601. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock & { advance(ms: number): void } {
  let current = new Date(iso).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

export const isoNow = (clock: Clock) => clock.now().toISOString();

import { describe, expect, it } from 'vitest';
import {
  advertise,
  browseSessions,
  type FoundSession,
} from '../../../src/node/session/discovery.ts';

describe('finding sessions on the network', () => {
  it('finds an advertised session, or reports that multicast is blocked, and never throws', async () => {
    const errors: unknown[] = [];
    let found: FoundSession[] = [];
    const name = `Touchmap test ${process.pid}`;
    const advertised = advertise({ name, port: 45_123 }, (error) => errors.push(error));
    const browsing = browseSessions(
      (sessions) => (found = sessions),
      (error) => errors.push(error),
    );
    const deadline = Date.now() + 5000;
    while (!found.some((s) => s.name === name) && errors.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await browsing.stop();
    await advertised.stop();
    if (errors.length === 0) {
      expect(found.find((s) => s.name === name)?.port).toBe(45_123);
    } else {
      expect(String(errors[0])).not.toBe('');
    }
  }, 15_000);
});

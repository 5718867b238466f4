/**
 * Finds sessions on the local network by DNS-SD (`_touchmap._tcp`, via bonjour-service).
 * The advertisement names the session and its address but never a token: anyone on the
 * network can see a session exists, only someone given its link can join it. Multicast may
 * be blocked (a guest Wi-Fi, a container): that is reported, never a crash.
 */
import { Bonjour, type Service } from 'bonjour-service';

const TYPE = 'touchmap';

export interface FoundSession {
  name: string;
  host: string;
  port: number;
  addresses: string[];
}

export interface Discovery {
  stop(): Promise<void>;
}

export function advertise(
  session: { name: string; port: number },
  onError: (error: unknown) => void,
): Discovery {
  let bonjour: Bonjour | null = null;
  try {
    bonjour = new Bonjour({}, onError);
    const service = bonjour.publish({
      name: session.name,
      type: TYPE,
      port: session.port,
      txt: { v: '1' },
    });
    service.on('error', onError);
  } catch (error) {
    onError(error);
  }
  return { stop: () => shutDown(bonjour, true) };
}

/** Calls `onChange` with every session seen so far, each time one comes or goes. */
export function browseSessions(
  onChange: (sessions: FoundSession[]) => void,
  onError: (error: unknown) => void,
): Discovery {
  let bonjour: Bonjour | null = null;
  try {
    bonjour = new Bonjour({}, onError);
    const browser = bonjour.find({ type: TYPE });
    const report = () => onChange(browser.services.map(found));
    browser.on('up', report);
    browser.on('down', report);
  } catch (error) {
    onError(error);
  }
  return { stop: () => shutDown(bonjour, false) };
}

const found = (service: Service): FoundSession => ({
  name: service.name,
  host: service.host,
  port: service.port,
  addresses: service.addresses ?? [],
});

function shutDown(bonjour: Bonjour | null, unpublish: boolean): Promise<void> {
  if (bonjour === null) return Promise.resolve();
  return new Promise((resolve) => {
    const destroy = () => {
      try {
        bonjour.destroy(() => resolve());
      } catch {
        resolve();
      }
    };
    // Goodbye packets tell browsers at once; a blocked network must not hold the exit.
    const timer = setTimeout(destroy, 1000);
    if (!unpublish) {
      clearTimeout(timer);
      destroy();
      return;
    }
    try {
      bonjour.unpublishAll(() => {
        clearTimeout(timer);
        destroy();
      });
    } catch {
      clearTimeout(timer);
      destroy();
    }
  });
}

/**
 * Who is in the session, read from awareness on each change of someone's state (not on
 * its heartbeat, which Yjs sends every 15 s per participant).
 */
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readParticipants, type Participant } from './presence.ts';

export function useParticipants(awareness: Awareness): Participant[] {
  const [participants, setParticipants] = useState<Participant[]>(() =>
    readParticipants(awareness.getStates(), awareness.clientID),
  );
  useEffect(() => {
    const read = () => setParticipants(readParticipants(awareness.getStates(), awareness.clientID));
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return participants;
}

/**
 * The editor's `present` command (F5, the toolbar, View › Present): whether the
 * presentation is showing. The editor stays mounted under it, so leaving returns to the
 * same place, zoom and selection.
 */
import { useCallback, useEffect, useState } from 'react';
import { registerCommands } from '../editor/commands.ts';

export function usePresentation(): { presenting: boolean; stop: () => void } {
  const [presenting, setPresenting] = useState(false);
  useEffect(() => registerCommands({ present: () => setPresenting(true) }), []);
  const stop = useCallback(() => setPresenting(false), []);
  return { presenting, stop };
}

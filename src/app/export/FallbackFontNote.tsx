/** The export dialog's note on the fallback font (chosen in the Preferences). */
import { useEffect, useState } from 'react';
import { usePreferencesStore } from '../preferences/context.tsx';
import type { FallbackFontInfo } from '../preferences/fallback-font.ts';

/** Which fallback font the export uses for characters Noto Sans lacks (see Preferences). */
export function FallbackFontNote() {
  const store = usePreferencesStore();
  const [info, setInfo] = useState<FallbackFontInfo | null | undefined>(undefined);
  useEffect(() => {
    if (!store) return;
    let live = true;
    store.fallbackFont.info().then(
      (found) => live && setInfo(found),
      () => live && setInfo(null),
    );
    return () => {
      live = false;
    };
  }, [store]);
  if (store && info === undefined) return null;
  return (
    <p className="tm-export-hint" data-testid="fallback-font">
      {info ? (
        <>
          Fallback font: <strong>{info.name}</strong>
          {info.problem ? ` — not usable: ${info.problem}` : null}
        </>
      ) : (
        'Fallback font: none — characters missing from Noto Sans will be reported'
      )}
    </p>
  );
}

/** The Preferences' fallback font row: the font's name, Choose… and Remove (applied at once). */
import { useEffect, useId, useState } from 'react';
import type { FallbackFontInfo, FallbackFontStore } from './fallback-font.ts';

export function FallbackFontRow({ fonts }: { fonts: FallbackFontStore }) {
  const [info, setInfo] = useState<FallbackFontInfo | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labelId = useId();

  useEffect(() => {
    let live = true;
    fonts.info().then(
      (found) => live && setInfo(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [fonts]);

  const choose = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await fonts.choose();
      if (result.status === 'chosen') setInfo({ name: result.name, problem: null });
      else if (result.status === 'failed') setMessage(result.message);
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await fonts.remove();
      setInfo(null);
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pref-field" role="group" aria-labelledby={labelId}>
      <span className="pref-label" id={labelId}>
        Fallback font for missing characters (.ttf)
      </span>
      <div className="pref-control pref-font">
        <span className="pref-font-name" data-testid="fallback-font-name">
          {info ? info.name : 'None'}
        </span>
        <button type="button" className="tm-button" disabled={busy} onClick={() => void choose()}>
          Choose…
        </button>
        <button
          type="button"
          className="tm-button"
          disabled={busy || !info}
          onClick={() => void remove()}
        >
          Remove
        </button>
      </div>
      <p className="pref-hint">
        Characters Noto Sans lacks (Chinese, Japanese…) are drawn with this font in exported PDFs.
      </p>
      {info?.problem ? (
        <p className="pref-hint" role="status">
          This font cannot be used: {info.problem}.
        </p>
      ) : null}
      {message ? (
        <p className="pref-hint" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

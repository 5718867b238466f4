/**
 * The miniatures of the recent maps, loaded behind the start screen: only once the list comes
 * near the viewport, one file at a time (the main process reads and parses each), so opening
 * the start screen never waits for them. The main process keeps them by path and modification
 * time, so coming back to the start screen reads only files changed since.
 */
import { useEffect, useState } from 'react';
import type { FileRef, RecentPreview, RecentPreviewProblem } from '../../ipc/contract.ts';

export type ReadRecentPreview = (file: FileRef) => Promise<RecentPreview>;

/** What the card says for a map it cannot draw. */
export const PREVIEW_PROBLEMS: Record<RecentPreviewProblem, string> = {
  missing: 'Could not be read: the file is no longer there.',
  unreadable: 'Could not be read: the file cannot be opened.',
  broken: 'Could not be read: the file is damaged or is not a Touchmap map.',
  'too-new': 'Could not be read: it was saved by a newer version of Touchmap.',
  'too-large': 'No preview: the file is too large.',
};

/** True once the element has come near the viewport (at once where that cannot be known). */
export function useNearViewport(element: Element | null): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, element]);
  return near;
}

/** The previews read so far, by file token; a file not yet read has none. */
export function useRecentPreviews(
  files: readonly FileRef[],
  read: ReadRecentPreview | undefined,
  active: boolean,
): ReadonlyMap<string, RecentPreview> {
  const [previews, setPreviews] = useState<ReadonlyMap<string, RecentPreview>>(() => new Map());
  useEffect(() => {
    if (!read || !active) return;
    let cancelled = false;
    void (async () => {
      for (const file of files) {
        if (cancelled) return;
        let preview: RecentPreview;
        try {
          preview = await read(file);
        } catch {
          preview = { status: 'failed', problem: 'unreadable' };
        }
        if (cancelled) return;
        setPreviews((previous) => new Map(previous).set(file.token, preview));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [files, read, active]);
  return previews;
}

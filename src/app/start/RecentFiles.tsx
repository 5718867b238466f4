/**
 * The desktop app's recent maps, on the start screen: each with a miniature of its layout
 * when the file can be read (recent-previews.ts), or a line saying why it cannot; the entry
 * stays either way, and opening it says the full reason.
 */
import { useId, useState } from 'react';
import type { FileRef, RecentPreview } from '../../ipc/contract.ts';
import { MapThumbnail } from './MapThumbnail.tsx';
import {
  PREVIEW_PROBLEMS,
  useNearViewport,
  useRecentPreviews,
  type ReadRecentPreview,
} from './recent-previews.ts';

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function RecentCard({
  file,
  preview,
  onOpen,
}: {
  file: FileRef;
  preview: RecentPreview | undefined;
  onOpen: (file: FileRef) => void;
}) {
  const state = preview?.status ?? 'loading';
  const detailId = useId();
  return (
    <button
      type="button"
      className={`recent-file recent-file--${state}`}
      data-preview={state}
      aria-label={file.name}
      aria-describedby={preview ? detailId : undefined}
      onClick={() => onOpen(file)}
    >
      {preview?.status === 'read' ? (
        <MapThumbnail map={preview.map} className="recent-thumbnail" />
      ) : (
        <span className="recent-thumbnail recent-thumbnail--empty" aria-hidden="true" />
      )}
      <span className="recent-text">
        <span className="recent-name">{file.name}</span>
        {preview?.status === 'read' ? (
          <span className="recent-meta" id={detailId}>
            {preview.map.title} · {count(preview.map.touchpoints.length, 'touchpoint')}
          </span>
        ) : preview?.status === 'failed' ? (
          <span className="recent-problem" id={detailId}>
            {PREVIEW_PROBLEMS[preview.problem]}
          </span>
        ) : null}
      </span>
    </button>
  );
}

export function RecentFiles({
  files,
  onOpen,
  onClear,
  readPreview,
}: {
  files: readonly FileRef[];
  onOpen: (file: FileRef) => void;
  onClear: () => void;
  /** Reads a recent file's map for its miniature; none: names only. */
  readPreview?: ReadRecentPreview;
}) {
  const titleId = useId();
  const [section, setSection] = useState<HTMLElement | null>(null);
  const near = useNearViewport(section);
  const previews = useRecentPreviews(files, readPreview, near);
  if (files.length === 0) return null;
  return (
    <section className="start-recent" aria-labelledby={titleId} ref={setSection}>
      <div className="start-recent-head">
        <h2 id={titleId}>Recent maps</h2>
        <button type="button" className="tm-button tm-button--quiet" onClick={onClear}>
          Clear the list
        </button>
      </div>
      <ul className="recent-list" aria-label="Recent maps">
        {files.map((file) => (
          <li key={file.token}>
            <RecentCard file={file} preview={previews.get(file.token)} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The desktop app's recent maps, on the start screen. */
import { useId } from 'react';
import type { FileRef } from '../platform/platform.ts';

export function RecentFiles({
  files,
  onOpen,
  onClear,
}: {
  files: readonly FileRef[];
  onOpen: (file: FileRef) => void;
  onClear: () => void;
}) {
  const titleId = useId();
  if (files.length === 0) return null;
  return (
    <section className="start-recent" aria-labelledby={titleId}>
      <div className="start-recent-head">
        <h2 id={titleId}>Recent maps</h2>
        <button type="button" className="tm-button tm-button--quiet" onClick={onClear}>
          Clear the list
        </button>
      </div>
      <ul className="recent-list">
        {files.map((file) => (
          <li key={file.token}>
            <button type="button" className="recent-file" onClick={() => onOpen(file)}>
              {file.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

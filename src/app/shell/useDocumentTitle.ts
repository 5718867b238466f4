/** Keeps the window title and its unsaved-changes marker in step with the open document. */
import { useEffect } from 'react';
import type { Platform } from '../platform/platform.ts';
import { isDirty } from '../store/document-store.ts';
import type { Session } from './session.ts';

export function useDocumentTitle(platform: Platform, session: Session | null): void {
  useEffect(() => {
    if (session === null) return;
    let last = '';
    const update = () => {
      const state = session.document.getState();
      const next = {
        title: state.map.title,
        fileName: state.file?.name ?? null,
        dirty: isDirty(state),
      };
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      platform.setDocumentState(next);
    };
    update();
    return session.document.subscribe(update);
  }, [platform, session]);
}

/**
 * Where the page itself must ask (a browser tab), closing or reloading with unsaved changes
 * asks first (the desktop app's main process asks in its own way).
 */
export function useUnloadGuard(platform: Platform, session: Session | null): void {
  useEffect(() => {
    if (session === null || !platform.capabilities.confirmsCloseInPage) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(session.document.getState())) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform, session]);
}

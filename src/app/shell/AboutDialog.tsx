/** Help › About: what this is, which version, and what it is built on. */
import { version } from '../../../package.json';
import { Modal } from '../ui/Modal.tsx';

const APP_VERSION: string = version;

function hostVersions(): string | null {
  const bridge = typeof window === 'undefined' ? undefined : window.touchmap;
  if (!bridge?.versions) return null;
  return `Electron ${bridge.versions.electron} · Chromium ${bridge.versions.chrome}`;
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const host = hostVersions();
  return (
    <Modal
      title="About Touchmap"
      className="tm-about"
      onCancel={onClose}
      footer={
        <button
          type="button"
          className="tm-button tm-button--primary"
          data-autofocus=""
          onClick={onClose}
        >
          OK
        </button>
      }
    >
      <p className="tm-about-name">
        <strong>Touchmap</strong> <span className="tm-about-version">version {APP_VERSION}</span>
      </p>
      <p className="tm-dialog-line">
        Customer-journey maps for workshops: stages, touchpoints (customer service or customer
        experience), departments, emotions, friction points, and vector PDFs.
      </p>
      <p className="tm-dialog-line">
        Works offline, with no account: your maps stay in the files you save.
      </p>
      <p className="tm-dialog-footnote">
        {host ? `${host}. ` : ''}MIT licence. PDF text in Noto Sans (SIL Open Font Licence).
      </p>
    </Modal>
  );
}

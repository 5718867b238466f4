/**
 * The session's links with QR codes, to put on a slide or read out: the edit link for the
 * participants and, on the facilitator's page, the view link for the projector.
 */
import { useEffect, useState } from 'react';
import { toString as qrCode } from 'qrcode';
import { Modal } from '../ui/Modal.tsx';
import type { PageLinks } from './share-links.ts';

function LinkWithCode({ label, link }: { label: string; link: string }) {
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    qrCode(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setCode(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setCode(null),
    );
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <figure className="tm-share-link">
      {code ? (
        <img src={code} alt={`QR code of the ${label.toLowerCase()}`} width={160} height={160} />
      ) : null}
      <figcaption>
        <strong>{label}</strong>
        <input
          readOnly
          value={link}
          aria-label={label}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="tm-button"
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </figcaption>
    </figure>
  );
}

export function ShareDialog({ links, onClose }: { links: PageLinks; onClose: () => void }) {
  return (
    <Modal
      title="Invite people to this map"
      onCancel={onClose}
      className="tm-share-dialog"
      footer={
        <button type="button" className="tm-button tm-button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <p>Anyone on this network with the edit link can edit the map with you, from a browser.</p>
      <div className="tm-share-links">
        <LinkWithCode label="Edit link" link={links.join} />
        {links.view ? <LinkWithCode label="View link (projector)" link={links.view} /> : null}
      </div>
    </Modal>
  );
}

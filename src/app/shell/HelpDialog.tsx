/**
 * Help, inside the app (it works offline): the user guide and the .touchmap file format
 * (docs/file-format.md, bundled at build time), with a tab for each.
 */
import { useId } from 'react';
import FILE_FORMAT from '../../../docs/file-format.md?raw';
import { Markdown } from './markdown.tsx';
import { Modal } from '../ui/Modal.tsx';
import USER_GUIDE from '../../../docs/user-guide.md?raw';

export type HelpTopic = 'guide' | 'format';

const TOPICS: { topic: HelpTopic; label: string }[] = [
  { topic: 'guide', label: 'User guide' },
  { topic: 'format', label: 'File format' },
];

export function HelpDialog({
  topic,
  onTopic,
  onClose,
}: {
  topic: HelpTopic;
  onTopic: (topic: HelpTopic) => void;
  onClose: () => void;
}) {
  const id = useId();
  return (
    <Modal
      title="Touchmap help"
      className="tm-help"
      onCancel={onClose}
      footer={
        <button
          type="button"
          className="tm-button tm-button--primary"
          data-autofocus=""
          onClick={onClose}
        >
          Close
        </button>
      }
    >
      <div className="tm-help-tabs" role="tablist" aria-label="Help topics">
        {TOPICS.map((t) => (
          <button
            key={t.topic}
            type="button"
            role="tab"
            id={`${id}-${t.topic}`}
            aria-selected={topic === t.topic}
            aria-controls={`${id}-panel`}
            className="tm-help-tab"
            onClick={() => onTopic(t.topic)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-${topic}`}
        className="tm-help-panel"
        // Scrolls to the top for each topic.
        key={topic}
        tabIndex={0}
      >
        <Markdown source={topic === 'guide' ? USER_GUIDE : FILE_FORMAT} className="md" />
      </div>
    </Modal>
  );
}

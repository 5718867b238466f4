/**
 * The editor's toolbar: file, history, zoom and panel commands. Every button runs a named
 * command (the same one its shortcut and the desktop menu run) and says its shortcut in
 * its tooltip.
 */
import { memo, type ReactNode } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import { useDocument, useHistory, useView } from '../store/context.tsx';
import { isDirty } from '../store/document-store.ts';
import { runCommand, type CommandName } from './commands.ts';
import { ICONS } from './icons.tsx';
import { IS_MAC, ariaKeyShortcuts, withShortcut } from './keymap.ts';
import { useEditorUi } from './editor-ui.tsx';
import { ExportHost } from '../export/ExportHost.tsx';
import { TitleField } from './TitleField.tsx';
import { MapStateBadge } from '../panels/review/MapState.tsx';
import { visibleTab } from './side-panels.ts';
import { useSessionFileText } from '../session/use-session-file-text.ts';

interface ToolProps {
  command: CommandName;
  label: string;
  icon: ReactNode;
  /** Shown next to the icon; icon-only buttons still have `label` as their name. */
  text?: string;
  disabled?: boolean;
  /** For toggles: whether the thing it shows is showing. */
  pressed?: boolean;
}

function Tool({ command, label, icon, text, disabled, pressed }: ToolProps) {
  return (
    <button
      type="button"
      className={`tm-tool${text ? ' tm-tool--text' : ''}`}
      title={withShortcut(label, command, IS_MAC)}
      aria-label={label}
      aria-keyshortcuts={ariaKeyShortcuts(command, IS_MAC)}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={() => runCommand(command)}
      data-command={command}
    >
      {icon}
      {text ? <span>{text}</span> : null}
    </button>
  );
}

function ZoomLevel() {
  const zoom = useFlowStore((state) => state.transform[2]);
  return (
    <button
      type="button"
      className="tm-zoom-level"
      title={withShortcut('Zoom to 100 %', 'zoomReset', IS_MAC)}
      aria-label={`Zoom ${Math.round(zoom * 100)} percent; reset to 100 percent`}
      onClick={() => runCommand('zoomReset')}
    >
      {Math.round(zoom * 100)} %
    </button>
  );
}

function DocumentName() {
  const fileName = useDocument((state) => state.file?.name ?? null);
  const dirty = useDocument(isDirty);
  // A session page has no file of its own: it says where the shared map is saved.
  const sessionText = useSessionFileText();
  const fileText = sessionText ?? fileName ?? 'Not saved yet';
  return (
    <div className="tm-doc-name" title={fileText}>
      <TitleField />
      <span className="tm-doc-file">
        <MapStateBadge />
        {fileText}
        {dirty && sessionText === null ? (
          <span className="tm-dirty" aria-label="unsaved changes" title="Unsaved changes">
            {' '}
            • Edited
          </span>
        ) : null}
      </span>
    </div>
  );
}

export const Toolbar = memo(function Toolbar() {
  const canUndo = useHistory((state) => state.pastStates.length > 0);
  const canRedo = useHistory((state) => state.futureStates.length > 0);
  const palette = useView((state) => state.panels.palette);
  const inspector = useView((state) => state.panels.inspector);
  const insights = useView((state) => state.panels.insights);
  const minimap = useView((state) => state.panels.minimap);
  const structure = useEditorUi((state) => state.structureOpen);
  const comments = useEditorUi((state) => state.commentsOpen);
  const questions = useEditorUi((state) => state.questionsOpen);
  const tab = visibleTab({ inspector, insights }, structure, comments, questions);

  return (
    <header className="tm-toolbar" aria-label="Editor toolbar">
      {/* The Export PDF command, its dialog and its toast (out of the toolbar's flow). */}
      <ExportHost />
      <div className="tm-toolbar-group" role="group" aria-label="File">
        <Tool command="new" label="New map" icon={ICONS.new} text="New" />
        <Tool command="open" label="Open a map file" icon={ICONS.open} text="Open" />
        <Tool command="save" label="Save" icon={ICONS.save} text="Save" />
        <Tool command="exportPdf" label="Export PDF…" icon={ICONS.exportPdf} text="PDF" />
        <Tool command="present" label="Present" icon={ICONS.present} text="Present" />
      </div>
      <DocumentName />
      <div className="tm-toolbar-group" role="group" aria-label="History">
        <Tool command="undo" label="Undo" icon={ICONS.undo} disabled={!canUndo} />
        <Tool command="redo" label="Redo" icon={ICONS.redo} disabled={!canRedo} />
      </div>
      <div className="tm-toolbar-group" role="group" aria-label="Zoom">
        <Tool command="zoomOut" label="Zoom out" icon={ICONS.zoomOut} />
        <ZoomLevel />
        <Tool command="zoomIn" label="Zoom in" icon={ICONS.zoomIn} />
        <Tool command="zoomFit" label="Fit the map to the window" icon={ICONS.zoomFit} />
      </div>
      <div className="tm-toolbar-group" role="group" aria-label="Panels">
        <Tool
          command="togglePalette"
          label="Touchpoint palette"
          icon={ICONS.palette}
          pressed={palette}
        />
        <Tool
          command="toggleInspector"
          label="Inspector"
          icon={ICONS.inspector}
          pressed={tab === 'inspector'}
        />
        <Tool
          command="toggleInsights"
          label="Insights"
          icon={ICONS.insights}
          pressed={tab === 'insights'}
        />
        <Tool
          command="toggleStructure"
          label="Stages and departments"
          icon={ICONS.structure}
          pressed={tab === 'structure'}
        />
        <Tool
          command="toggleComments"
          label="Comments"
          icon={ICONS.comments}
          pressed={tab === 'comments'}
        />
        <Tool
          command="toggleQuestions"
          label="Questions to resolve"
          icon={ICONS.questions}
          pressed={tab === 'questions'}
        />
        <Tool command="toggleMinimap" label="Overview map" icon={ICONS.minimap} pressed={minimap} />
        <Tool command="showShortcuts" label="Keyboard shortcuts" icon={ICONS.help} />
      </div>
    </header>
  );
});

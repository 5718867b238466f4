/**
 * The editor's panels. Each reads and writes the open document through the store context
 * (src/app/store/context.tsx) and takes no props, so the editor shell only places them.
 */
import './shared/panel.css';
import './shared/controls.css';
import './shared/dialog.css';

export { Palette } from './palette/Palette.tsx';
export { FilterBar } from './filters/FilterBar.tsx';
export { Inspector } from './inspector/Inspector.tsx';
export { InsightsPanel } from './insights/InsightsPanel.tsx';
export { StructurePanel } from './structure/StructurePanel.tsx';
export { CommentsPanel } from './comments/CommentsPanel.tsx';
export { QuestionsPanel, QuestionsTabLabel } from './questions/QuestionsPanel.tsx';
export { selectionTarget } from './comments/comment-targets.ts';

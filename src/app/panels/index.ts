/**
 * The editor's panels. Each reads and writes the open document through the store context
 * (src/app/store/context.tsx) and takes no props, so the editor shell only places them.
 */
import './panels.css';

export { Palette } from './palette/Palette.tsx';
export { FilterBar } from './filters/FilterBar.tsx';
export { Inspector } from './inspector/Inspector.tsx';
export { InsightsPanel } from './insights/InsightsPanel.tsx';
export { StructurePanel } from './structure/StructurePanel.tsx';
/** Reusable by the canvas and the shell. */
export { ConfirmDialog, type ConfirmDialogProps } from '../ui/ConfirmDialog.tsx';
export { KindIcon, KindLabel, Face, SeverityLabel } from './shared/icons.tsx';

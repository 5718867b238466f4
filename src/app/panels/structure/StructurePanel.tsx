/** The stages, departments and rows manager. */
import { LaneList } from './LaneList.tsx';
import { RowList } from './RowList.tsx';
import { DEPARTMENT_OPS, STAGE_OPS } from './sorts.ts';
import './structure.css';

export function StructurePanel() {
  return (
    <aside className="pn-panel pn-structure" aria-label="Stages and departments">
      <h2 className="pn-panel-title">Stages and departments</h2>
      <LaneList ops={STAGE_OPS} />
      <LaneList ops={DEPARTMENT_OPS} />
      <RowList />
    </aside>
  );
}

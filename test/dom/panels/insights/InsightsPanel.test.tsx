import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InsightsPanel } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import { updateTouchpoint } from '../../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';

const template = (key: string): JourneyMap => TEMPLATES.find((t) => t.key === key)!.map;

function setup(map: JourneyMap) {
  const document = createDocumentStore({ documentId: 'doc', map });
  const view = createViewStore();
  const user = userEvent.setup();
  render(
    <StoresProvider stores={{ document, view, platform: createMemoryPlatform() }}>
      <InsightsPanel />
    </StoresProvider>,
  );
  return { document, view, user };
}

/** The value of a tile ("Service share" -> "20%4 service · 16 experience"). */
const tile = (name: string) =>
  screen.getByText(name, { selector: 'dt' }).nextElementSibling!.textContent ?? '';

/** The rows of a table as text cells: [header, ...cells]. */
function rows(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.children].map((cell) =>
        (cell.querySelector('.pn-row-name') ?? cell).textContent!.trim(),
      ),
    );
}

describe('InsightsPanel', () => {
  it('shows the counts, service share, CSAT and NPS of the hotel template', () => {
    setup(template('hotel-stay'));
    expect(tile('Touchpoints')).toBe('20');
    expect(tile('Service share')).toBe('20%4 service · 16 experience');
    // 4.3, 2.6, 4.6 and 3.5: 3.75
    expect(tile('CSAT average')).toBe('3.8out of 5');
    expect(tile('NPS')).toBe('+12of the journey');
    expect(tile('Friction points')).toBe('82 high');
    expect(tile('Emotions rated')).toBe('18of 20');
  });

  it('tables service and experience by stage and by department', () => {
    setup(template('hotel-stay'));
    const byStage = rows('Touchpoints by stage');
    expect(byStage[0]).toEqual(['Inspiration', '0', '2']);
    expect(byStage[1]).toEqual(['Search and compare', '1', '2']);
    expect(byStage).toHaveLength(7);
    const byDepartment = rows('Touchpoints by department');
    expect(byDepartment.find((r) => r[0] === 'Customer Service')).toEqual([
      'Customer Service',
      '4',
      '1',
    ]);
    expect(byDepartment.find((r) => r[0] === 'Marketing')).toEqual(['Marketing', '0', '5']);
  });

  it('tables friction by stage and severity, and average emotion by stage', () => {
    setup(template('hotel-stay'));
    const friction = rows('Friction points by stage and severity');
    expect(friction.find((r) => r[0] === 'Booking')).toEqual(['Booking', '0', '1', '1']);
    const emotion = rows('Average emotion by stage');
    expect(emotion[0]).toEqual(['Inspiration', '+1.5', '2/2']);
    expect(emotion.find((r) => r[0] === 'Booking')).toEqual(['Booking', '−0.5', '2/2']);
  });

  it('lists the lowest moments, and a click reveals one on the map', async () => {
    const { user, view } = setup(template('hotel-stay'));
    const list = within(screen.getByRole('region', { name: 'Lowest moments' }));
    const moments = list.getAllByRole('button');
    expect(moments.map((m) => m.querySelector('.pn-moment-title')!.textContent)).toEqual([
      'Online booking and payment',
      'Front-desk check-in',
      'Comparison-site ad',
      'Phone call: early check-in',
    ]);
    expect(moments[0]!.textContent).toContain('Booking · Billing');
    expect(moments[0]!.textContent).toContain('Very negative (−2)');
    expect(moments[0]!.textContent).toContain('2 frictions, worst High');
    await user.click(moments[1]!);
    expect(view.getState().reveal?.touchpointId).toBe('tp-front-desk-checkin');
    expect(view.getState().selection.touchpoints).toEqual(['tp-front-desk-checkin']);
  });

  it('updates when the map changes', () => {
    const { document } = setup(template('hotel-stay'));
    act(() =>
      document
        .getState()
        .apply((map) => updateTouchpoint(map, 'tp-instagram-reel', { kind: 'service' })),
    );
    expect(tile('Service share')).toBe('25%5 service · 15 experience');
  });

  it('says so when the map has no touchpoints yet', () => {
    setup(template('blank'));
    expect(screen.getByText(/No touchpoints yet/)).toBeTruthy();
    expect(tile('NPS')).toBe('–not measured');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has an empty state for each part', () => {
    const map = template('hotel-stay');
    setup({
      ...map,
      touchpoints: map.touchpoints.map((tp) => ({ ...tp, emotion: null, frictions: [] })),
    });
    expect(screen.getByText(/No negative moments/)).toBeTruthy();
    expect(screen.getByText('No emotions rated yet.')).toBeTruthy();
    expect(screen.getByText('No friction points recorded.')).toBeTruthy();
  });
});

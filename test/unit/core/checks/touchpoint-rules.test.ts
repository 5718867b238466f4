import { describe, expect, it } from 'vitest';
import { checkMap, type Finding } from '../../../../src/core/checks/index.ts';
import { customerServiceDepartment } from '../../../../src/core/checks/touchpoint-checks.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { quietMap, withTouchpoint } from './map-builder.ts';

const only = (map: JourneyMap, rule: Finding['rule']) =>
  checkMap(map).filter((f) => f.rule === rule);

describe('touchpoint-no-emotion', () => {
  it('names a touchpoint not rated yet, and not one rated neutral', () => {
    const map = withTouchpoint(withTouchpoint(quietMap(), 'tp-2', { emotion: null }), 'tp-3', {
      emotion: 0,
    });
    expect(only(map, 'touchpoint-no-emotion')).toEqual([
      expect.objectContaining({
        path: 'touchpoints[1]',
        target: { type: 'touchpoint', id: 'tp-2' },
        stageId: 'st-a',
      }),
    ]);
  });
});

describe('friction-no-opportunity', () => {
  const high = { id: 'fr-1', text: 'Long queue', severity: 'high' as const };

  it('names a touchpoint with a high friction and no opportunity', () => {
    const map = withTouchpoint(quietMap(), 'tp-4', {
      title: 'Pays',
      frictions: [{ id: 'fr-0', text: 'Small print', severity: 'low' }, high],
    });
    expect(only(map, 'friction-no-opportunity')).toEqual([
      expect.objectContaining({
        path: 'touchpoints[3]',
        target: { type: 'touchpoint', id: 'tp-4' },
        message:
          '"Pays" has a high friction ("Long queue") but no opportunity: what could make it better?',
      }),
    ]);
  });

  it('is quiet with an opportunity, or when the frictions are not high', () => {
    const withIdea = withTouchpoint(quietMap(), 'tp-4', {
      frictions: [high],
      opportunities: [{ id: 'op-1', text: 'Open a second desk' }],
    });
    expect(only(withIdea, 'friction-no-opportunity')).toEqual([]);
    const medium = withTouchpoint(quietMap(), 'tp-4', {
      frictions: [{ ...high, severity: 'medium' }],
    });
    expect(only(medium, 'friction-no-opportunity')).toEqual([]);
  });
});

describe('service-owner', () => {
  it('names a service touchpoint another department owns', () => {
    const map = withTouchpoint(quietMap(), 'tp-1', { kind: 'service', title: 'Ad chat' });
    expect(only(map, 'service-owner')).toEqual([
      expect.objectContaining({
        path: 'touchpoints[0]',
        target: { type: 'touchpoint', id: 'tp-1' },
        message:
          '"Ad chat" is a service touchpoint owned by Marketing: should Customer Service own it, or is it an experience touchpoint?',
      }),
    ]);
  });

  it('is quiet for service in Customer Service, experience anywhere, and maps without such a department', () => {
    expect(only(quietMap(), 'service-owner')).toEqual([]);
    const noCs = withTouchpoint(
      quietMap({
        departments: [
          { id: 'dep-m', name: 'Marketing', color: '#d9734e' },
          { id: 'dep-customer-service', name: 'Front desk', color: '#3f88c5' },
        ],
      }),
      'tp-1',
      { kind: 'service' },
    );
    // The default id still says which department it is, whatever its name.
    expect(only(noCs, 'service-owner')).toHaveLength(1);
    const none = {
      ...noCs,
      departments: [
        { id: 'dep-m', name: 'Marketing', color: '#d9734e' },
        { id: 'dep-desk', name: 'Front desk', color: '#3f88c5' },
      ],
      touchpoints: noCs.touchpoints.map((t) => ({
        ...t,
        departmentId: t.departmentId === 'dep-m' ? 'dep-m' : 'dep-desk',
      })),
    };
    expect(only(none, 'service-owner')).toEqual([]);
  });

  it('finds the customer service department by id, else by name', () => {
    const dept = (id: string, name: string) => ({ id, name, color: '#336699' });
    expect(customerServiceDepartment(quietMap())?.id).toBe('dep-customer-service');
    const named = quietMap({
      departments: [dept('dep-a', 'Sales'), dept('dep-b', 'Customer support')],
    });
    expect(customerServiceDepartment(named)?.id).toBe('dep-b');
    const care = quietMap({ departments: [dept('dep-a', 'Guest customer-care team')] });
    expect(customerServiceDepartment(care)?.id).toBe('dep-a');
    expect(customerServiceDepartment(quietMap({ departments: [dept('dep-a', 'Customers')] }))).toBe(
      undefined,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { unionAnchors } from '../../src/lib/union-anchors';

describe("a union's anchor on /strikes/", () => {
  it('is the slug of a name of plain Latin words', () => {
    expect(unionAnchors(['Demo Workers Union', 'Free Demo Union']).get('Demo Workers Union')).toBe(
      'union-demo-workers-union',
    );
  });

  it('is tagged by the whole name where the name is of another form', () => {
    const anchors = unionAnchors([
      '工会',
      'សហជីព',
      "Demo Workers' Union",
      'Démo Union',
      'Demo Union',
    ]);
    expect(anchors.get('工会')).toMatch(/^union-x[0-9a-z]{7}$/);
    expect(anchors.get('សហជីព')).toMatch(/^union-x[0-9a-z]{7}$/);
    expect(anchors.get("Demo Workers' Union")).toMatch(/^union-demo-workers-union-x[0-9a-z]{7}$/);
    expect(anchors.get('Démo Union')).toMatch(/^union-demo-union-x[0-9a-z]{7}$/);
    expect(anchors.get('Demo Union')).toBe('union-demo-union');
    expect(new Set(anchors.values()).size).toBe(5);
  });

  it('does not change when other unions are added, however their names are written', () => {
    const before = unionAnchors(['工会', 'Demo Workers Union', 'Zeta Union']);
    const after = unionAnchors([
      'ក',
      '工会',
      'សហជីព',
      'Demo Workers Union',
      "Demo Workers' Union",
      'Demo-Workers Union',
      'Alpha Union',
      'Zeta Union',
      'Zeta Union.',
    ]);
    for (const [union, anchor] of before) expect(after.get(union)).toBe(anchor);
    expect(new Set(after.values()).size).toBe(9);
  });
});

import { describe, expect, it } from 'vitest';
import { unionAnchors } from '../../src/lib/union-anchors';

describe("a union's anchor on /strikes/", () => {
  it('is the slug of a Latin name no other union shares', () => {
    expect(unionAnchors(['Demo Workers Union', 'Free Demo Union']).get('Demo Workers Union')).toBe(
      'union-demo-workers-union',
    );
  });

  it('is tagged by the whole name where the name gives no slug or a shared one', () => {
    const anchors = unionAnchors(['工会', 'សហជីព', 'ABC Union', 'Abc-Union', 'Demo Union']);
    expect(anchors.get('工会')).toMatch(/^union-x[0-9a-z]{7}$/);
    expect(anchors.get('សហជីព')).toMatch(/^union-x[0-9a-z]{7}$/);
    expect(anchors.get('ABC Union')).toMatch(/^union-abc-union-x[0-9a-z]{7}$/);
    expect(anchors.get('Abc-Union')).toMatch(/^union-abc-union-x[0-9a-z]{7}$/);
    expect(anchors.get('Demo Union')).toBe('union-demo-union');
    expect(new Set(anchors.values()).size).toBe(5);
  });

  it('does not change when other unions are added', () => {
    const before = unionAnchors(['工会', 'Demo Workers Union', 'Zeta Union']);
    const after = unionAnchors([
      'ក',
      '工会',
      'សហជីព',
      'Demo Workers Union',
      'Alpha Union',
      'Zeta Union',
    ]);
    for (const [union, anchor] of before) expect(after.get(union)).toBe(anchor);
  });
});

import { describe, expect, it } from 'vitest';
import { guardChips, type GuardedChip } from '../../../lib/page/chip-guard';

const frame = () => new Promise((r) => setTimeout(r, 40));

function setup() {
  document.body.innerHTML = '<div id="item"><span id="anchor"></span></div>';
  const item = document.getElementById('item')!;
  const host = document.createElement('cocktail-chip');
  document.getElementById('anchor')!.append(host);
  const chip: GuardedChip = { host, item, remounts: 0 };
  const chips = new Map<Element, GuardedChip>([[item, chip]]);
  const released: Element[] = [];
  let mounts = 0;
  const ctl = new AbortController();
  const guard = guardChips(
    document,
    ctl.signal,
    () => chips.entries(),
    (c) => {
      mounts++;
      document.getElementById('anchor')?.append(c.host);
      return true;
    },
    (el) => {
      released.push(el);
      chips.delete(el);
    },
  );
  return { item, host, chips, released, guard, ctl, mounts: () => mounts };
}

describe('a page removing our chip', () => {
  it('gets it back once, and a second removal is final', async () => {
    const s = setup();
    s.host.remove();
    await frame();
    expect(s.host.isConnected).toBe(true);
    expect(s.mounts()).toBe(1);
    s.host.remove();
    await frame();
    expect(s.host.isConnected).toBe(false);
    expect(s.mounts()).toBe(1);
    expect(s.released).toEqual([s.item]);
    expect(s.guard.remounted).toBe(1);
    s.ctl.abort();
  });

  it('releases the chip without re-mounting when its item left the page (a virtualised list)', async () => {
    const s = setup();
    s.item.remove();
    await frame();
    expect(s.mounts()).toBe(0);
    expect(s.released).toEqual([s.item]);
    s.ctl.abort();
  });

  it('does nothing for removals that do not touch our hosts', async () => {
    const s = setup();
    const other = document.createElement('p');
    document.body.append(other);
    other.remove();
    await frame();
    expect(s.mounts()).toBe(0);
    expect(s.released).toEqual([]);
    s.ctl.abort();
  });
});

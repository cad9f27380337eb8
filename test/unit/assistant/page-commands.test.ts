import { describe, expect, it } from 'vitest';
import { parsePageCommand, trustedCommandSender } from '../../../lib/page/page-commands';

describe('commands to the page', () => {
  it('accepts exactly the four commands with bounded fields', () => {
    expect(parsePageCommand({ type: 'assistant.items' })).toEqual({ type: 'assistant.items' });
    expect(parsePageCommand({ type: 'assistant.openInView', extra: 1 })).toEqual({ type: 'assistant.openInView' });
    expect(parsePageCommand({ type: 'assistant.open', nativeId: '123' })).toEqual({ type: 'assistant.open', nativeId: '123' });
    expect(parsePageCommand({ type: 'assistant.insert', nativeId: '1', text: 'Bonjour' })).toEqual({ type: 'assistant.insert', nativeId: '1', text: 'Bonjour' });
  });
  it('refuses unknown types, wrong field types, empty or oversized values', () => {
    for (const bad of [
      null, 'assistant.items', [], { type: 'item.setState' }, { type: 'assistant.open' }, { type: 'assistant.open', nativeId: 5 },
      { type: 'assistant.open', nativeId: '' }, { type: 'assistant.open', nativeId: 'x'.repeat(301) },
      { type: 'assistant.insert', nativeId: '1', text: '' }, { type: 'assistant.insert', nativeId: '1', text: 'x'.repeat(20_001) },
      { type: 'assistant.insert', nativeId: '1', text: { toString: () => 'x' } },
    ]) expect(parsePageCommand(bad)).toBeNull();
  });
  it('trusts only our own extension, and not from a tab (another content script)', () => {
    expect(trustedCommandSender({ id: 'ours' }, 'ours')).toBe(true);
    expect(trustedCommandSender({ id: 'other' }, 'ours')).toBe(false);
    expect(trustedCommandSender({ id: 'ours', tab: { id: 3 } }, 'ours')).toBe(false);
    expect(trustedCommandSender(undefined, 'ours')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { actionMatches, type PaletteAction } from './commands';

const action: PaletteAction = {
  id: 'theme',
  label: 'Toggle theme',
  keywords: ['dark', 'light'],
  perform: () => undefined,
};

describe('actionMatches', () => {
  it('matches word prefixes of the label and keywords, every word required', () => {
    expect(actionMatches(action, 'tog the')).toBe(true);
    expect(actionMatches(action, 'dark')).toBe(true);
    expect(actionMatches(action, 'theme zzz')).toBe(false);
    expect(actionMatches(action, 'heme')).toBe(false);
  });
  it('matches everything on an empty query', () => {
    expect(actionMatches(action, '  ')).toBe(true);
  });
});

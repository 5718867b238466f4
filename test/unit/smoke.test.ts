import { describe, expect, it } from 'vitest';
import { parse } from '../../src/core/parse.ts';
describe('smoke', () => { it('parses', () => { expect(parse('{').ok).toBe(false); }); });

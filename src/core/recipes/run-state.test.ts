import { describe, expect, it } from 'vitest';
import type { Exchange } from '../exchange/types';
import {
  answersOf,
  initialRun,
  nextStepIndex,
  reduceRun,
  summarizeRun,
  type RunAction,
  type RunState,
} from './run-state';
import type { Recipe } from './types';
import { findShippedRecipe } from './shipped-recipes';

const recipe = shipped('find-contact-by-email');

const exchange = (ms: number): Exchange => ({
  methodId: 'm',
  methodSummary: 'M',
  api: 'v3',
  startedAt: '2026-01-01T00:00:00Z',
  durationMs: ms,
  request: { method: 'GET', url: 'http://127.0.0.1/x', headers: [] },
});
const pass = { passed: true, lines: [] };
const fail = { passed: false, lines: [{ ok: false, text: 'Expected status 200, got 404' }] };
const run = (actions: RunAction[]) => actions.reduce(reduceRun, initialRun(3));
const statuses = (state: RunState) => state.steps.map((s) => s.status);

describe('a recipe run', () => {
  it('passes step by step and ends with a summary of what it created and how long it took', () => {
    const state = run([
      { type: 'start', fresh: true, count: 3 },
      { type: 'step-started', index: 0 },
      { type: 'step-answered', index: 0, exchange: exchange(120), answer: { contact: { id: '251' } }, check: pass },
      { type: 'step-answered', index: 1, exchange: exchange(30), answer: { id: '251' }, check: pass },
      { type: 'step-answered', index: 2, exchange: exchange(50), answer: {}, check: pass },
      { type: 'finished' },
    ]);
    expect(statuses(state)).toEqual(['passed', 'passed', 'passed']);
    expect(summarizeRun(recipe, state)).toEqual({
      outcome: 'passed',
      passed: 3,
      failed: 0,
      skipped: 0,
      created: [{ label: 'Contact', id: '251' }],
      calls: 3,
      durationMs: 200,
    });
    expect(answersOf(recipe, state).get('create-contact')).toEqual({ contact: { id: '251' } });
    expect(nextStepIndex(state)).toBeUndefined();
  });

  it('stops at a failed check: later steps are skipped, the summary says where', () => {
    const state = run([
      { type: 'start', fresh: true, count: 3 },
      { type: 'step-answered', index: 0, exchange: exchange(10), answer: {}, check: fail },
    ]);
    expect(statuses(state)).toEqual(['failed', 'skipped', 'skipped']);
    expect(state.running).toBe(false);
    expect(summarizeRun(recipe, state)).toMatchObject({ outcome: 'failed', failed: 1, skipped: 2, stoppedAt: 0 });
    // "Run next step" goes back to the failed step; a new run makes skipped steps pending again.
    expect(nextStepIndex(state)).toBe(0);
    expect(statuses(reduceRun(state, { type: 'start', fresh: false, count: 3 }))).toEqual([
      'failed',
      'pending',
      'pending',
    ]);
  });

  it('stops at a binding error with its message and field, before any call', () => {
    const state = run([
      { type: 'start', fresh: true, count: 3 },
      { type: 'step-answered', index: 0, exchange: exchange(10), answer: { contact: {} }, check: pass },
      { type: 'step-failed', index: 1, error: 'has no contact.id', field: 'params.email' },
    ]);
    expect(state.steps[1]).toEqual({ status: 'failed', error: 'has no contact.id', field: 'params.email' });
    expect(summarizeRun(recipe, state)).toMatchObject({ outcome: 'failed', calls: 1, stoppedAt: 1, created: [] });
  });

  it('is cancelled: the step in flight can be run again, and there is a summary', () => {
    const state = run([
      { type: 'start', fresh: true, count: 3 },
      { type: 'step-started', index: 0 },
      { type: 'cancelled', index: 0 },
    ]);
    expect(statuses(state)).toEqual(['pending', 'pending', 'pending']);
    expect(summarizeRun(recipe, state)).toMatchObject({ outcome: 'cancelled', stoppedAt: 0, calls: 0 });
  });

  it('says why nothing was sent when the run is stopped before its first call, results untouched', () => {
    const done = run([
      { type: 'start', fresh: true, count: 3 },
      { type: 'step-answered', index: 0, exchange: exchange(10), answer: {}, check: pass },
      { type: 'finished' },
    ]);
    const refused = reduceRun(done, { type: 'not-sent', message: 'Not sent: read-only' });
    expect(refused).toMatchObject({ running: false, notSent: 'Not sent: read-only' });
    expect(refused.steps).toBe(done.steps);
    expect(reduceRun(refused, { type: 'start', fresh: false, count: 3 }).notSent).toBeUndefined();
  });

  it('has no summary while running or half done step by step', () => {
    const running = run([{ type: 'start', fresh: true, count: 3 }]);
    expect(summarizeRun(recipe, running)).toBeUndefined();
    const half = run([
      { type: 'start', fresh: true, count: 3 },
      { type: 'step-answered', index: 0, exchange: exchange(10), answer: {}, check: pass },
      { type: 'finished' },
    ]);
    expect(summarizeRun(recipe, half)).toBeUndefined();
    expect(nextStepIndex(half)).toBe(1);
  });
});

function shipped(id: string): Recipe {
  const recipe = findShippedRecipe(id);
  if (!recipe) throw new Error(`${id} is not shipped`);
  return recipe;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import type { Exchange } from '../../core/exchange/types';
import { expectedPages, fetchAllNext, fetchAllStart } from '../../core/paging/fetch-plan';
import { mergedExchange } from '../../core/paging/merged-exchange';
import { createPageMerge, type MergeReport, type PageMerge } from '../../core/paging/merge';
import { readPage } from '../../core/paging/page';
import type { PagingSpec } from '../../core/paging/paging-spec';
import { buildRequest } from '../../core/request/build-request';
import type { MethodValues } from '../../core/request/types';
import type { GuardedConnection } from '../../core/safety/decide';
import { sendThroughProxy } from '../../lib/proxy-client';

type FetchAllStatus = 'idle' | 'running' | 'cancelled' | 'failed' | 'done';

export interface FetchAllProgress {
  status: FetchAllStatus;
  pages: number;
  records: number;
  /** Pages the whole list takes, once the first page stated a total. */
  expectedPages?: number;
  /** Milliseconds spent fetching (pauses not counted). */
  elapsedMs: number;
  /** 429 answers received (each was waited out and its page asked again). */
  throttled: number;
  /** Why the last page failed, when it did. */
  error?: string;
  report?: MergeReport;
}

const IDLE: FetchAllProgress = { status: 'idle', pages: 0, records: 0, elapsedMs: 0, throttled: 0 };
/** A 429 is retried this many times in a row before the page counts as failed. */
const MAX_429_RETRIES = 5;

/**
 * Pages through a whole list through the one send pipeline (buildRequest +
 * sendThroughProxy, so the rate budget paces it). Cancel keeps what was
 * fetched; resume and retry continue from the page that was next.
 */
export function useFetchAll(method: MethodDef, spec: PagingSpec, connection: GuardedConnection | undefined) {
  const [progress, setProgress] = useState<FetchAllProgress>(IDLE);
  const merge = useRef<PageMerge | undefined>(undefined);
  const next = useRef<MethodValues | undefined>(undefined);
  const abort = useRef<AbortController | undefined>(undefined);
  const elapsedBefore = useRef(0);
  const throttled = useRef(0);
  const first = useRef<Exchange | undefined>(undefined);

  useEffect(() => () => abort.current?.abort(), []);

  const run = useCallback(async () => {
    const m = merge.current;
    if (!connection || !m) return;
    const controller = new AbortController();
    abort.current = controller;
    const t0 = performance.now();
    const elapsed = () => elapsedBefore.current + performance.now() - t0;
    let retries = 0;
    let expected: number | undefined;
    setProgress((p) => ({ ...p, status: 'running' }));
    const update = (patch: Partial<FetchAllProgress>) =>
      setProgress((p) => ({ ...p, pages: m.pages, records: m.count, elapsedMs: elapsed(), ...patch }));
    try {
      while (next.current) {
        const values = next.current;
        const sent = await sendThroughProxy(method, buildRequest(method, values, connection), connection, {
          signal: controller.signal,
        });
        if (controller.signal.aborted) {
          // A cancelled call comes back as an exchange that says so: Cancel keeps what was fetched.
          elapsedBefore.current = elapsed();
          update({ status: 'cancelled', report: m.report(false) });
          return;
        }
        const res = sent.response;
        if (res?.status === 429 && retries < MAX_429_RETRIES) {
          // The budget now holds every call until Retry-After has passed; the same page is asked again.
          retries++;
          throttled.current++;
          update({ throttled: throttled.current });
          continue;
        }
        retries = 0;
        const failure = pageFailure(sent);
        if (failure) {
          elapsedBefore.current = elapsed();
          update({ status: 'failed', error: failure, report: m.report(false) });
          return;
        }
        const page = readPage(spec, values, parseJson(res?.bodyText ?? ''));
        if (!page) {
          elapsedBefore.current = elapsed();
          const error = 'The answer is not a page of this list (no JSON list under its root key).';
          update({ status: 'failed', error, report: m.report(false) });
          return;
        }
        if (m.pages === 0) {
          expected = expectedPages(page);
          first.current = sent;
        }
        m.add(page);
        next.current = fetchAllNext(values, page);
        update(expected !== undefined ? { expectedPages: expected } : {});
      }
      elapsedBefore.current = elapsed();
      update({ status: 'done', report: m.report(true) });
    } catch (e) {
      elapsedBefore.current = elapsed();
      if (controller.signal.aborted) update({ status: 'cancelled', report: m.report(false) });
      else update({ status: 'failed', error: e instanceof Error ? e.message : String(e), report: m.report(false) });
    }
  }, [connection, method, spec]);

  const start = useCallback(
    (values: MethodValues) => {
      abort.current?.abort();
      merge.current = createPageMerge();
      next.current = fetchAllStart(spec, values);
      elapsedBefore.current = 0;
      throttled.current = 0;
      setProgress(IDLE);
      void run();
    },
    [run, spec],
  );

  return {
    progress,
    merge: merge.current,
    start,
    cancel: useCallback(() => abort.current?.abort(), []),
    /** What was merged so far as one exchange for the response views (text length stands in for bytes). */
    merged: useCallback((complete: boolean): Exchange | undefined => {
      const m = merge.current;
      if (!m || !first.current) return undefined;
      const text = m.documentText(complete);
      return mergedExchange(first.current, text, text.length, elapsedBefore.current);
    }, []),
    /** Continues after Cancel, or asks the failed page again: nothing fetched is asked twice. */
    resume: useCallback(() => void run(), [run]),
  };
}

function pageFailure(sent: Exchange): string | undefined {
  if (sent.networkError) return sent.networkError;
  const res = sent.response;
  if (!res) return 'No answer.';
  if (res.proxyError) return `The proxy refused the call (${res.proxyError.code}): ${res.proxyError.message}`;
  if (res.status < 200 || res.status >= 300) return `HTTP ${res.status} ${res.statusText}`.trim();
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// The real API names pipelines "DealGroup" and stages "DealStage" in its 404s.
import { json, notFound, type SandboxResponse } from '../http-types';
import { byId, insert, removeWhere, type PipelineRecord, type SandboxStore, type StageRecord } from '../store';
import {
  applyOrders,
  failIf,
  filter,
  int,
  page,
  readRoot,
  requireFields,
  route,
  text,
  type Ctx,
  type Route,
  deleteById,
} from './common';
import { pipelineJson, stageJson, stagesOf } from './serialize-crm';

/** A new pipeline starts with the same three stages the app creates. */
const DEFAULT_STAGES = [
  ['To Contact', '18D499'],
  ['In Contact', '32B0FC'],
  ['Follow Up', 'E6CE4B'],
] as const;

function allStages(store: SandboxStore, groups: readonly PipelineRecord[]): Record<string, unknown>[] {
  return groups.flatMap((g) => stagesOf(store, g.id)).map((s) => stageJson(store, s));
}

function listPipelines({ store, req }: Ctx): SandboxResponse {
  const title = filter(req.query, 'title')?.toLowerCase() ?? '';
  const ordered = applyOrders(
    [...store.pipelines.rows.values()].filter((p) => p.title.toLowerCase().includes(title)),
    req.query,
    { title: (p) => p.title.toLowerCase() },
  );
  if (!ordered.ok) return ordered.response;
  return page(req, 'dealGroups', ordered.value, (p) => pipelineJson(store, p), {
    extra: { dealStages: allStages(store, ordered.value) },
  });
}

function getPipeline({ store, params }: Ctx): SandboxResponse {
  const p = byId(store.pipelines, params.id);
  if (!p) return notFound('DealGroup', params.id ?? '');
  return json(200, { dealGroup: pipelineJson(store, p), dealStages: allStages(store, [p]) });
}

/** The write answers echo the flags as numbers, unlike the GET shapes. */
function writtenPipeline(store: SandboxStore, p: PipelineRecord): Record<string, unknown> {
  return { ...pipelineJson(store, p), allgroups: 1, allusers: 0, autoassign: 1 };
}

function createPipeline({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'dealGroup');
  if (!root.ok) return root.response;
  const refused = failIf(requireFields(root.value, ['title', 'currency']));
  if (refused) return refused;
  const now = store.now().getTime();
  const p = insert(store.pipelines, (id) => ({
    id,
    title: text(root.value.title),
    currency: text(root.value.currency).toLowerCase(),
    cdate: now,
    udate: now,
  }));
  DEFAULT_STAGES.forEach(([title, color], i) =>
    insert(store.stages, (id) => ({ id, group: p.id, title, order: i + 1, color, cdate: now, udate: now })),
  );
  return json(200, {
    dealGroup: writtenPipeline(store, p),
    dealGroupGroups: [],
    dealGroupUsers: [],
    dealStages: allStages(store, [p]),
  });
}

function updatePipeline({ store, req, params }: Ctx): SandboxResponse {
  const p = byId(store.pipelines, params.id);
  if (!p) return notFound('DealGroup', params.id ?? '');
  const root = readRoot(req, 'dealGroup');
  if (!root.ok) return root.response;
  if (root.value.title !== undefined) p.title = text(root.value.title);
  if (root.value.currency !== undefined) p.currency = text(root.value.currency).toLowerCase();
  p.udate = store.now().getTime();
  return json(200, { dealGroup: writtenPipeline(store, p), dealGroupGroups: [], dealGroupUsers: [] });
}

/** Deleting a pipeline deletes its stages and deals, as in the app. */
const deletePipeline = deleteById(
  (store) => store.pipelines,
  'DealGroup',
  (store, p) => {
    removeWhere(store.stages, (s) => s.group === p.id);
    removeWhere(store.deals, (d) => d.group === p.id);
  },
);

function listStages({ store, req }: Ctx): SandboxResponse {
  const title = filter(req.query, 'title')?.toLowerCase() ?? '';
  const group = filter(req.query, 'd_groupid');
  const rows = [...store.stages.rows.values()].filter(
    (s) => s.title.toLowerCase().includes(title) && (group === null || String(s.group) === group),
  );
  const ordered = applyOrders(rows, req.query, { title: (s) => s.title.toLowerCase() });
  if (!ordered.ok) return ordered.response;
  return page(req, 'dealStages', ordered.value, (s) => stageJson(store, s));
}

function getStage({ store, params }: Ctx): SandboxResponse {
  const s = byId(store.stages, params.id);
  return s ? json(200, { dealStage: stageJson(store, s) }) : notFound('DealStage', params.id ?? '');
}

/** The write answers give `order` and `width` as numbers. */
function writtenStage(store: SandboxStore, s: StageRecord): Record<string, unknown> {
  return { dealStage: { ...stageJson(store, s), order: s.order, width: 280 } };
}

function createStage({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'dealStage');
  if (!root.ok) return root.response;
  const errors = requireFields(root.value, ['title', 'group']);
  const group = byId(store.pipelines, text(root.value.group));
  if (errors.length === 0 && !group) {
    errors.push({ title: 'The pipeline does not exist', code: 'related_missing', field: 'group' });
  }
  const refused = failIf(errors);
  if (refused || !group) return refused ?? json(400, {});
  const now = store.now().getTime();
  const s = insert(store.stages, (id) => ({
    id,
    group: group.id,
    title: text(root.value.title),
    order: int(root.value.order) ?? stagesOf(store, group.id).length + 1,
    color: text(root.value.color, '32B0FC'),
    cdate: now,
    udate: now,
  }));
  return json(200, writtenStage(store, s));
}

function updateStage({ store, req, params }: Ctx): SandboxResponse {
  const s = byId(store.stages, params.id);
  if (!s) return notFound('DealStage', params.id ?? '');
  const root = readRoot(req, 'dealStage');
  if (!root.ok) return root.response;
  if (root.value.title !== undefined) s.title = text(root.value.title);
  if (root.value.color !== undefined) s.color = text(root.value.color);
  s.order = int(root.value.order) ?? s.order;
  s.udate = store.now().getTime();
  return json(200, writtenStage(store, s));
}

/** Deleting a stage moves its deals to the pipeline's first remaining stage (or deletes them if none). */
const deleteStage = deleteById(
  (store) => store.stages,
  'DealStage',
  (store, s) => {
    const fallback = stagesOf(store, s.group)[0];
    if (fallback) for (const d of store.deals.rows.values()) if (d.stage === s.id) d.stage = fallback.id;
    removeWhere(store.deals, (d) => d.stage === s.id);
  },
);

export const pipelineRoutes: readonly Route[] = [
  route('GET', '/api/3/dealGroups', listPipelines),
  route('POST', '/api/3/dealGroups', createPipeline),
  route('GET', '/api/3/dealGroups/{id}', getPipeline),
  route('PUT', '/api/3/dealGroups/{id}', updatePipeline),
  route('DELETE', '/api/3/dealGroups/{id}', deletePipeline),
  route('GET', '/api/3/dealStages', listStages),
  route('POST', '/api/3/dealStages', createStage),
  route('GET', '/api/3/dealStages/{id}', getStage),
  route('PUT', '/api/3/dealStages/{id}', updateStage),
  route('DELETE', '/api/3/dealStages/{id}', deleteStage),
];

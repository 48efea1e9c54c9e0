import type { MethodKind, ParamDef, V1Method } from '../types';
import { form, idParam, query, rows, v1Failure, v1Ok } from './common';

const int = (name: string, example: number, description: string, required = false): ParamDef =>
  form(name, { type: 'integer', minimum: 1, example }, description, required);
const text = (name: string, example: string, description: string, required = false): ParamDef =>
  form(name, { type: 'string', example }, description, required);

/** A compact v1 deal entry: every deal action shares group, api and the two envelopes. */
function deal(
  action: string,
  summary: string,
  description: string,
  http: 'GET' | 'POST',
  kind: MethodKind,
  params: readonly ParamDef[],
  ok: { description: string; fields?: Record<string, unknown> },
  failure: string,
): V1Method {
  return {
    id: `v1.${action}`,
    api: 'v1',
    group: 'Deals',
    summary,
    description,
    http,
    kind,
    action,
    params,
    responses: [v1Ok(ok.description, ok.fields), v1Failure(failure)],
  };
}

function dealFields(required: boolean): readonly ParamDef[] {
  return [
    text('title', 'Acme annual plan', 'Deal title.', required),
    form('value', { type: 'number', minimum: 0, example: 4560 }, 'Deal value in the currency below.', required),
    form('currency', { type: 'string', example: 'usd' }, 'Three-letter currency code, lower case.', required),
    int('pipeline', 1, 'Pipeline id (deal_pipeline_list).', required),
    int('stage', 1, 'Stage id within that pipeline (deal_stage_list).', required),
    int('owner', 1, 'User id of the deal owner.', required),
  ];
}

const dealRecord = {
  id: '1',
  title: 'Acme annual plan',
  value: '4560',
  currency: 'usd',
  pipelineid: '1',
  stageid: '1',
  owner: '1',
  contactid: '1',
  status: '0',
  cdate: '2026-01-15 09:30:00',
};

function pipelineFields(required: boolean): readonly ParamDef[] {
  return [
    text('title', 'Sales', 'Pipeline name.', required),
    form('currency', { type: 'string', example: 'usd' }, 'Default currency of its deals.'),
    form('allgroups', { type: 'integer', enum: [0, 1], example: 1 }, '1 = every user group can see it.'),
    form('allusers', { type: 'integer', enum: [0, 1], example: 1 }, '1 = every user can be assigned its deals.'),
  ];
}

function stageFields(required: boolean): readonly ParamDef[] {
  return [
    text('title', 'Qualified', 'Stage name.', required),
    int('pipeline', 1, 'Pipeline the stage belongs to.', required),
    form('color', { type: 'string', example: '32B0FC' }, 'Column colour as hex, without #.'),
    form('order', { type: 'integer', minimum: 1, example: 2 }, 'Position of the stage in the pipeline.'),
  ];
}

function taskFields(required: boolean): readonly ParamDef[] {
  return [
    text('note', 'Call back about pricing', 'What the task is about.', required),
    text('duedate', '2026-01-20 10:00:00', 'When it is due (YYYY-MM-DD HH:MM:SS).', required),
    int('deal_tasktype', 1, 'Task type id (call, email, …).'),
  ];
}

const removed = (what: string) => ({ description: `result_code 1: the ${what} is gone.` });
const saved = (what: string) => ({
  description: `result_code 1: the ${what} was saved (result_message wording varies).`,
});

export const v1DealsMethods: readonly V1Method[] = [
  deal(
    'deal_add',
    'Add a deal (v1)',
    'Creates a deal in a pipeline stage and links it to a contact, identified by email (contact) or id (contactid).',
    'POST',
    'write',
    [
      ...dealFields(true),
      form(
        'contact',
        { type: 'string', format: 'email', example: 'jane.doe@example.com' },
        'Contact email (or send contactid).',
      ),
      int('contactid', 1, 'Contact id (or send contact).'),
      text('contact_name', 'Jane Doe', 'Name to give the contact if it is created.'),
      text('organization', 'Acme Inc', 'Organization of the contact.'),
    ],
    { description: 'result_code 1; id is the new deal id.', fields: { id: 1 } },
    'result_code 0: the deal was not created (a pipeline, stage or contact is usually wrong).',
  ),
  deal(
    'deal_edit',
    'Edit a deal (v1)',
    'Updates a deal: move it to another stage, change its value, or mark it won or lost via status.',
    'POST',
    'write',
    [
      idParam('form', 'The deal id to update.'),
      ...dealFields(false),
      form('status', { type: 'integer', enum: [0, 1, 2], example: 1 }, '0 open, 1 won, 2 lost.'),
    ],
    saved('deal'),
    'result_code 0: no deal has this id.',
  ),
  deal(
    'deal_get',
    'View a deal (v1)',
    'Returns one deal with its pipeline, stage, owner and contact.',
    'GET',
    'read',
    [idParam('query', 'The deal id.')],
    { description: 'result_code 1 with the deal fields.', fields: dealRecord },
    'result_code 0: no deal has this id.',
  ),
  deal(
    'deal_list',
    'List deals (v1)',
    'Lists deals, optionally narrowed to one pipeline, stage or status.',
    'GET',
    'read',
    [
      query('filters[pipeline]', { type: 'integer', minimum: 1, example: 1 }, 'Only deals in this pipeline.'),
      query('filters[stage]', { type: 'integer', minimum: 1, example: 1 }, 'Only deals in this stage.'),
      query('filters[status]', { type: 'integer', enum: [0, 1, 2], example: 0 }, '0 open, 1 won, 2 lost.'),
      query('page', { type: 'integer', minimum: 1, example: 1 }, 'Page number.'),
    ],
    { description: 'result_code 1; deals keyed "0", "1", ….', fields: rows(dealRecord) },
    'result_code 0: no deal matched.',
  ),
  deal(
    'deal_delete',
    'Delete a deal (v1)',
    'Deletes one deal with its notes and tasks.',
    'POST',
    'destructive',
    [idParam('form', 'The deal id to delete.')],
    removed('deal'),
    'result_code 0: no deal has this id.',
  ),
  deal(
    'deal_note_add',
    'Add a note to a deal (v1)',
    'Attaches a free-text note to a deal.',
    'POST',
    'write',
    [int('dealid', 1, 'The deal id.', true), text('note', 'Sent the revised quote.', 'The note text.', true)],
    saved('note'),
    'result_code 0: no deal has this id.',
  ),
  deal(
    'deal_note_edit',
    'Edit a deal note (v1)',
    'Replaces the text of a deal note.',
    'POST',
    'write',
    [
      int('noteid', 1, 'The note id.', true),
      int('dealid', 1, 'The deal the note belongs to.', true),
      text('note', 'Quote accepted by phone.', 'The new note text.', true),
    ],
    saved('note'),
    'result_code 0: no note has this id.',
  ),
  deal(
    'deal_pipeline_add',
    'Add a deal pipeline (v1)',
    'Creates a pipeline (a board of stages). Add stages with deal_stage_add afterwards.',
    'POST',
    'write',
    pipelineFields(true),
    { description: 'result_code 1; id is the new pipeline id.', fields: { id: 1 } },
    'result_code 0: the pipeline was not created.',
  ),
  deal(
    'deal_pipeline_edit',
    'Edit a deal pipeline (v1)',
    'Renames a pipeline or changes its currency and visibility.',
    'POST',
    'write',
    [idParam('form', 'The pipeline id to update.'), ...pipelineFields(false)],
    saved('pipeline'),
    'result_code 0: no pipeline has this id.',
  ),
  deal(
    'deal_pipeline_delete',
    'Delete a deal pipeline (v1)',
    'Deletes a pipeline. Gotcha: its stages and deals go with it.',
    'POST',
    'destructive',
    [idParam('form', 'The pipeline id to delete.')],
    removed('pipeline'),
    'result_code 0: no pipeline has this id.',
  ),
  deal(
    'deal_pipeline_list',
    'List deal pipelines (v1)',
    'Lists every pipeline; their ids are needed by deal_add and deal_stage_add.',
    'GET',
    'read',
    [],
    {
      description: 'result_code 1; pipelines keyed "0", "1", ….',
      fields: rows({ id: '1', title: 'Sales', currency: 'usd' }),
    },
    'result_code 0: no pipelines.',
  ),
  deal(
    'deal_stage_add',
    'Add a deal stage (v1)',
    'Adds a stage (a column) to a pipeline.',
    'POST',
    'write',
    stageFields(true),
    { description: 'result_code 1; id is the new stage id.', fields: { id: 2 } },
    'result_code 0: the stage was not created (unknown pipeline?).',
  ),
  deal(
    'deal_stage_edit',
    'Edit a deal stage (v1)',
    'Renames, recolours or moves a stage.',
    'POST',
    'write',
    [idParam('form', 'The stage id to update.'), ...stageFields(false)],
    saved('stage'),
    'result_code 0: no stage has this id.',
  ),
  deal(
    'deal_stage_delete',
    'Delete a deal stage (v1)',
    'Removes a stage from its pipeline.',
    'POST',
    'destructive',
    [idParam('form', 'The stage id to delete.')],
    removed('stage'),
    'result_code 0: no stage has this id.',
  ),
  deal(
    'deal_stage_list',
    'List deal stages (v1)',
    'Lists stages, optionally only those of one pipeline.',
    'GET',
    'read',
    [query('filters[pipeline]', { type: 'integer', minimum: 1, example: 1 }, 'Only stages of this pipeline.')],
    {
      description: 'result_code 1; stages keyed "0", "1", ….',
      fields: rows({ id: '1', title: 'Qualified', pipeline: '1', color: '32B0FC', order: '1' }),
    },
    'result_code 0: no stage matched.',
  ),
  deal(
    'deal_task_add',
    'Add a deal task (v1)',
    'Creates a to-do on a deal (a call, an email…) with a due date.',
    'POST',
    'write',
    [int('dealid', 1, 'The deal id.', true), ...taskFields(true)],
    saved('task'),
    'result_code 0: the task was not created.',
  ),
  deal(
    'deal_task_edit',
    'Edit a deal task (v1)',
    'Changes a deal task, or marks it done with status=1.',
    'POST',
    'write',
    [
      idParam('form', 'The task id to update.'),
      ...taskFields(false),
      form('status', { type: 'integer', enum: [0, 1], example: 1 }, '0 open, 1 complete.'),
    ],
    saved('task'),
    'result_code 0: no task has this id.',
  ),
  deal(
    'deal_tasktype_add',
    'Add a deal task type (v1)',
    'Creates a task type, the category a deal task belongs to.',
    'POST',
    'write',
    [text('title', 'Demo', 'Task type name.', true)],
    saved('task type'),
    'result_code 0: the task type was not created.',
  ),
  deal(
    'deal_tasktype_edit',
    'Edit a deal task type (v1)',
    'Renames a task type.',
    'POST',
    'write',
    [idParam('form', 'The task type id.'), text('title', 'Product demo', 'New name.', true)],
    saved('task type'),
    'result_code 0: no task type has this id.',
  ),
  deal(
    'deal_tasktype_delete',
    'Delete a deal task type (v1)',
    'Deletes a task type.',
    'POST',
    'destructive',
    [idParam('form', 'The task type id to delete.')],
    removed('task type'),
    'result_code 0: no task type has this id.',
  ),
];

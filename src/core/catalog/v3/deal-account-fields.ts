import type { ParamDef, ResponseDoc } from '../types';

/*
 * What deal and account custom fields share. ActiveCampaign serves both from one engine: definitions at
 * `/<record>CustomFieldMeta`, stored values at `/<record>CustomFieldData`, with the same attributes and answers.
 */

/** The kinds of field a deal or account custom field can be (contact fields have their own list). */
export const fieldMetaTypes = [
  'text',
  'textarea',
  'date',
  'datetime',
  'dropdown',
  'multiselect',
  'radio',
  'checkbox',
  'hidden',
  'currency',
  'number',
] as const;

/** `limit` and `offset` of a definition list, which pages 100 fields at a time instead of the usual 20. */
export function fieldMetaPageParams(limitDescription: string): readonly ParamDef[] {
  return [
    {
      name: 'limit',
      in: 'query',
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 100, example: 100 },
      description: limitDescription,
    },
    {
      name: 'offset',
      in: 'query',
      schema: { type: 'integer', minimum: 0, default: 0, example: 0 },
      description: 'How many fields to skip (zero-based).',
    },
  ];
}

interface FieldMetaHead {
  id: string;
  fieldLabel: string;
  fieldType: (typeof fieldMetaTypes)[number];
  fieldOptions: readonly string[] | null;
  fieldDefault: string;
}

/** A field definition as the API returns it: `head` is what sets one field apart, `links` leads to its values. */
export function fieldMetaExample(head: FieldMetaHead, links: Record<string, string>) {
  return {
    ...head,
    fieldDefaultCurrency: null,
    isFormVisible: 1,
    isRequired: 0,
    displayOrder: 1,
    personalization: '',
    knownFieldId: null,
    hideFieldFlag: 0,
    createdTimestamp: '2026-01-15 15:30:00',
    updatedTimestamp: '2026-01-15 15:30:00',
    links,
  };
}

/** The definition attributes an answer may leave out, below its root key (e.g. `dealCustomFieldMetum`). */
export function fieldMetaOptional(root: string): readonly string[] {
  return ['fieldDefaultCurrency', 'personalization', 'knownFieldId', 'hideFieldFlag'].map((key) => `${root}.${key}`);
}

/** 200 to deleting a definition or a value: the message names the kind of record, e.g. `DealCustomFieldMeta`. */
export function deletedWithMessage(kind: string): ResponseDoc {
  return {
    status: 200,
    description: 'Deleted; the body confirms it in a message.',
    example: { message: `${kind} deleted.` },
  };
}

/** 200 to a bulk create of values. */
export const bulkValuesStored: ResponseDoc = {
  status: 200,
  description: 'All values were stored.',
  example: { message: 'the bulk insert was successful' },
};

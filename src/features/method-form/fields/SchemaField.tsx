import { memo } from 'react';
import type { Schema } from '../../../core/catalog/types';
import { ArrayField } from './ArrayField';
import { MapField } from './MapField';
import { ObjectField } from './ObjectField';
import { ScalarField } from './ScalarField';

export interface SchemaFieldProps {
  name: string;
  label: string;
  schema: Schema;
  required: boolean;
  description?: string | undefined;
}

/**
 * Renders any schema: a lookup on type, recursing into objects and arrays.
 * Memoised: props are plain and stable, so typing in one field re-renders that field only.
 */
export const SchemaField = memo(function SchemaField(props: SchemaFieldProps) {
  const { schema } = props;
  const description = props.description ?? schema.description;
  switch (schema.type) {
    case 'object':
      return <ObjectField {...props} schema={schema} description={description} />;
    case 'array':
      return <ArrayField {...props} schema={schema} description={description} />;
    case 'map':
      return <MapField {...props} schema={schema} description={description} />;
    default:
      return <ScalarField {...props} schema={schema} description={description} />;
  }
});

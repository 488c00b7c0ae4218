/** @module JSON Schemas of the records API, for body checks and the OpenAPI document. */

/** A record's field values: `{ fieldId: value }`; the form version checks the values. */
export const recordBody = { type: 'object', description: 'Field values by field id; in a PATCH, null removes a field (JSON merge patch).' } as const;

/** A record as the API sends it. */
export const recordSchema = {
  type: 'object',
  required: ['id', 'formId', 'formVersion', 'revision', 'data', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    formId: { type: 'string' },
    formVersion: { type: 'integer', description: 'The published form version the record was last validated with' },
    revision: { type: 'integer', description: 'Also the ETag; send it back in If-Match' },
    data: { type: 'object', description: 'Field values, less the fields hidden from your roles' },
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: { type: ['string', 'null'] },
    updatedAt: { type: 'string', format: 'date-time' },
    updatedBy: { type: ['string', 'null'] },
  },
} as const;

const listedScore = {
  oneOf: [
    {
      type: 'object',
      required: ['total', 'grade', 'label', 'color'],
      properties: { total: { type: ['number', 'null'] }, grade: { type: ['string', 'null'] }, label: { type: ['object', 'null'], description: 'The grade\'s label by language' }, color: { type: ['string', 'null'] } },
    },
    { type: 'null', description: 'Not scored by this scorecard' },
  ],
} as const;

/** A listed record: with `scores` when the list was asked for them. */
const listedSchema = {
  ...recordSchema,
  properties: { ...recordSchema.properties, scores: { type: 'object', additionalProperties: listedScore, description: 'By scorecard id, those the scores parameter names' } },
} as const;

/** A list page. */
export const pageSchema = {
  type: 'object',
  properties: { items: { type: 'array', items: listedSchema }, nextCursor: { type: ['string', 'null'] } },
} as const;

/** The revisions of a record. */
export const revisionsSchema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          revision: { type: 'integer' },
          action: { enum: ['create', 'update', 'delete'] },
          formVersion: { type: 'integer' },
          data: { type: 'object' },
          changedAt: { type: 'string', format: 'date-time' },
          changedBy: { type: ['string', 'null'] },
          changedVia: {
            type: ['array', 'null'],
            description: 'The rules whose set_field wrote this revision (changedBy set them off); null when a person, an approval or a job wrote it',
            items: { type: 'object', properties: { ruleSet: { type: 'string' }, rule: { type: 'string' } } },
          },
        },
      },
    },
  },
} as const;

/** The list's query parameters, as OpenAPI describes them. */
export const listQuery = {
  'filter[field]': { schema: { type: 'string' }, description: 'filter[field]=value (equals) or filter[field][op]=value, op one of eq, ne, gt, gte, lt, lte, in (comma-separated; a comma or backslash inside a value is escaped with a backslash: a\\,b), contains, empty or filled (=true: the field left empty, or holding a value); any field you can see. filter[score:<scorecard>][op] (eq, gt, gte, lt, lte) on the total, filter[grade:<scorecard>][op] (eq, ne, in) on the grade' },
  sort: { schema: { type: 'string' }, description: 'field or -field (descending), score:<scorecard> or grade:<scorecard> (best first; -grade:… worst first), or createdAt; newest first unless given; records without a value last' },
  scores: { schema: { type: 'string' }, description: 'Published scorecards of the form, comma-separated: each record gets scores.<scorecard> = { total, grade, label, color } or null when not scored by it' },
  limit: { schema: { type: 'integer', minimum: 1, maximum: 200 }, description: 'Records per page, 50 unless given' },
  cursor: { schema: { type: 'string' }, description: 'The nextCursor of the previous page' },
} as const;

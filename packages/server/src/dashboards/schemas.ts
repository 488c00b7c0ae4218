/** @module JSON Schemas of the dashboards API, for the OpenAPI document. */

const text = { type: 'object', required: ['en', 'zh-CN'], properties: { en: { type: 'string' }, 'zh-CN': { type: 'string' } } } as const;
const color = { type: 'string', description: '#rrggbb of a value with its own colour (a grade, its scorecard\'s)' } as const;
const choice = { type: 'object', required: ['key', 'label'], properties: { key: { type: ['string', 'null'] }, label: text, color } } as const;

/** The published dashboards. */
export const dashboardListSchema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: { type: 'object', required: ['id', 'version', 'name'], properties: { id: { type: 'string' }, version: { type: 'integer' }, name: text, description: { oneOf: [text, { type: 'null' }] } } },
    },
  },
} as const;

/** One dashboard: its charts and its filters with the choices the caller may pick. */
export const dashboardSchema = {
  type: 'object',
  required: ['id', 'version', 'name', 'filters', 'charts'],
  properties: {
    id: { type: 'string' },
    version: { type: 'integer' },
    name: text,
    description: { oneOf: [text, { type: 'null' }] },
    filters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'kind', 'hidden', 'choices'],
        properties: { id: { type: 'string' }, label: text, kind: { enum: ['select', 'user', 'record', 'text', 'boolean'] }, hidden: { type: 'boolean', description: 'Its field is hidden from your roles' }, choices: { type: 'array', items: choice } },
      },
    },
    charts: { type: 'array', items: { type: 'object', required: ['id', 'type', 'title'], properties: { id: { type: 'string' }, type: { type: 'string' }, title: text } } },
    problems: { type: 'array', description: 'Filters that no longer fit the published forms', items: { type: 'object' } },
  },
} as const;

/** Every chart's series, computed on the server. */
export const dashboardDataSchema = {
  type: 'object',
  required: ['id', 'version', 'filters', 'charts'],
  properties: {
    id: { type: 'string' },
    version: { type: 'integer' },
    filters: { type: 'object', description: 'The filter values applied, by filter id' },
    charts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type', 'title', 'status'],
        properties: {
          id: { type: 'string' },
          type: { enum: ['bar', 'pie', 'line', 'table', 'histogram', 'kpi'] },
          title: text,
          status: { enum: ['ok', 'hidden', 'invalid'], description: 'hidden: it reads a field hidden from your roles; invalid: a later form version broke it' },
          unit: { enum: ['count', 'money', 'percent', 'days', 'number'] },
          categories: { type: 'array', items: choice },
          series: { type: 'array', items: { type: 'object', properties: { key: { type: ['string', 'null'] }, label: text, color, values: { type: 'array', items: { type: ['number', 'null'] } } } } },
          value: { type: ['number', 'null'], description: 'A key figure (kpi)' },
          dimension: { type: 'object', required: ['label'], description: 'What the groups are: their field\'s label, and the form each group\'s record is in when they are records', properties: { label: text, form: { type: 'string' } } },
          metricLabel: { ...text, description: 'What the values are' },
          beyondLimit: { type: 'object', required: ['groups', 'total'], description: 'The chart\'s limit left groups out: how many there are in all, and their total (null for averages and ratios)', properties: { groups: { type: 'integer' }, total: { type: ['number', 'null'] } } },
          truncated: { type: 'boolean' },
          hidden: { type: 'boolean' },
          reason: { type: 'string' },
          reasonZh: { type: 'string' },
          problems: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
} as const;

/** The data route's query: one parameter per filter. */
export const dataQuery = {
  'filter[id]': { schema: { type: 'string' }, description: 'filter[filterId]=value: an option id, a user or record id, a text, or true/false; see the dashboard\'s filters and their choices' },
} as const;

/** The preview route's body: a dashboard definition, checked by the engine in the route (problems on their paths). */
export const previewBody = { type: 'object', required: ['kind'], properties: { kind: { const: 'dashboard' } } } as const;

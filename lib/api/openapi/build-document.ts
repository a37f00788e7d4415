import { z, type ZodType } from 'zod';
import type { RouteSpec } from './types';

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON',
  401: 'No or bad credentials',
  403: 'The role or API-key scope lacks the right',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large (bytes or records)',
  415: 'Wrong content type',
  422: 'Failed validation; `issues` carry the paths',
  429: 'Rate limited',
};

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'array' }, message: { type: 'string' } } } },
      },
    },
  },
};

function jsonSchema(schema: ZodType) {
  // `io: 'input'` documents what callers send (defaults optional), not the parsed shape.
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}

function parameters(route: RouteSpec) {
  const params: object[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1], in: 'path', required: true, schema: { type: 'string' },
  }));
  if (route.query) {
    const schema = jsonSchema(route.query) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      params.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: prop });
    }
  }
  return params;
}

/** OpenAPI 3.1 document for the public API, generated from the routes' zod schemas. */
export function buildOpenApiDocument(routes: RouteSpec[], serverUrl: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const errors = [...new Set([...(route.permission ? [401, 403] : []), ...(route.errors ?? [])])].sort();
    const responses: Record<string, object> = {
      [route.response?.status ?? 200]: {
        description: route.response?.description ?? 'OK',
        ...(route.response?.schema ? { content: { 'application/json': { schema: jsonSchema(route.response.schema) } } } : {}),
      },
    };
    for (const status of errors) {
      responses[status] = { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    const body = route.body && {
      required: true,
      description: route.body.description,
      content: { [route.body.contentType]: { schema: route.body.schema ? jsonSchema(route.body.schema) : { type: 'string' } } },
    };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      ...(route.permission ? { security: [{ apiKey: [] }, { session: [] }], 'x-permission': route.permission } : { security: [] }),
      parameters: parameters(route),
      ...(body ? { requestBody: body } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Audience Studio API',
      version: '1',
      description: 'Profiles and events in, segments and content out. Errors always have the body {"error":{"code","message","issues"?}}.',
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: { Error: errorBody },
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (as_live_…) with the scope the route needs.' },
        session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token', description: 'A signed-in dashboard user.' },
      },
    },
    paths,
  };
}

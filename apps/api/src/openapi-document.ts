import type { Engine } from '@asc-assure/lifecycle';
import type { Store } from '@asc-assure/store';
import { API_DOCUMENT_INFO, createApp } from './create-app.js';

function unusable<T extends object>(what: string, allowed: Readonly<Record<string, unknown>> = {}): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (typeof property === 'string' && property in allowed) return allowed[property];
      throw new Error(`The OpenAPI document is made without a ${what}; nothing may use it.`);
    },
  });
}

/**
 * The API's OpenAPI 3.1 document, made without a database or engine (routes only describe
 * themselves): for generating clients and for the build, which ships it as `dist/openapi.json`.
 */
export function openApiDocument(): Promise<ReturnType<ReturnType<typeof createApp>['getOpenAPI31Document']>> {
  const app = createApp({ store: unusable<Store>('store', { dialect: 'postgres' }), engine: unusable<Engine>('engine') });
  return Promise.resolve(app.getOpenAPI31Document(API_DOCUMENT_INFO));
}

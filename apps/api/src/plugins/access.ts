import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ACCESS, accessKey, isOptionalRoute, type Access } from '../lib/access';
import { isAdmin, isCurator } from '../lib/actor';
import { AppError } from '../lib/errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's policy from lib/access.ts, set when the route is added. */
    access?: Access;
  }
  interface FastifyInstance {
    /** Every API route as it was added (HEAD routes left out), with its policy. */
    apiRoutes: readonly { method: string; url: string; access: Access; body?: unknown }[];
  }
}

/**
 * Every API route has a policy in lib/access.ts, or the app does not build. The coarse part is
 * enforced here, on every request before its body is validated, so a visitor learns nothing
 * about a route's input by calling it: `401` without an account, `403` for a role the route is
 * not for. Whose object it is stays the services' decision.
 */
export default fp(
  async function accessPlugin(app: FastifyInstance) {
    const seen = new Set<string>();
    const missing: string[] = [];
    const apiRoutes: { method: string; url: string; access: Access; body?: unknown }[] = [];
    app.decorate('apiRoutes', apiRoutes);
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        const key = accessKey(method, route.url);
        // The table holds the app's routes; a route added outside it (a test's own) names its
        // policy in its options, just as explicitly.
        const access = ACCESS[key] ?? route.config?.access;
        if (!access) {
          missing.push(key);
          continue;
        }
        seen.add(key);
        if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access, body: route.schema?.body });
        route.config = { ...route.config, access };
      }
    });
    app.addHook('onReady', async () => {
      if (missing.length > 0) {
        throw new Error(`These routes have no access policy in lib/access.ts: ${missing.join(', ')}`);
      }
      const stale = Object.keys(ACCESS).filter((key) => !seen.has(key) && !isOptionalRoute(key));
      if (stale.length > 0) throw new Error(`lib/access.ts names routes the app does not have: ${stale.join(', ')}`);
    });

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (!access || access === 'public' || access === 'local-or-admin') return;
      const auth = request.auth;
      if (!auth) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
      if (access === 'password-session' && auth.via !== 'session') {
        throw new AppError('FORBIDDEN', 'Do this signed in with your password, not with an API token');
      }
      if (access === 'curator' && !isCurator(auth.user)) throw new AppError('FORBIDDEN', 'For curators only');
      if (access === 'admin' && !isAdmin(auth.user)) throw new AppError('FORBIDDEN', 'For administrators only');
    });
  },
  { name: 'access', dependencies: ['auth'] },
);

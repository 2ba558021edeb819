import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { authRoutes } from './modules/auth/auth.routes';
import { challengesRoutes } from './modules/challenges/challenges.routes';
import { devMailRoutes } from './modules/dev-mail/dev-mail.routes';
import { diaryRoutes } from './modules/diary/diary.routes';
import { feedbackRoutes } from './modules/feedback/feedback.routes';
import { failedJobsRoutes } from './modules/failed-jobs/failed-jobs.routes';
import { followsRoutes } from './modules/follows/follows.routes';
import { healthRoutes } from './modules/health/health.routes';
import { ideasRoutes } from './modules/ideas/ideas.routes';
import { labsRoutes } from './modules/labs/labs.routes';
import { matchesRoutes } from './modules/matches/matches.routes';
import { meetingsRoutes } from './modules/meetings/meetings.routes';
import { methodsRoutes } from './modules/methods/methods.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { createNotifier } from './modules/notifications/notify';
import { offeringsRoutes } from './modules/offerings/offerings.routes';
import { openDataRoutes } from './modules/open-data/open-data.routes';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { labReportRoutes } from './modules/lab-report/lab-report.routes';
import { yourDataRoutes } from './modules/your-data/your-data.routes';
import { nationalOverviewRoutes } from './modules/national-overview/national-overview.routes';
import { resultsRoutes } from './modules/results/results.routes';
import { createSuggestionQueue } from './modules/suggestions/suggestion-cache';
import { suggestionsRoutes } from './modules/suggestions/suggestions.routes';
import { waitingRoutes } from './modules/waiting/waiting.routes';
import accessPlugin from './plugins/access';
import authPlugin from './plugins/auth';
import compressionPlugin from './plugins/compression';
import databasePlugin from './plugins/database';
import errorsPlugin, { clientErrorReply, frameworkErrorReply } from './plugins/errors';
import hostileTextPlugin from './plugins/hostile-text';
import jobsPlugin from './plugins/jobs';
import loadSheddingPlugin from './plugins/load-shedding';
import mailerPlugin from './plugins/mailer';
import maintenancePlugin from './plugins/maintenance';
import openapiPlugin from './plugins/openapi';
import securityPlugin from './plugins/security';
import webPlugin from './plugins/web';

// Both src/app.ts and the bundled dist/main.js sit two levels below apps/.
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface BuildOptions {
  databaseUrl: string;
  /** main.ts shares its logger; tests usually pass none and get a quiet one. */
  loggerInstance?: FastifyBaseLogger;
}

/** The whole app as one Fastify instance; it never listens and never exits (main.ts does). */
export async function buildApp(config: Config, options: BuildOptions) {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: { level: config.LOG_LEVEL } }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    frameworkErrors: frameworkErrorReply,
    clientErrorHandler: clientErrorReply,
    // Receiving a request (a slow client); answering it is bounded per route, below.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // While closing, a request that still arrives on a kept-alive connection is answered as
    // usual (with Connection: close): the database stays open until in-flight requests are
    // done, and Fastify's own 503 would carry neither the envelope nor Retry-After.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  // Every API route answers within REQUEST_TIMEOUT_MS, or 503 through the error handler (see
  // "Bounded waits" in docs/architecture.md). Not the web app's files: on a slow connection
  // sending one may take longer, and there is no work behind it to bound.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/')) route.handlerTimeout ??= config.REQUEST_TIMEOUT_MS;
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  // A response sent after close() began must close its connection: the server stops only when
  // every connection has, and a kept-alive one would otherwise idle until keepAliveTimeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
  });

  await app.register(errorsPlugin);
  await app.register(hostileTextPlugin);
  await app.register(loadSheddingPlugin);
  await app.register(compressionPlugin);
  await app.register(databasePlugin, { connectionString: options.databaseUrl });
  await app.register(mailerPlugin);
  await app.register(securityPlugin);
  await app.register(authPlugin);
  await app.register(accessPlugin);
  await app.register(openapiPlugin);
  await app.register(maintenancePlugin);
  await app.register(jobsPlugin);

  await app.register(healthRoutes, { prefix: '/api' });
  // The modules' collaborators: services receive these rather than import each other.
  const notifier = createNotifier();
  const suggestions = createSuggestionQueue();
  await app.register(
    async (v1) => {
      await v1.register(authRoutes, { prefix: '/auth' });
      await v1.register(organisationsRoutes, { notifier });
      await v1.register(labsRoutes);
      await v1.register(meetingsRoutes, { notifier });
      await v1.register(diaryRoutes, { notifier });
      await v1.register(followsRoutes);
      await v1.register(challengesRoutes, { notifier, suggestions });
      await v1.register(offeringsRoutes, { suggestions });
      await v1.register(ideasRoutes, { notifier });
      await v1.register(matchesRoutes, { notifier, suggestions });
      await v1.register(suggestionsRoutes);
      await v1.register(notificationsRoutes);
      await v1.register(waitingRoutes, { notifier, suggestions });
      await v1.register(resultsRoutes);
      await v1.register(methodsRoutes);
      await v1.register(nationalOverviewRoutes);
      await v1.register(labReportRoutes);
      await v1.register(yourDataRoutes);
      await v1.register(openDataRoutes);
      await v1.register(feedbackRoutes);
      await v1.register(failedJobsRoutes);
      if (config.servesDevMailbox) await v1.register(devMailRoutes);
    },
    { prefix: '/api/v1' },
  );

  await app.register(webPlugin, { root: config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

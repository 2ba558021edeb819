import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The background job worker (issue 4 fills this in). */
export default fp(async function jobsPlugin(_app: FastifyInstance) {}, {
  name: 'jobs',
  dependencies: ['database', 'mailer'],
});

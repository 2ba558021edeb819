import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';

/**
 * An overloaded process (event loop lagging, heap nearly full) answers 503 with Retry-After at
 * once instead of queueing work it would answer late or not at all; a load balancer moves the
 * traffic elsewhere. Routes with `config.loadShedding: false` (liveness) always answer.
 */
export default fp(
  async function loadSheddingPlugin(app: FastifyInstance) {
    const maxHeapUsedBytes = app.config.MAX_HEAP_USED_MB
      ? app.config.MAX_HEAP_USED_MB * 1024 * 1024
      : Math.floor(getHeapStatistics().heap_size_limit * 0.9);
    await app.register(underPressure, {
      maxEventLoopDelay: app.config.MAX_EVENT_LOOP_DELAY_MS,
      maxHeapUsedBytes,
      // A rejection goes to the error handler, which adds the envelope and Retry-After.
      pressureHandler: async (request, _reply, type, value) => {
        if (request.routeOptions.config.loadShedding === false) return;
        request.log.warn({ type, value }, 'under pressure: answered 503');
        throw new AppError('UNAVAILABLE', 'The server is overloaded right now. Please try again shortly.');
      },
    });
  },
  { name: 'load-shedding', dependencies: ['errors'] },
);

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createPrismaClient } from '../db/prisma';

export default fp(
  async function databasePlugin(app: FastifyInstance, options: { connectionString: string }) {
    const prisma = createPrismaClient(options.connectionString, {
      poolSize: app.config.DATABASE_POOL_SIZE,
      connectTimeoutMs: app.config.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: app.config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
    app.decorate('prisma', prisma);
    app.addHook('onClose', async () => {
      await prisma.$disconnect();
    });
  },
  { name: 'database' },
);

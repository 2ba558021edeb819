import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createPrismaClient } from '../db/prisma';

export default fp(
  async function databasePlugin(app: FastifyInstance, options: { connectionString: string }) {
    const prisma = createPrismaClient(options.connectionString);
    app.decorate('prisma', prisma);
    app.addHook('onClose', async () => {
      await prisma.$disconnect();
    });
  },
  { name: 'database' },
);
